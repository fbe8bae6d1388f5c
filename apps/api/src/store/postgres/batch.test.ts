/**
 * @module
 * A batch on a PostgreSQL database that cannot be reached fails as a whole, at once, rather than
 * item by item: every item alone would fail the same way, each after its own wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/postgres.ts';
import { inOneTransaction } from './batch.ts';
import { openPool } from './connection.ts';

describe('inOneTransaction on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  }, 30_000);
  afterAll(() => db?.drop());

  it('gives each item its outcome while the database answers, and throws once when it cannot be reached', async () => {
    const sql = openPool(await db.schemaUrl(), { poolSize: 2 });
    const write = async (tx: Parameters<Parameters<typeof inOneTransaction>[2]>[0], n: number) => {
      if (n === 2) throw new Error('item 2 is refused');
      const [row] = await tx<{ n: number }[]>`SELECT ${n}::int AS n`;
      return row!.n;
    };
    const results = await inOneTransaction(sql, [1, 2, 3], write);
    expect(results.map((r) => (typeof r === 'number' ? r : r.outcome))).toEqual([1, 'failed', 3]);

    await sql.end({ timeout: 1 });
    let tried = 0;
    await expect(inOneTransaction(sql, [1, 3, 4], async (tx, n) => (tried++, write(tx, n)))).rejects.toMatchObject({
      code: 'CONNECTION_ENDED',
    });
    expect(tried).toBe(0);
  });
});
