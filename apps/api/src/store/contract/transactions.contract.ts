/**
 * @module
 * Contract: the shared query layer's transactions (`Db.transaction`, see `sql/db.ts`) are all or
 * nothing, and transactions running at once, whose work awaits, neither see nor undo each other's
 * writes, alike on every database. On SQLite's one connection that holds only because they take
 * turns (`sqlite/turns.ts`).
 */
import { setImmediate as nextTurn, setTimeout } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Db } from '../sql/db.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';

const INSERT = 'INSERT INTO sign_in_failures (key, at) VALUES (?, ?)';
const AT = '2026-05-08T09:30:00.000Z';

const count = async (db: Db, key: string) =>
  Number((await db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM sign_in_failures WHERE key = ?', [key]))?.n);

/**
 * Registers the transaction tests for `harness`'s databases.
 *
 * @example
 * transactionContract(storeHarness('sqlite'));
 */
export function transactionContract(harness: StoreHarness): void {
  // The layer over a new connection to a migrated database of its own.
  const migratedDb = async () => {
    const fresh = await harness.fresh();
    await fresh.openMigrated();
    return fresh.openDb();
  };
  describe('query layer transactions', () => {
    it('commit every write together, or none when the work throws, and join when nested', async () => {
      const db = await migratedDb();
      const failed = db.transaction(async (tx) => {
        await tx.run(INSERT, ['a', AT]);
        await tx.transaction(async (inner) => inner.run(INSERT, ['a', AT]));
        throw new Error('the second step failed');
      });
      await expect(failed).rejects.toThrow('the second step failed');
      expect(await count(db, 'a')).toBe(0);
      const done = await db.transaction(async (tx) => {
        await tx.run(INSERT, ['b', AT]);
        await tx.run(INSERT, ['b', AT]);
        return count(tx, 'b');
      });
      expect(done).toBe(2);
      expect(await count(db, 'b')).toBe(2);
    });

    it('run at once without seeing or undoing each other, and a write outside any is kept, though the work awaits', async () => {
      const db = await migratedDb();
      // Each awaits something other than the database between its statements, as a request may.
      const failing = db.transaction(async (tx) => {
        await tx.run(INSERT, ['one', AT]);
        await nextTurn();
        await tx.run(INSERT, ['one', AT]);
        await nextTurn();
        throw new Error('the first failed');
      });
      const passing = db.transaction(async (tx) => {
        await tx.run(INSERT, ['two', AT]);
        await nextTurn();
        return [await count(tx, 'one'), await count(tx, 'two')];
      });
      const outside = (async () => {
        await nextTurn();
        await db.run(INSERT, ['outside', AT]);
      })();
      const [first, second, third] = await Promise.allSettled([failing, passing, outside]);
      expect(first).toMatchObject({ status: 'rejected', reason: { message: 'the first failed' } });
      expect(second).toEqual({ status: 'fulfilled', value: [0, 1] });
      expect(third.status).toBe('fulfilled');
      expect([await count(db, 'one'), await count(db, 'two'), await count(db, 'outside')]).toEqual([0, 1, 1]);
    });

    it('refuse a statement sent on the outer Db from inside the work, at once, and still end the transaction', async () => {
      const db = await migratedDb();
      // Raced against a timer: on SQLite the old layer waited here for ever.
      const settled = (work: Promise<unknown>) =>
        Promise.race([
          work.then(
            () => 'resolved',
            (err: unknown) => (err instanceof Error ? err.message : String(err)),
          ),
          setTimeout(2_000, 'still waiting'),
        ]);
      const misuses = [
        (tx: Db) => tx.run(INSERT, ['tx', AT]).then(() => db.run(INSERT, ['outer', AT])),
        () => db.get('SELECT 1 AS one'),
        () => db.transaction(async (inner) => inner.run(INSERT, ['outer', AT])),
      ];
      for (const misuse of misuses) {
        const outcome = await settled(db.transaction(misuse));
        expect(outcome).toMatch(/outer Db inside transaction\(\).*tx handed to the work/);
      }
      // Nothing was kept, and the connection is usable afterwards.
      expect([await count(db, 'tx'), await count(db, 'outer')]).toEqual([0, 0]);
      await db.transaction(async (tx) => tx.run(INSERT, ['after', AT]));
      expect(await count(db, 'after')).toBe(1);
    });
  });
}
