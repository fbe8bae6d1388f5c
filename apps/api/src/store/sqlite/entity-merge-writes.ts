/**
 * @module
 * The parts of an entity merge written with SQLite's own entity code (see
 * `sql/entity-merge-store.ts`). No lock of its own: the merge's write transaction holds the
 * database's write lock. Merges made in the same millisecond list in the order they were made.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { EntityMergeWrites } from '../sql/entity-merge-store.ts';
import { queueNaming } from './entity-resolve.ts';
import { setQueued, withCorrections, writeEntityRows } from './entity-write.ts';
import { statement } from './statements.ts';

/**
 * The SQLite `EntityMergeWrites`.
 *
 * @example
 * const merges = entityMergeStore(sqliteDb(db), sqliteMergeWrites);
 */
export const sqliteMergeWrites: EntityMergeWrites<DatabaseSync> = {
  order: 'created_at, rowid',
  rewrite: async (db, id, article) => {
    const next = withCorrections(db, article);
    statement(db, 'UPDATE articles SET document = ? WHERE id = ?').run(JSON.stringify(next), id);
    writeEntityRows(db, next);
  },
  queue: async (db, articleId) => setQueued(db, articleId, true),
  queueNaming: async (db, type, slug) => queueNaming(db, type, slug),
};
