/**
 * @module
 * Write transactions on a synchronous SQLite connection.
 */
import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws. IMMEDIATE takes the
 * write lock up front, so a concurrent writer waits (busy timeout) instead of failing mid-way.
 * `work` must be synchronous: nothing else may run on the connection inside the transaction.
 *
 * @example
 * transaction(db, () => { db.exec('DELETE FROM article_tags'); db.exec('DELETE FROM tags'); });
 */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
