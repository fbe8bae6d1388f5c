/**
 * @module
 * The PostgreSQL side of `TransferStore` (see `sql/transfer-store.ts`): batch saves (see
 * article-batch.ts), the transaction comments are restored in, and an export streamed through
 * cursors from one repeatable-read snapshot.
 */
import type { Article } from '@dateline/model';
import type { StoredRevision } from '../workflow-store.ts';
import { editorsOf } from '../revision-plan.ts';
import type { ExportItem, KeptCorrection, TransferStore } from '../transfer-store.ts';
import { restoreComment } from '../sql/transfer-store.ts';
import { awaitSteps } from '../sql/steps.ts';
import { postgresDb } from './db.ts';
import { saveArticleBatch } from './article-batch.ts';
import { inOneTransaction } from './batch.ts';
import type { Sql } from './connection.ts';
import { type ExportedCommentRow, toExportedComment } from '../comment-rows.ts';

/** Rows fetched per round trip while exporting. */
const CURSOR_ROWS = 500;

/**
 * The PostgreSQL transfers, but for restoring enrichment (see `sql/transfer-store.ts`), over `pool` (migrated).
 *
 * @example
 * const transfers = transferStore(postgresDb(pool), postgresTransfers(pool));
 * for await (const item of transfers.exportAll()) console.log(item.type);
 */
export function postgresTransfers(pool: Sql): Omit<TransferStore, 'restoreEnrichment'> {
  return {
    saveArticles: (items) => saveArticleBatch(pool, items),
    restoreComments: (items) => inOneTransaction(pool, items, (sql, comment) => awaitSteps(postgresDb(sql), restoreComment(comment))),
    exportAll: () => exportRows(pool),
  };
}

interface ArticleRow {
  document: Article;
  content_hash: string;
  revision_hash: string | null;
  import_key: string | null;
  revisions: StoredRevision[] | null;
  created_by: string | null;
  created_by_name: string | null;
  updated_by: string | null;
  updated_by_name: string | null;
  corrections: { correction: KeptCorrection['correction']; createdAt: string }[];
  queued_at: Date | null;
  attempts: number | null;
  last_error: string | null;
}

async function* exportRows(pool: Sql): AsyncGenerator<ExportItem> {
  // A connection of its own holds one snapshot for the whole export, so a write during a long
  // export is either wholly in it or wholly out, and no comment appears whose article is missing.
  const sql = await pool.reserve();
  try {
    await sql.unsafe('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // Each article with its revisions, editors, editors' corrections and place on the enrichment queue.
    const articles = sql<ArticleRow[]>`
      SELECT a.document, a.content_hash, a.revision_hash, a.import_key, q.queued_at, q.attempts, q.last_error,
        a.created_by, a.created_by_name, a.updated_by, a.updated_by_name,
        (SELECT json_agg(json_build_object('id', r.id, 'number', r.number,
            'createdAt', to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'savedAt', to_char(r.saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'author', CASE WHEN r.author_id IS NULL THEN NULL ELSE json_build_object('id', r.author_id, 'name', r.author_name) END,
            'kind', r.kind, 'fields', r.fields, 'status', r.document->>'status', 'article', r.document) ORDER BY r.number)
         FROM article_revisions r WHERE r.article_id = a.id) AS revisions,
        (SELECT coalesce(json_agg(json_build_object('correction', c.correction, 'createdAt', c.created_at) ORDER BY c.seq), '[]'::json)
           FROM entity_corrections c WHERE c.article_id = a.id) AS corrections
      FROM articles a LEFT JOIN enrichment_queue q ON q.article_id = a.id
      ORDER BY a.created_at, a.id`.cursor(CURSOR_ROWS);
    for await (const rows of articles) {
      for (const row of rows) {
        const { document, content_hash: contentHash, revision_hash: revisionHash, import_key: importKey, revisions } = row;
        const editors = editorsOf(row.created_by, row.created_by_name, row.updated_by, row.updated_by_name);
        yield {
          type: 'article',
          article: document,
          contentHash,
          revisionHash,
          importKey,
          ...(revisions && { revisions }),
          ...(editors && { editors }),
          // Kept as timestamptz: written back in the same ISO form as everything else.
          corrections: row.corrections.map(({ correction, createdAt }) => ({ correction, createdAt: new Date(createdAt).toISOString() })),
          enrichment: { queuedAt: row.queued_at?.toISOString() ?? null, attempts: row.attempts ?? 0, error: row.last_error },
        };
      }
    }
    // Depth first, so that every reply comes after the comment it answers, whatever the clocks said.
    const comments = sql<ExportedCommentRow[]>`
      WITH RECURSIVE tree (id, depth) AS (
        SELECT id, 0 FROM comments WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id, t.depth + 1 FROM comments c JOIN tree t ON c.parent_id = t.id
      )
      SELECT c.id, c.article_id, a.slug AS article_slug, c.parent_id, c.author_name, c.email, c.body, c.status,
        c.created_at, c.content_hash, c.held_reason
      FROM tree t JOIN comments c ON c.id = t.id JOIN articles a ON a.id = c.article_id
      ORDER BY t.depth, c.created_at, c.id`.cursor(CURSOR_ROWS);
    for await (const rows of comments) {
      for (const row of rows) yield { type: 'comment', comment: toExportedComment(row) };
    }
  } finally {
    await sql.unsafe('COMMIT').catch(() => {});
    sql.release();
  }
}
