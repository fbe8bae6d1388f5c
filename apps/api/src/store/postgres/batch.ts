/**
 * @module
 * Many writes in one PostgreSQL transaction, yet each with its own outcome.
 */
import type { BatchFailure } from '../transfer-store.ts';
import { unavailableCause } from '../unavailable.ts';
import type { Sql, Tx } from './connection.ts';

/**
 * Runs `write` for every item in one transaction. If any item throws, the whole transaction is
 * undone and the items are written again one transaction each, so that only the failing ones
 * fail (as `BatchFailure`s in their place) and none leaves a row behind. A savepoint per item
 * would do it in one pass, but costs two more round trips for every item.
 *
 * @example
 * await inOneTransaction(pool, comments, (sql, c) => restoreComment(sql, c));
 */
export async function inOneTransaction<T, R>(
  pool: Sql,
  items: readonly T[],
  write: (sql: Tx, item: T) => Promise<R>,
): Promise<(R | BatchFailure)[]> {
  try {
    return (await pool.begin(async (sql) => {
      const results: R[] = [];
      for (const item of items) results.push(await write(sql, item));
      return results;
    })) as R[];
  } catch (err) {
    // A database that cannot be reached fails each item alone the same way, one deadline at a time.
    if (unavailableCause(err)) throw err;
    return eachAlone(pool, items, write);
  }
}

/**
 * Runs `write` for every item in a transaction of its own: the failing ones fail alone, as
 * `BatchFailure`s in their place. The way back for a batch whose single transaction failed.
 *
 * @example
 * await eachAlone(pool, comments, (sql, c) => restoreComment(sql, c));
 */
export async function eachAlone<T, R>(
  pool: Sql,
  items: readonly T[],
  write: (sql: Tx, item: T) => Promise<R>,
): Promise<(R | BatchFailure)[]> {
  const results: (R | BatchFailure)[] = [];
  for (const item of items) {
    try {
      results.push((await pool.begin((sql) => write(sql, item))) as R);
    } catch (err) {
      if (unavailableCause(err)) throw err;
      results.push({ outcome: 'failed', error: err instanceof Error ? err : new Error(String(err)) });
    }
  }
  return results;
}
