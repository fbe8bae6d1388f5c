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
  begin(db);
  try {
    const result = work();
    commit(db);
    return result;
  } catch (err) {
    rollback(db);
    throw err;
  }
}

/**
 * `transaction` for work that awaits: the caller must make sure nothing else runs on the
 * connection until it settles (`sqlite/db.ts` does, with its per-connection turns). Hooks, memos
 * and scoped values work as in `transaction`. Called inside another transaction, it joins it.
 *
 * @example
 * await awaitedTransaction(db, async () => { await tx.run('DELETE FROM sessions WHERE user_id = ?', [id]); });
 */
export async function awaitedTransaction<T>(db: DatabaseSync, work: () => Promise<T>): Promise<T> {
  if (db.isTransaction) return work();
  begin(db);
  try {
    const result = await work();
    commit(db);
    return result;
  } catch (err) {
    rollback(db);
    throw err;
  }
}

function begin(db: DatabaseSync): void {
  db.exec('BEGIN IMMEDIATE');
  memos.set(db, new Map());
  scoped.set(db, new Map());
}

function commit(db: DatabaseSync): void {
  try {
    runBeforeCommit(db);
    db.exec('COMMIT');
  } finally {
    memos.delete(db);
    scoped.delete(db);
  }
}

function rollback(db: DatabaseSync): void {
  hooks.get(db)?.clear();
  memos.delete(db);
  scoped.delete(db);
  if (db.isTransaction) db.exec('ROLLBACK');
}

const scoped = new WeakMap<DatabaseSync, Map<string, unknown>>();

/**
 * A value that lives as long as the open transaction (one begun by `transaction`), made by
 * `create` on first use under `key`: work a transaction gathers for one statement before it
 * commits, gone with the transaction whether it commits or rolls back. Undefined outside such a
 * transaction.
 *
 * @example
 * const pending = transactionScoped(db, 'search-rows', () => new Map<number, SearchText>());
 */
export function transactionScoped<T>(db: DatabaseSync, key: string, create: () => T): T | undefined {
  const values = scoped.get(db);
  if (!values) return undefined;
  if (!values.has(key)) values.set(key, create());
  return values.get(key) as T;
}

const memos = new WeakMap<DatabaseSync, Map<string, string>>();

/**
 * Runs `write` unless the open transaction (one begun by `transaction`) already ran it last for
 * `key` with the same `values`. For idempotent upserts repeated by every article of a batch (the
 * section, tags and authors they share): the transaction holds the write lock, so nothing else
 * changes the row in between. Outside such a transaction `write` always runs.
 *
 * @example
 * unlessWritten(db, `tag ${t.slug}`, [t.name], () => upsertTag.run(t.slug, t.name));
 */
export function unlessWritten(db: DatabaseSync, key: string, values: readonly unknown[], write: () => void): void {
  const memo = memos.get(db);
  const written = JSON.stringify(values);
  if (memo?.get(key) === written) return;
  write();
  memo?.set(key, written);
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
