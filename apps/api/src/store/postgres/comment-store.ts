/**
 * @module
 * The PostgreSQL implementation of `CommentStore`, with the same recursive queries as SQLite's:
 * a page of threads costs three statements whatever the depth of its replies.
 */
import { type CommentStore, CommentTargetGoneError } from '../comment-store.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { pageOf } from '../paging.ts';
import { and, type Fragment, type Sql } from './connection.ts';
import { type CommentRow, toStoredComment } from '../comment-rows.ts';
import { visibleAt } from './article-read.ts';

/**
 * The comment methods of a store over `sql` (migrated to version 3 or later).
 *
 * @example
 * const comments = postgresCommentStore(sql);
 * await comments.getComment('c1');
 */
export function postgresCommentStore(sql: Sql): CommentStore {
  const columns = sql`c.id, c.article_id, a.slug AS article_slug, c.parent_id, c.author_name, c.body, c.email, c.status,
    c.created_at, c.held_reason`;
  const from = sql`comments c JOIN articles a ON a.id = c.article_id`;
  const select = async (where: Fragment, rest: Fragment = sql``) =>
    (await sql<CommentRow[]>`SELECT ${columns} FROM ${from} WHERE ${where} ${rest}`).map(toStoredComment);
  const byId = async (id: string) => (await select(sql`c.id = ${id}`))[0] ?? null;
  // Approved replies beneath the approved comments `start` selects; for pages and counts alike.
  const visibleBeneath = (start: Fragment) => sql`
    WITH RECURSIVE visible(id) AS (
      ${start}
      UNION ALL
      SELECT c.id FROM comments c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'approved'
    )`;

  return {
    insertComment: async (c) => {
      try {
        await sql`
          INSERT INTO comments (id, article_id, parent_id, author_name, email, body, status, created_at, content_hash, held_reason, client_address)
          VALUES (${c.id}, ${c.articleId}, ${c.parentId}, ${c.authorName}, ${c.email}, ${c.body}, ${c.status}, ${c.createdAt},
                  ${c.contentHash}, ${c.heldReason}, ${c.address ?? null})`;
      } catch (err) {
        // 23503: the article or parent was deleted since the post checked it.
        if ((err as { code?: unknown }).code === '23503') throw new CommentTargetGoneError('The article or comment replied to was deleted.');
        throw err;
      }
      return (await byId(c.id))!;
    },

    getComment: byId,

    commentAddress: async (id) => (await sql<{ client_address: string | null }[]>`SELECT client_address FROM comments WHERE id = ${id}`)[0]?.client_address,

    commentRevision: async () => {
      const [row] = await sql<{ revision: string }[]>`SELECT revision FROM comment_revision WHERE id = 1`;
      return Number(row?.revision ?? 0);
    },

    publicArticleId: async (slug, now) => {
      const [row] = await sql<{ id: string }[]>`
        SELECT a.id FROM articles a WHERE a.slug = ${slug} AND ${visibleAt(sql, now)}`;
      return row?.id ?? null;
    },

    listCommentThreads: async ({ articleId, order, limit, cursor }) => {
      const where = [sql`c.article_id = ${articleId}`, sql`c.parent_id IS NULL`, sql`c.status = 'approved'`];
      if (cursor !== undefined) {
        const after = decodeCursor(cursor, order);
        where.push(
          order === 'newest'
            ? sql`(c.created_at, c.id) < (${after.at}::timestamptz, ${after.id})`
            : sql`(c.created_at, c.id) > (${after.at}::timestamptz, ${after.id})`,
        );
      }
      const direction = order === 'newest' ? sql`c.created_at DESC, c.id DESC` : sql`c.created_at ASC, c.id ASC`;
      const rows = await select(and(sql, where), sql`ORDER BY ${direction} LIMIT ${limit + 1}`);
      const { items: roots, nextCursor } = pageOf(rows, limit, (last) => encodeCursor({ order, at: last.createdAt, id: last.id }));
      const ids = roots.map((r) => r.id);
      const replies =
        ids.length === 0
          ? []
          : (
              await sql<CommentRow[]>`
                ${visibleBeneath(sql`SELECT id FROM comments WHERE parent_id IN ${sql(ids)} AND status = 'approved'`)}
                SELECT ${columns} FROM visible JOIN comments c ON c.id = visible.id JOIN articles a ON a.id = c.article_id
                ORDER BY c.created_at, c.id`
            ).map(toStoredComment);
      const [count] = await sql<{ n: number }[]>`
        ${visibleBeneath(sql`SELECT id FROM comments WHERE article_id = ${articleId} AND parent_id IS NULL AND status = 'approved'`)}
        SELECT count(*)::int AS n FROM visible`;
      return { roots, replies, nextCursor, total: count?.n ?? 0 };
    },

    listCommentsForModeration: async ({ status, articleSlug, email, order = 'newest', limit, cursor }) => {
      const where = [status === 'any' ? sql`TRUE` : sql`c.status = ${status}`];
      if (articleSlug !== undefined) where.push(sql`a.slug = ${articleSlug}`);
      if (email !== undefined) where.push(sql`lower(c.email) = ${email.toLowerCase()}`);
      const [count] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM ${from} WHERE ${and(sql, where)}`;
      if (cursor !== undefined) {
        const after = decodeCursor(cursor, order);
        where.push(
          order === 'newest'
            ? sql`(c.created_at, c.id) < (${after.at}::timestamptz, ${after.id})`
            : sql`(c.created_at, c.id) > (${after.at}::timestamptz, ${after.id})`,
        );
      }
      const rows = await select(
        and(sql, where),
        order === 'newest' ? sql`ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit + 1}` : sql`ORDER BY c.created_at, c.id LIMIT ${limit + 1}`,
      );
      return { ...pageOf(rows, limit, (last) => encodeCursor({ order, at: last.createdAt, id: last.id })), total: count?.n ?? 0 };
    },

    setCommentStatus: async (id, status) => {
      const updated = await sql`UPDATE comments SET status = ${status} WHERE id = ${id}`;
      return updated.count === 0 ? null : byId(id);
    },

    deleteComment: async (id) => {
      // One statement: the whole subthread goes, or nothing does.
      const deleted = await sql`
        WITH RECURSIVE doomed(id) AS (
          SELECT id FROM comments WHERE id = ${id}
          UNION ALL
          SELECT c.id FROM comments c JOIN doomed d ON c.parent_id = d.id
        )
        DELETE FROM comments WHERE id IN (SELECT id FROM doomed)`;
      return deleted.count;
    },

    hasCommentWithContentHash: async (articleId, contentHash) =>
      (await sql`SELECT 1 FROM comments WHERE article_id = ${articleId} AND content_hash = ${contentHash} LIMIT 1`).length > 0,
  };
}
