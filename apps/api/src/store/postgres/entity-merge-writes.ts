/**
 * @module
 * The parts of an entity merge written with PostgreSQL's own entity code (see
 * `sql/entity-merge-store.ts`), and the table lock that makes merges take turns.
 */
import type { EntityMergeWrites } from '../sql/entity-merge-store.ts';
import type { JsonValue, Queryable } from './connection.ts';
import { queueNaming } from './entity-resolve.ts';
import { setQueued, withCorrections, writeEntityRows } from './entity-write.ts';

/**
 * The PostgreSQL `EntityMergeWrites`.
 *
 * @example
 * const merges = entityMergeStore(postgresDb(sql), postgresMergeWrites);
 */
export const postgresMergeWrites: EntityMergeWrites<Queryable> = {
  lock: 'LOCK TABLE entity_merges IN EXCLUSIVE MODE',
  order: 'created_at, from_slug',
  rewrite: async (sql, id, article) => {
    const next = await withCorrections(sql, article);
    await sql`UPDATE articles SET ${sql({ document: next as unknown as JsonValue })} WHERE id = ${id}`;
    await writeEntityRows(sql, next);
  },
  queue: (sql, articleId) => setQueued(sql, articleId, true),
  queueNaming,
};
