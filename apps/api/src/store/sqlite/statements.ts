/**
 * @module
 * Prepared statements kept per connection: preparing costs more than running a small statement,
 * and a batch import runs the same dozen statements for every article.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { followCheckpoints } from './checkpointer.ts';

const caches = new WeakMap<DatabaseSync, Map<string, StatementSync>>();
const arrayCaches = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/**
 * The statement for `sql` on `db`, prepared on first use (after catching up with its checkpoint
 * thread, see `followCheckpoints`).
 *
 * @example
 * statement(db, 'SELECT 1 FROM articles WHERE slug = ?').get(slug);
 */
export function statement(db: DatabaseSync, sql: string): StatementSync {
  return kept(caches, db, sql, false);
}

/**
 * `statement` returning each row as an array of its columns: cheaper than an object for a
 * single value read often.
 *
 * @example
 * const [revision] = arrayStatement(db, 'SELECT revision FROM article_revision WHERE id = 1').get() as unknown as [number];
 */
export function arrayStatement(db: DatabaseSync, sql: string): StatementSync {
  return kept(arrayCaches, db, sql, true);
}

function kept(caches: WeakMap<DatabaseSync, Map<string, StatementSync>>, db: DatabaseSync, sql: string, arrays: boolean): StatementSync {
  followCheckpoints(db);
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    if (arrays) prepared.setReturnArrays(true);
    cache.set(sql, prepared);
  }
  return prepared;
}
