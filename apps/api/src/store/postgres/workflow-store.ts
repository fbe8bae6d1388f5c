/**
 * @module
 * The PostgreSQL implementation of `WorkflowStore`.
 */
import type { Article, ArticleStatus } from '@dateline/model';
import type { Actor, RevisionEntry, RevisionKind, StoredRevision, WorkflowStore } from '../workflow-store.ts';
import { jsonText } from './article-workflow.ts';
import { lockArticleWrites } from './article-write.ts';
import type { Sql } from './connection.ts';

interface RevisionRow {
  id: string;
  number: number;
  created_at: Date;
  saved_at: Date;
  author_id: string | null;
  author_name: string | null;
  kind: string;
  fields: string[];
  status: string;
  document?: Article;
}

const actor = (id: string | null, name: string | null): Actor | null => (id === null ? null : { id, name: name ?? id });

function entry(row: RevisionRow): RevisionEntry {
  return {
    id: row.id,
    number: row.number,
    createdAt: row.created_at.toISOString(),
    savedAt: row.saved_at.toISOString(),
    author: actor(row.author_id, row.author_name),
    kind: row.kind as RevisionKind,
    fields: row.fields,
    status: row.status as ArticleStatus,
  };
}

const withArticle = (row: RevisionRow): StoredRevision => ({ ...entry(row), article: row.document as Article });

/**
 * The workflow methods of a store over the pool `pool` (migrated to version 15 or later).
 *
 * @example
 * const workflow = postgresWorkflowStore(sql);
 * await workflow.listRevisions(article.id);
 */
export function postgresWorkflowStore(pool: Sql): WorkflowStore {
  return {
    getEditorial: async (slug) => {
      const [row] = await pool<
        {
          document: Article;
          created_by: string | null;
          created_by_name: string | null;
          updated_by: string | null;
          updated_by_name: string | null;
        }[]
      >`SELECT document, created_by, created_by_name, updated_by, updated_by_name FROM articles WHERE slug = ${slug}`;
      if (!row) return null;
      return {
        article: row.document,
        createdBy: actor(row.created_by, row.created_by_name),
        updatedBy: actor(row.updated_by, row.updated_by_name),
      };
    },
    listRevisions: async (articleId) =>
      (
        await pool<RevisionRow[]>`
          SELECT id, number, created_at, saved_at, author_id, author_name, kind, fields, document->>'status' AS status
          FROM article_revisions WHERE article_id = ${articleId} ORDER BY number DESC`
      ).map(entry),
    getRevision: async (articleId, revisionId) => {
      const [row] = await pool<RevisionRow[]>`
        SELECT id, number, created_at, saved_at, author_id, author_name, kind, fields, document->>'status' AS status, document
        FROM article_revisions WHERE article_id = ${articleId} AND id = ${revisionId}`;
      return row ? withArticle(row) : null;
    },
    allRevisions: async (articleId) =>
      (
        await pool<RevisionRow[]>`
          SELECT id, number, created_at, saved_at, author_id, author_name, kind, fields, document->>'status' AS status, document
          FROM article_revisions WHERE article_id = ${articleId} ORDER BY number`
      ).map(withArticle),
    replaceRevisions: (articleId, revisions) =>
      pool.begin(async (sql) => {
        await lockArticleWrites(sql);
        const [exists] = await sql`SELECT 1 FROM articles WHERE id = ${articleId}`;
        if (!exists) return false;
        await sql`DELETE FROM article_revisions WHERE article_id = ${articleId}`;
        for (const r of revisions) {
          await sql`
            INSERT INTO article_revisions (id, article_id, number, created_at, saved_at, author_id, author_name, kind, fields, document)
            VALUES (${r.id}, ${articleId}, ${r.number}, ${r.createdAt}, ${r.savedAt}, ${r.author?.id ?? null}, ${r.author?.name ?? null}, ${r.kind},
              ${jsonText(r.fields)}::text::json, ${jsonText(r.article)}::text::json)
            ON CONFLICT (id) DO NOTHING`;
        }
        return true;
      }),
    restoreEditors: async (articleId, { createdBy, updatedBy }) => {
      const result = await pool`
        UPDATE articles SET created_by = ${createdBy?.id ?? null}, created_by_name = ${createdBy?.name ?? null},
          updated_by = ${updatedBy?.id ?? null}, updated_by_name = ${updatedBy?.name ?? null}
        WHERE id = ${articleId}`;
      return result.count > 0;
    },
    slugRedirect: async (slug) => {
      const [row] = await pool<{ slug: string }[]>`
        SELECT a.slug FROM article_slug_redirects r JOIN articles a ON a.id = r.article_id WHERE r.slug = ${slug}`;
      return row?.slug ?? null;
    },
    createPreviewLink: async (link) => {
      await pool`INSERT INTO preview_links (hash, article_id, created_at, expires_at, created_by)
        VALUES (${link.hash}, ${link.articleId}, ${link.createdAt}, ${link.expiresAt}, ${link.createdBy})`;
    },
    previewByHash: async (hash) => {
      const [row] = await pool<{ document: Article; expires_at: Date }[]>`
        SELECT a.document, p.expires_at FROM preview_links p JOIN articles a ON a.id = p.article_id WHERE p.hash = ${hash}`;
      return row ? { article: row.document, expiresAt: row.expires_at.toISOString() } : null;
    },
  };
}
