/**
 * @module
 * The SQLite side of `TransferStore` (see `sql/transfer-store.ts`): batch saves (see
 * article-batch.ts), the transaction comments are restored in, and a streamed export read from one
 * snapshot.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article } from '@dateline/model';
import type { StoredRevision } from '../workflow-store.ts';
import { editorsOf } from '../revision-plan.ts';
import type { ExportItem, KeptCorrection, TransferStore } from '../transfer-store.ts';
import { restoreComment } from '../sql/transfer-store.ts';
import { saveArticleBatch } from './article-batch.ts';
import { inOneTransaction } from './batch.ts';
import { runSteps } from './steps.ts';
import { type ExportedCommentRow, toExportedComment } from '../comment-rows.ts';

/** The revisions of article `a` as one JSON array, oldest first, or NULL when it has none. */
const REVISIONS_OF_A = `(SELECT json_group_array(json(r)) FROM (
  SELECT json_object('id', id, 'number', number, 'createdAt', created_at, 'savedAt', saved_at,
    'author', CASE WHEN author_id IS NULL THEN NULL ELSE json_object('id', author_id, 'name', author_name) END,
    'kind', kind, 'fields', json(fields), 'status', json_extract(document, '$.status'), 'article', json(document)) AS r
  FROM article_revisions WHERE article_id = a.id ORDER BY number) HAVING count(*) > 0)`;

interface ArticleRow {
  revisions: string | null;
  created_by: string | null;
  created_by_name: string | null;
  updated_by: string | null;
  updated_by_name: string | null;
  document: string;
  content_hash: string;
  revision_hash: string | null;
  import_key: string | null;
  /** JSON: `[{ correction, createdAt }]`, in the order they were made. */
  corrections: string;
  queued_at: string | null;
  attempts: number | null;
  last_error: string | null;
}

// Each article with its editors' corrections and its place on the enrichment queue.
const ARTICLES_IN_EXPORT_ORDER = `
  SELECT a.document, a.content_hash, a.revision_hash, a.import_key, q.queued_at, q.attempts, q.last_error,
    a.created_by, a.created_by_name, a.updated_by, a.updated_by_name, ${REVISIONS_OF_A} AS revisions,
    (SELECT json_group_array(json_object('correction', json(c.correction), 'createdAt', c.created_at))
       FROM (SELECT correction, created_at FROM entity_corrections WHERE article_id = a.id ORDER BY seq) c) AS corrections
  FROM articles a LEFT JOIN enrichment_queue q ON q.article_id = a.id
  ORDER BY a.created_at, a.id`;

const COMMENT_COLUMNS = `c.id, c.article_id, a.slug AS article_slug, c.parent_id, c.author_name, c.email, c.body, c.status,
  c.created_at, c.content_hash, c.held_reason`;

// Depth first, so that every reply comes after the comment it answers, whatever the clocks said.
const COMMENTS_IN_EXPORT_ORDER = `
  WITH RECURSIVE tree(id, depth) AS (
    SELECT id, 0 FROM comments WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, t.depth + 1 FROM comments c JOIN tree t ON c.parent_id = t.id
  )
  SELECT ${COMMENT_COLUMNS} FROM tree t JOIN comments c ON c.id = t.id JOIN articles a ON a.id = c.article_id
  ORDER BY t.depth, c.created_at, c.id`;

/**
 * The SQLite transfers, but for restoring enrichment (see `sql/transfer-store.ts`), over `db` (migrated).
 *
 * @example
 * const transfers = transferStore(sqliteDb(db), sqliteTransfers(db));
 * for await (const item of transfers.exportAll()) console.log(item.type);
 */
export function sqliteTransfers(db: DatabaseSync): Omit<TransferStore, 'restoreEnrichment'> {
  return {
    saveArticles: async (items) => saveArticleBatch(db, items),
    restoreComments: async (items) => inOneTransaction(db, items, (comment) => runSteps(db, restoreComment(comment))),
    exportAll: () => exportRows(db),
  };
}

async function* exportRows(db: DatabaseSync): AsyncGenerator<ExportItem> {
  // One read transaction: a write from another process during a long export is either wholly in
  // it or wholly out, and no comment can appear whose article is missing.
  db.exec('BEGIN');
  try {
    const articles = db.prepare(ARTICLES_IN_EXPORT_ORDER).iterate();
    for (const row of articles as Iterable<ArticleRow>) {
      const { document, content_hash: contentHash, revision_hash: revisionHash, import_key: importKey } = row;
      const revisions = row.revisions === null ? undefined : (JSON.parse(row.revisions) as StoredRevision[]);
      const editors = editorsOf(row.created_by, row.created_by_name, row.updated_by, row.updated_by_name);
      yield {
        type: 'article',
        article: JSON.parse(document) as Article,
        contentHash,
        revisionHash,
        importKey,
        ...(revisions && { revisions }),
        ...(editors && { editors }),
        corrections: JSON.parse(row.corrections) as KeptCorrection[],
        enrichment: { queuedAt: row.queued_at, attempts: Number(row.attempts ?? 0), error: row.last_error },
      };
    }
    for (const row of db.prepare(COMMENTS_IN_EXPORT_ORDER).iterate() as Iterable<ExportedCommentRow>) {
      yield { type: 'comment', comment: toExportedComment(row) };
    }
  } finally {
    if (db.isOpen && db.isTransaction) db.exec('COMMIT');
  }
}
