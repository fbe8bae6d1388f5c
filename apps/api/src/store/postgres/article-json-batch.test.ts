/**
 * @module
 * Article reads gathered in one statement are planned once per connection, as single reads are:
 * planning that statement took about two thirds of the server's time a read when it was planned
 * on every call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, save, story } from '../../testing/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/postgres.ts';
import { openPool, type Sql } from './connection.ts';
import { postgresStore } from './store.ts';

describe('gathered article reads on PostgreSQL', () => {
  let db: TestDatabase;
  let sql: Sql;
  beforeAll(async () => {
    db = await createTestDatabase();
  }, 30_000);
  afterAll(async () => {
    await sql?.end({ timeout: 1 });
    await db?.drop();
  });

  it('keep the plan of the statement after the first few calls of each size', async () => {
    // One connection, so that its prepared statements are the ones the reads used.
    sql = openPool(await db.schemaUrl(), { poolSize: 1 });
    const store = postgresStore(sql);
    await store.migrate();
    const slugs: string[] = [];
    for (let n = 0; n < 4; n++) slugs.push((await save(store, story(n))).slug);
    for (let round = 0; round < 12; round++) {
      for (const size of [2, 4]) {
        const reads = await Promise.all(slugs.slice(0, size).map((slug) => store.getArticleJsonAtRevision(slug, { now: NOW })));
        expect(reads.every((r) => r.article !== null)).toBe(true);
      }
    }
    const plans = await sql<{ generic_plans: string; custom_plans: string }[]>`
      SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE ${'%WITH ORDINALITY AS q(slug, now, n)%'}`;
    // Two sizes, two statements; the server plans a prepared statement afresh five times before
    // it weighs keeping a plan.
    expect(plans.map((p) => [Number(p.generic_plans) > 0, Number(p.custom_plans) <= 5])).toEqual([
      [true, true],
      [true, true],
    ]);
  });
});
