/**
 * @module
 * The SQLite implementation of `CommentStore`. Threads are read with recursive queries, so a page
 * costs three statements whatever the depth of its replies.
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { CommentStore } from '../comment-store.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { pageOf } from '../paging.ts';
import { utc } from '../article-rows.ts';
import { articleConditions, whereClause } from './article-read.ts';
import { transaction } from './transaction.ts';
import { type CommentRow, toStoredComment } from '../comment-rows.ts';

const COLUMNS = `c.id, c.article_id, a.slug AS article_slug, c.parent_id, c.author_name, c.body, c.email, c.status,
  c.created_at, c.held_reason`;
const FROM = 'comments c JOIN articles a ON a.id = c.article_id';

// Approved replies beneath the approved comments the first SELECT names; reused for pages and counts.
const VISIBLE_BENEATH = `
  UNION ALL
  SELECT c.id FROM comments c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'approved'`;

/**
 * The comment methods of a store over `db` (migrated to version 3 or later).
 *
 * @example
 * const comments = sqliteCommentStore(db);
 * await comments.getComment('c1');
 */
export function sqliteCommentStore(db: DatabaseSync): CommentStore {
  // Compiling a statement costs more than running these small queries: each distinct one is
  // compiled once. The texts are a handful of fixed shapes (order, cursor or not), never values.
  const statements = new Map<string, StatementSync>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  let revision: StatementSync | undefined;
  const byId = (id: string) => {
    const row = prepared(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.id = ?`).get(id) as CommentRow | undefined;
    return row ? toStoredComment(row) : null;
  };
  const all = (sql: string, ...params: SQLInputValue[]) => (prepared(sql).all(...params) as unknown as CommentRow[]).map(toStoredComment);
  const count = (sql: string, ...params: SQLInputValue[]) => Number((prepared(sql).get(...params) as { n: number }).n);

  return {
    insertComment: async (comment) => {
      db.prepare(
        `INSERT INTO comments (id, article_id, parent_id, author_name, email, body, status, created_at, content_hash, held_reason, client_address)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        comment.id,
        comment.articleId,
        comment.parentId,
        comment.authorName,
        comment.email,
        comment.body,
        comment.status,
        utc(comment.createdAt),
        comment.contentHash,
        comment.heldReason,
        comment.address ?? null,
      );
      return byId(comment.id)!;
    },

    getComment: async (id) => byId(id),

    commentAddress: async (id) => (prepared('SELECT client_address FROM comments WHERE id = ?').get(id) as { client_address: string | null } | undefined)?.client_address,

    commentRevision: async () => {
      if (!revision) {
        revision = db.prepare('SELECT revision FROM comment_revision WHERE id = 1');
        // Read on every request for comments: a row as an array is measurably cheaper.
        revision.setReturnArrays(true);
      }
      return Number((revision.get() as unknown as [number])[0]);
    },

    publicArticleId: async (slug, now) => {
      const { where, params } = articleConditions({ now });
      const row = prepared(`SELECT a.id FROM articles a ${whereClause(['a.slug = ?', ...where])}`).get(slug, ...params) as { id: string } | undefined;
      return row?.id ?? null;
    },

    listCommentThreads: async ({ articleId, order, limit, cursor }) => {
      const where = ['c.article_id = ?', 'c.parent_id IS NULL', "c.status = 'approved'"];
      const params: SQLInputValue[] = [articleId];
      if (cursor !== undefined) {
        const after = decodeCursor(cursor, order);
        where.push(order === 'newest' ? '(c.created_at, c.id) < (?, ?)' : '(c.created_at, c.id) > (?, ?)');
        params.push(after.at, after.id);
      }
      const direction = order === 'newest' ? 'DESC' : 'ASC';
      const rows = all(
        `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY c.created_at ${direction}, c.id ${direction} LIMIT ?`,
        ...params,
        limit + 1,
      );
      const { items: roots, nextCursor } = pageOf(rows, limit, (last) => encodeCursor({ order, at: last.createdAt, id: last.id }));
      const replies =
        roots.length === 0
          ? []
          : all(
              `WITH RECURSIVE visible(id) AS (
                 SELECT id FROM comments WHERE parent_id IN (SELECT value FROM json_each(?)) AND status = 'approved'
                 ${VISIBLE_BENEATH}
               )
               SELECT ${COLUMNS} FROM visible JOIN comments c ON c.id = visible.id JOIN articles a ON a.id = c.article_id
               ORDER BY c.created_at, c.id`,
              JSON.stringify(roots.map((r) => r.id)),
            );
      const total = count(
        `WITH RECURSIVE visible(id) AS (
           SELECT id FROM comments WHERE article_id = ? AND parent_id IS NULL AND status = 'approved'
           ${VISIBLE_BENEATH}
         )
         SELECT COUNT(*) AS n FROM visible`,
        articleId,
      );
      return { roots, replies, nextCursor, total };
    },

    listCommentsForModeration: async ({ status, articleSlug, email, order = 'newest', limit, cursor }) => {
      const where = [status === 'any' ? '1 = 1' : 'c.status = ?'];
      const params: SQLInputValue[] = status === 'any' ? [] : [status];
      if (articleSlug !== undefined) {
        where.push('a.slug = ?');
        params.push(articleSlug);
      }
      if (email !== undefined) {
        where.push('lower(c.email) = ?');
        params.push(email.toLowerCase());
      }
      const total = count(`SELECT COUNT(*) AS n FROM ${FROM} WHERE ${where.join(' AND ')}`, ...params);
      if (cursor !== undefined) {
        const after = decodeCursor(cursor, order);
        where.push(order === 'newest' ? '(c.created_at, c.id) < (?, ?)' : '(c.created_at, c.id) > (?, ?)');
        params.push(after.at, after.id);
      }
      const direction = order === 'newest' ? 'DESC' : 'ASC';
      const rows = all(
        `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY c.created_at ${direction}, c.id ${direction} LIMIT ?`,
        ...params,
        limit + 1,
      );
      return { ...pageOf(rows, limit, (last) => encodeCursor({ order, at: last.createdAt, id: last.id })), total };
    },

    setCommentStatus: async (id, status) => {
      const { changes } = db.prepare('UPDATE comments SET status = ? WHERE id = ?').run(status, id);
      return Number(changes) === 0 ? null : byId(id);
    },

    deleteComment: async (id) =>
      transaction(db, () => {
        const n = count(
          `WITH RECURSIVE doomed(id) AS (
             SELECT id FROM comments WHERE id = ?
             UNION ALL
             SELECT c.id FROM comments c JOIN doomed d ON c.parent_id = d.id
           )
           SELECT COUNT(*) AS n FROM doomed`,
          id,
        );
        // The foreign key cascades to the replies.
        db.prepare('DELETE FROM comments WHERE id = ?').run(id);
        return n;
      }),

    hasCommentWithContentHash: async (articleId, contentHash) =>
      db.prepare('SELECT 1 FROM comments WHERE article_id = ? AND content_hash = ? LIMIT 1').get(articleId, contentHash) !== undefined,
  };
}
