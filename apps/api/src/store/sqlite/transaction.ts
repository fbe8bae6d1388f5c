/**
 * @module
 * Write transactions on a synchronous SQLite connection.
 */
import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws. IMMEDIATE takes the
 * write lock up front, so a concurrent writer waits (busy timeout) instead of failing mid-way.
 * `work` must be synchronous: nothing else may run on the connection inside the transaction.
 * Called inside another transaction, it joins it: the outer one commits or undoes everything.
 *
 * @example
 * transaction(db, () => { db.exec('DELETE FROM article_tags'); db.exec('DELETE FROM tags'); });
 */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) return work();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    runBeforeCommit(db);
    db.exec('COMMIT');
    return result;
  } catch (err) {
    hooks.get(db)?.clear();
    if (db.isTransaction) db.exec('ROLLBACK');
    throw err;
  }
}

const hooks = new WeakMap<DatabaseSync, Map<string, () => void>>();

/**
 * Runs `work` just before the open transaction commits (once per `key`, however often it is
 * asked for), or at once when none is open. Lets a write defer work that is cheaper done once
 * for a whole batch, such as adding rows to the full-text index.
 *
 * @example
 * beforeCommit(db, 'search-index', () => flushSearchIndex(db));
 */
export function beforeCommit(db: DatabaseSync, key: string, work: () => void): void {
  if (!db.isTransaction) {
    work();
    return;
  }
  let pending = hooks.get(db);
  if (!pending) hooks.set(db, (pending = new Map()));
  pending.set(key, work);
}

function runBeforeCommit(db: DatabaseSync): void {
  const pending = hooks.get(db);
  if (!pending) return;
  for (const work of pending.values()) work();
  pending.clear();
}
