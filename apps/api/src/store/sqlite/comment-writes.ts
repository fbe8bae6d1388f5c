/**
 * @module
 * The comment writes that differ on SQLite: a subthread is counted and deleted in one write
 * transaction (the foreign key cascades to the replies, and SQLite does not count cascaded rows
 * as changes, so they are counted first), and a comment whose story or parent is gone is told
 * apart by SQLite's own error code.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { CommentWrites } from '../sql/comment-store.ts';
import { isForeignKeyViolation } from './error-codes.ts';
import { statement } from './statements.ts';
import { transaction } from './transaction.ts';

/**
 * The SQLite `CommentWrites` over `db`.
 *
 * @example
 * const comments = commentStore(sqliteDb(db), sqliteCommentWrites(db));
 */
export function sqliteCommentWrites(db: DatabaseSync): CommentWrites {
  return {
    deleteComment: async (id) =>
      transaction(db, () => {
        const { n } = statement(
          db,
          `WITH RECURSIVE doomed(id) AS (
             SELECT id FROM comments WHERE id = ?
             UNION ALL
             SELECT c.id FROM comments c JOIN doomed d ON c.parent_id = d.id
           )
           SELECT COUNT(*) AS n FROM doomed`,
        ).get(id) as { n: number };
        statement(db, 'DELETE FROM comments WHERE id = ?').run(id);
        return Number(n);
      }),
    targetGone: isForeignKeyViolation,
  };
}
