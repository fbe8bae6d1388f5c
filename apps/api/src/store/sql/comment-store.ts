/**
 * @module
 * `CommentStore` on both databases. Threads are read with recursive queries, so a page costs
 * three statements whatever the depth of its replies. The replies' root ids go as one JSON array
 * bound to one `?`, read back as rows by `db.jsonIds` (the one spelling that differs); timestamps
 * come back through `toStoredComment`. Deleting a subthread is one statement where the engine
 * counts the rows its cascade deletes (`db.countsCascaded`), and counted first otherwise.
 */
import { utc } from '../article-rows.ts';
import { type CommentRow, toStoredComment } from '../comment-rows.ts';
import { type CommentStore, CommentTargetGoneError } from '../comment-store.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { pageOf } from '../paging.ts';
import type { Db, DbValue, Steps } from './db.ts';
import { get, run } from './steps.ts';
import { VISIBLE } from './visible.ts';

const COLUMNS = `c.id, c.article_id, a.slug AS article_slug, c.parent_id, c.author_name, c.body, c.email, c.status,
  c.created_at, c.held_reason`;
const FROM = 'comments c JOIN articles a ON a.id = c.article_id';

// A comment and every reply beneath it, at any depth.
const SUBTHREAD = `WITH RECURSIVE doomed(id) AS (
    SELECT id FROM comments WHERE id = ?
    UNION ALL
    SELECT c.id FROM comments c JOIN doomed d ON c.parent_id = d.id
  )`;

// Approved replies beneath the approved comments `start` selects; for pages and counts alike.
const visibleBeneath = (start: string) => `
  WITH RECURSIVE visible(id) AS (
    ${start}
    UNION ALL
    SELECT c.id FROM comments c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'approved'
  )`;

/** The keyset condition after a cursor, and the order, for `order`. */
function keyset(order: 'newest' | 'oldest'): { after: string; orderBy: string } {
  return order === 'newest'
    ? { after: '(c.created_at, c.id) < (?, ?)', orderBy: 'ORDER BY c.created_at DESC, c.id DESC' }
    : { after: '(c.created_at, c.id) > (?, ?)', orderBy: 'ORDER BY c.created_at ASC, c.id ASC' };
}

// Where the engine does not count the rows a cascade deletes: counted first, in the same transaction.
function* countThenDelete(id: string): Steps<number> {
  const n = Number((yield* get<{ n: number }>(`${SUBTHREAD} SELECT COUNT(*) AS n FROM doomed`, [id]))?.n ?? 0);
  yield* run('DELETE FROM comments WHERE id = ?', [id]);
  return n;
}

/**
 * The comment methods of a store over `db` (migrated to version 3 or later).
 *
 * @example
 * const comments = commentStore(sqliteDb(db));
 * await comments.getComment('c1');
 */
