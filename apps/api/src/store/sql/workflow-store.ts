/**
 * @module
 * `WorkflowStore` on both databases. JSON columns are written through `db.json`/`db.jsonText` and
 * read through `fromJson`; a document's status is `document ->> 'status'`, which both accept.
 * Replacing an article's revisions takes the article write lock where the engine has one apart
 * from its transactions (PostgreSQL's advisory lock; SQLite's write transaction is that lock).
 */
import type { Article, ArticleStatus } from '@dateline/model';
import { utc } from '../article-rows.ts';
import type { Actor, RevisionEntry, RevisionKind, StoredRevision, WorkflowStore } from '../workflow-store.ts';
import { type Db, fromJson, isoTime } from './db.ts';

interface RevisionRow {
  id: string;
  number: number | string;
  created_at: string | Date;
  saved_at: string | Date;
  author_id: string | null;
  author_name: string | null;
  kind: string;
  fields: string | string[];
  status: string;
  document?: string | Article;
}

interface EditorialRow {
  document: string | Article;
  created_by: string | null;
  created_by_name: string | null;
  updated_by: string | null;
  updated_by_name: string | null;
}

const ENTRY_COLUMNS = "id, number, created_at, saved_at, author_id, author_name, kind, fields, document ->> 'status' AS status";

const actor = (id: string | null, name: string | null): Actor | null => (id === null ? null : { id, name: name ?? id });

function entry(row: RevisionRow): RevisionEntry {
  return {
    id: row.id,
    number: Number(row.number),
    createdAt: isoTime(row.created_at),
    savedAt: isoTime(row.saved_at),
    author: actor(row.author_id, row.author_name),
    kind: row.kind as RevisionKind,
    fields: fromJson(row.fields),
    status: row.status as ArticleStatus,
  };
}

const withArticle = (row: RevisionRow): StoredRevision => ({ ...entry(row), article: fromJson(row.document ?? 'null') as Article });

/**
 * The workflow methods of a store over `db` (migrated to version 15 or later). `articleWriteLock`
 * is the statement that makes article writes take turns inside a transaction, where one is needed.
 *
 * @example
 * const workflow = workflowStore(postgresDb(sql), LOCK_ARTICLE_WRITES);
 * await workflow.listRevisions(article.id);
 */
export function workflowStore(db: Db, articleWriteLock?: string): WorkflowStore {
  return {
    getEditorial: async (slug) => {
      const row = await db.get<EditorialRow>(
        'SELECT document, created_by, created_by_name, updated_by, updated_by_name FROM articles WHERE slug = ?',
        [slug],
      );
      if (!row) return null;
      return {
        article: fromJson(row.document),
        createdBy: actor(row.created_by, row.created_by_name),
        updatedBy: actor(row.updated_by, row.updated_by_name),
      };
    },
    listRevisions: async (articleId) =>
      (
        await db.all<RevisionRow>(`SELECT ${ENTRY_COLUMNS} FROM article_revisions WHERE article_id = ? ORDER BY number DESC`, [articleId])
      ).map(entry),
    getRevision: async (articleId, revisionId) => {
      const row = await db.get<RevisionRow>(`SELECT ${ENTRY_COLUMNS}, document FROM article_revisions WHERE article_id = ? AND id = ?`, [
        articleId,
        revisionId,
      ]);
      return row ? withArticle(row) : null;
    },
    allRevisions: async (articleId) =>
      (
        await db.all<RevisionRow>(`SELECT ${ENTRY_COLUMNS}, document FROM article_revisions WHERE article_id = ? ORDER BY number`, [
          articleId,
        ])
      ).map(withArticle),
    replaceRevisions: (articleId, revisions) =>
      db.transaction(async (tx) => {
        if (articleWriteLock !== undefined) await tx.run(articleWriteLock);
        if ((await tx.get('SELECT 1 FROM articles WHERE id = ?', [articleId])) === undefined) return false;
        await tx.run('DELETE FROM article_revisions WHERE article_id = ?', [articleId]);
        for (const r of revisions) {
          await tx.run(
            `INSERT INTO article_revisions (id, article_id, number, created_at, saved_at, author_id, author_name, kind, fields, document)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ${tx.json}, ${tx.json}) ON CONFLICT (id) DO NOTHING`,
            [
              r.id,
              articleId,
              r.number,
              utc(r.createdAt),
              utc(r.savedAt),
              r.author?.id ?? null,
              r.author?.name ?? null,
              r.kind,
              tx.jsonText(r.fields),
              tx.jsonText(r.article),
            ],
          );
        }
        return true;
      }),
    restoreEditors: async (articleId, { createdBy, updatedBy }) =>
      (await db.run('UPDATE articles SET created_by = ?, created_by_name = ?, updated_by = ?, updated_by_name = ? WHERE id = ?', [
        createdBy?.id ?? null,
        createdBy?.name ?? null,
        updatedBy?.id ?? null,
        updatedBy?.name ?? null,
        articleId,
      ])) > 0,
    slugRedirect: async (slug) =>
      (
        await db.get<{ slug: string }>(
          'SELECT a.slug FROM article_slug_redirects r JOIN articles a ON a.id = r.article_id WHERE r.slug = ?',
          [slug],
        )
      )?.slug ?? null,
    createPreviewLink: async (link) => {
      await db.run('INSERT INTO preview_links (hash, article_id, created_at, expires_at, created_by) VALUES (?, ?, ?, ?, ?)', [
        link.hash,
        link.articleId,
        utc(link.createdAt),
        utc(link.expiresAt),
        link.createdBy,
      ]);
    },
    previewByHash: async (hash) => {
      const row = await db.get<{ document: string | Article; expires_at: string | Date }>(
        'SELECT a.document, p.expires_at FROM preview_links p JOIN articles a ON a.id = p.article_id WHERE p.hash = ?',
        [hash],
      );
      return row ? { article: fromJson(row.document), expiresAt: isoTime(row.expires_at) } : null;
    },
  };
}
