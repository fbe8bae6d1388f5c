/**
 * @module
 * `TransferStore` on both databases, in part: restoring comments and enrichment is written once
 * here. Each engine keeps its batch saves (the article paths), the batch transaction comments are
 * restored in (shared with those saves: all in one, or each alone when one fails) and the export
 * (its snapshot, cursor and JSON functions differ).
 */
import { utc } from '../article-rows.ts';
import type { CommentRestoreResult, ExportedComment, TransferStore } from '../transfer-store.ts';
import type { Db, DbValue, Steps } from './db.ts';
import { get, run } from './steps.ts';

// The stored columns of a comment, in the order `restoreComment` lists their values.
const RESTORED = ['article_id', 'parent_id', 'author_name', 'email', 'body', 'status', 'created_at', 'content_hash', 'held_reason'];

// PostgreSQL hands back created_at as a Date; it was bound as ISO text.
const same = (stored: DbValue | Date, value: DbValue) => (stored instanceof Date ? stored.toISOString() : stored) === value;

/**
 * Stores the exported comment `c` by id, as steps inside the caller's transaction: `created`,
 * `updated`, or `unchanged` when every field is the same. Throws when its article or parent is
 * not stored.
 *
 * @example
 * runSteps(db, restoreComment(comment)); // inside the batch's transaction
 */
export function* restoreComment(c: ExportedComment): Steps<CommentRestoreResult> {
  const article = yield* get<{ slug: string }>('SELECT slug FROM articles WHERE id = ?', [c.articleId]);
  if (!article) throw new Error(`its article ${c.articleId} is not in the database`);
  if (c.parentId !== null && (yield* get('SELECT 1 FROM comments WHERE id = ?', [c.parentId])) === undefined) {
    throw new Error(`the comment it replies to (${c.parentId}) is not in the database`);
  }
  const values = [c.articleId, c.parentId, c.authorName, c.email, c.body, c.status, utc(c.createdAt), c.contentHash, c.heldReason];
  const existing = yield* get<Record<string, DbValue | Date>>(`SELECT ${RESTORED.join(', ')} FROM comments WHERE id = ?`, [c.id]);
  const done = (outcome: 'created' | 'updated' | 'unchanged') => ({ outcome, id: c.id, articleSlug: article.slug });
  if (!existing) {
    yield* run(`INSERT INTO comments (${RESTORED.join(', ')}, id) VALUES (${RESTORED.map(() => '?').join(', ')}, ?)`, [...values, c.id]);
    return done('created');
  }
  if (RESTORED.every((column, i) => same(existing[column] ?? null, values[i] ?? null))) return done('unchanged');
  yield* run(`UPDATE comments SET ${RESTORED.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`, [...values, c.id]);
  return done('updated');
}

function* restoreEnrichment(time: string, items: Parameters<TransferStore['restoreEnrichment']>[0]): Steps<void> {
  for (const { articleId, enrichment } of items) {
    if (enrichment.queuedAt === null) yield* run('DELETE FROM enrichment_queue WHERE article_id = ?', [articleId]);
    else
      yield* run(
        `INSERT INTO enrichment_queue (article_id, queued_at, attempts, last_error) SELECT id, ${time}, ?, ? FROM articles WHERE id = ?
         ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = excluded.attempts, last_error = excluded.last_error`,
        [utc(enrichment.queuedAt), enrichment.attempts, enrichment.error, articleId],
      );
  }
}

/**
 * The transfer methods of a store over `db`, with the engine's own `saveArticles`,
 * `restoreComments` (see `restoreComment`) and `exportAll`.
 *
 * @example
 * const transfers = transferStore(sqliteDb(db), sqliteTransfers(db));
 * await transfers.restoreEnrichment([{ articleId, enrichment: { queuedAt: null, attempts: 0, error: null } }]);
 */
export function transferStore(db: Db, own: Omit<TransferStore, 'restoreEnrichment'>): TransferStore {
  return { ...own, restoreEnrichment: (items) => db.atomically(restoreEnrichment(db.time, items)) };
}