export function commentStore(db: Db): CommentStore {
  const all = async (text: string, values: readonly DbValue[]) => (await db.all<CommentRow>(text, values)).map(toStoredComment);
  const count = async (text: string, values: readonly DbValue[]) => Number((await db.get<{ n: number | string }>(text, values))?.n ?? 0);
  const byId = async (id: string) => (await all(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.id = ?`, [id]))[0] ?? null;
  // One page of the comments `where` selects, by (creation time, id) in `order`, after `cursor`.
  const page = async (where: string[], values: DbValue[], order: 'newest' | 'oldest', limit: number, cursor: string | undefined) => {
    const { after, orderBy } = keyset(order);
    if (cursor !== undefined) {
      const from = decodeCursor(cursor, order);
      where.push(after);
      values.push(from.at, from.id);
    }
    const rows = await all(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ${orderBy} LIMIT ?`, [...values, limit + 1]);
    return pageOf(rows, limit, (last) => encodeCursor({ order, at: last.createdAt, id: last.id }));
  };

  return {
    insertComment: async (c) => {
      try {
        await db.run(
          `INSERT INTO comments (id, article_id, parent_id, author_name, email, body, status, created_at, content_hash, held_reason, client_address)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            c.id,
            c.articleId,
            c.parentId,
            c.authorName,
            c.email,
            c.body,
            c.status,
            utc(c.createdAt),
            c.contentHash,
            c.heldReason,
            c.address ?? null,
          ],
        );
      } catch (err) {
        if (db.isForeignKeyViolation(err)) throw new CommentTargetGoneError('The article or comment replied to was deleted.');
        throw err;
      }
      return (await byId(c.id))!;
    },

    getComment: byId,

    commentAddress: async (id) =>
      (await db.get<{ client_address: string | null }>('SELECT client_address FROM comments WHERE id = ?', [id]))?.client_address,

    forgetClientAddresses: async (before) => {
      // Looked for first: on PostgreSQL any UPDATE of comments raises the comment revision (a
      // statement trigger), which would empty the comment caches on every post for nothing.
      const old = 'FROM comments WHERE client_address IS NOT NULL AND created_at < ?';
      if (!(await db.get(`SELECT 1 ${old} LIMIT 1`, [utc(before)]))) return 0;
      return db.run(`UPDATE comments SET client_address = NULL WHERE id IN (SELECT id ${old})`, [utc(before)]);
    },

    commentRevision: async () =>
      Number((await db.get<{ revision: number | string }>('SELECT revision FROM comment_revision WHERE id = 1'))?.revision ?? 0),

    publicArticleId: async (slug, now) =>
      (await db.get<{ id: string }>(`SELECT a.id FROM articles a WHERE a.slug = ? AND ${VISIBLE}`, [slug, utc(now)]))?.id ?? null,

    listCommentThreads: async ({ articleId, order, limit, cursor }) => {
      const where = ['c.article_id = ?', 'c.parent_id IS NULL', "c.status = 'approved'"];
      const { items: roots, nextCursor } = await page(where, [articleId], order, limit, cursor);
      const replies =
        roots.length === 0
          ? []
          : await all(
              `${visibleBeneath(`SELECT id FROM comments WHERE parent_id IN (${db.jsonIds}) AND status = 'approved'`)}
               SELECT ${COLUMNS} FROM visible JOIN comments c ON c.id = visible.id JOIN articles a ON a.id = c.article_id
               ORDER BY c.created_at, c.id`,
              [JSON.stringify(roots.map((r) => r.id))],
            );
      const total = await count(
        `${visibleBeneath("SELECT id FROM comments WHERE article_id = ? AND parent_id IS NULL AND status = 'approved'")}
         SELECT COUNT(*) AS n FROM visible`,
        [articleId],
      );
      return { roots, replies, nextCursor, total };
    },

    listCommentsForModeration: async ({ status, articleSlug, email, order = 'newest', limit, cursor }) => {
      const where = [status === 'any' ? '1 = 1' : 'c.status = ?'];
      const values: DbValue[] = status === 'any' ? [] : [status];
      if (articleSlug !== undefined) {
        where.push('a.slug = ?');
        values.push(articleSlug);
      }
      if (email !== undefined) {
        where.push('lower(c.email) = ?');
        values.push(email.toLowerCase());
      }
      const total = await count(`SELECT COUNT(*) AS n FROM ${FROM} WHERE ${where.join(' AND ')}`, values);
      return { ...(await page(where, values, order, limit, cursor)), total };
    },

    setCommentStatus: async (id, status) =>
      (await db.run('UPDATE comments SET status = ? WHERE id = ?', [status, id])) === 0 ? null : byId(id),

    // The replies go by the foreign key's ON DELETE CASCADE, in the same statement.
    deleteComment: async (id) =>
      db.countsCascaded
        ? db.run(`${SUBTHREAD} DELETE FROM comments WHERE id IN (SELECT id FROM doomed)`, [id])
        : db.atomically(countThenDelete(id)),

    hasCommentWithContentHash: async (articleId, contentHash) =>
      (await db.get('SELECT 1 FROM comments WHERE article_id = ? AND content_hash = ? LIMIT 1', [articleId, contentHash])) !== undefined,
  };
}
