/**
 * @module
 * The SQLite implementation of `WorkflowStore`.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article, ArticleStatus } from '@dateline/model';
import { utc } from '../article-rows.ts';
import type { Actor, RevisionEntry, RevisionKind, StoredRevision, WorkflowStore } from '../workflow-store.ts';
import { statement } from './statements.ts';
import { transaction } from './transaction.ts';

interface RevisionRow {
  id: string;
  number: number;
  created_at: string;
  saved_at: string;
  author_id: string | null;
  author_name: string | null;
  kind: string;
  fields: string;
  status: string;
  document?: string;
}

const ENTRY_COLUMNS =
  "id, number, created_at, saved_at, author_id, author_name, kind, fields, json_extract(document, '$.status') AS status";

const actor = (id: string | null, name: string | null): Actor | null => (id === null ? null : { id, name: name ?? id });

function entry(row: RevisionRow): RevisionEntry {
  return {
    id: row.id,
    number: Number(row.number),
    createdAt: row.created_at,
    savedAt: row.saved_at,
    author: actor(row.author_id, row.author_name),
    kind: row.kind as RevisionKind,
    fields: JSON.parse(row.fields) as string[],
    status: row.status as ArticleStatus,
  };
}

const withArticle = (row: RevisionRow): StoredRevision => ({ ...entry(row), article: JSON.parse(row.document ?? 'null') as Article });

/**
 * The workflow methods of a store over `db` (migrated to version 15 or later).
 *
 * @example
 * const workflow = sqliteWorkflowStore(db);
 * await workflow.listRevisions(article.id);
 */
export function sqliteWorkflowStore(db: DatabaseSync): WorkflowStore {
  return {
    getEditorial: async (slug) => {
      const row = statement(
        db,
        'SELECT document, created_by, created_by_name, updated_by, updated_by_name FROM articles WHERE slug = ?',
      ).get(slug) as
        | {
            document: string;
            created_by: string | null;
            created_by_name: string | null;
            updated_by: string | null;
            updated_by_name: string | null;
          }
        | undefined;
      if (!row) return null;
      return {
        article: JSON.parse(row.document) as Article,
        createdBy: actor(row.created_by, row.created_by_name),
        updatedBy: actor(row.updated_by, row.updated_by_name),
      };
    },
    listRevisions: async (articleId) =>
      (
        statement(db, `SELECT ${ENTRY_COLUMNS} FROM article_revisions WHERE article_id = ? ORDER BY number DESC`).all(
          articleId,
        ) as unknown as RevisionRow[]
      ).map(entry),
    getRevision: async (articleId, revisionId) => {
      const row = statement(db, `SELECT ${ENTRY_COLUMNS}, document FROM article_revisions WHERE article_id = ? AND id = ?`).get(
        articleId,
        revisionId,
      ) as RevisionRow | undefined;
      return row ? withArticle(row) : null;
    },
    allRevisions: async (articleId) =>
      (
        statement(db, `SELECT ${ENTRY_COLUMNS}, document FROM article_revisions WHERE article_id = ? ORDER BY number`).all(
          articleId,
        ) as unknown as RevisionRow[]
      ).map(withArticle),
    replaceRevisions: async (articleId, revisions) =>
      transaction(db, () => {
        if (statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(articleId) === undefined) return false;
        statement(db, 'DELETE FROM article_revisions WHERE article_id = ?').run(articleId);
        const insert = statement(
          db,
          `INSERT INTO article_revisions (id, article_id, number, created_at, saved_at, author_id, author_name, kind, fields, document)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        );
        for (const r of revisions) {
          insert.run(
            r.id,
            articleId,
            r.number,
            utc(r.createdAt),
            utc(r.savedAt),
            r.author?.id ?? null,
            r.author?.name ?? null,
            r.kind,
            JSON.stringify(r.fields),
            JSON.stringify(r.article),
          );
        }
        return true;
      }),
    restoreEditors: async (articleId, { createdBy, updatedBy }) => {
      const result = statement(
        db,
        'UPDATE articles SET created_by = ?, created_by_name = ?, updated_by = ?, updated_by_name = ? WHERE id = ?',
      ).run(createdBy?.id ?? null, createdBy?.name ?? null, updatedBy?.id ?? null, updatedBy?.name ?? null, articleId);
      return Number(result.changes) > 0;
    },
    slugRedirect: async (slug) => {
      const row = statement(db, 'SELECT a.slug FROM article_slug_redirects r JOIN articles a ON a.id = r.article_id WHERE r.slug = ?').get(
        slug,
      ) as { slug: string } | undefined;
      return row?.slug ?? null;
    },
    createPreviewLink: async (link) => {
      statement(db, 'INSERT INTO preview_links (hash, article_id, created_at, expires_at, created_by) VALUES (?, ?, ?, ?, ?)').run(
        link.hash,
        link.articleId,
        utc(link.createdAt),
        utc(link.expiresAt),
        link.createdBy,
      );
    },
    previewByHash: async (hash) => {
      const row = statement(
        db,
        'SELECT a.document, p.expires_at FROM preview_links p JOIN articles a ON a.id = p.article_id WHERE p.hash = ?',
      ).get(hash) as { document: string; expires_at: string } | undefined;
      return row ? { article: JSON.parse(row.document) as Article, expiresAt: row.expires_at } : null;
    },
  };
}
