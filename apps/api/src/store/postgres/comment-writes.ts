/**
 * @module
 * The comment writes that differ on PostgreSQL: a subthread is deleted by one statement (all of
 * it or nothing), and an insert whose article or parent went meanwhile is told apart by its code.
 */
import type { CommentWrites } from '../sql/comment-store.ts';
import type { Sql } from './connection.ts';

/**
 * The PostgreSQL `CommentWrites` over `sql`.
 *
 * @example
 * const comments = commentStore(postgresDb(sql), postgresCommentWrites(sql));
 */
export function postgresCommentWrites(sql: Sql): CommentWrites {
  return {
    deleteComment: async (id) => {
      const deleted = await sql`
        WITH RECURSIVE doomed(id) AS (
          SELECT id FROM comments WHERE id = ${id}
          UNION ALL
          SELECT c.id FROM comments c JOIN doomed d ON c.parent_id = d.id
        )
        DELETE FROM comments WHERE id IN (SELECT id FROM doomed)`;
      return deleted.count;
    },
    // 23503: a foreign key violation, the article or parent was deleted since the post checked it.
    targetGone: (err) => (err as { code?: unknown }).code === '23503',
  };
}
