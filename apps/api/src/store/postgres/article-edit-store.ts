/**
 * @module
 * The PostgreSQL implementation of `ArticleEditStore`.
 */
import type { ArticleEditStore } from '../article-edit-store.ts';
import { lockArticleWrites, saveArticleIn } from './article-write.ts';
import type { Sql } from './connection.ts';
import { checkExpected } from '../sql/article-workflow.ts';
import { awaitSteps } from '../sql/steps.ts';
import { postgresDb } from './db.ts';

/**
 * The editorial methods of a store over the pool `pool` (migrated to version 4 or later).
 *
 * @example
 * const edits = postgresArticleEditStore(sql);
 * await edits.deleteArticle('night-ferry-returns');
 */
export function postgresArticleEditStore(pool: Sql): ArticleEditStore {
  return {
    createArticle: (article, contentHash, options = {}) =>
      pool.begin(async (sql) => {
        // The write lock makes the slug check and the insert one step for every writer.
        await lockArticleWrites(sql);
        const [taken] = await sql<{ id: string }[]>`SELECT id FROM articles WHERE slug = ${article.slug}`;
        if (taken) return { outcome: 'exists' as const, id: taken.id, slug: article.slug };
        const saved = await saveArticleIn(sql, article, contentHash, options);
        return { outcome: saved.outcome === 'duplicate' ? ('duplicate' as const) : ('created' as const), id: saved.id, slug: saved.slug };
      }),
    deleteArticle: (slug, options = {}) =>
      pool.begin(async (sql) => {
        await lockArticleWrites(sql);
        await awaitSteps(postgresDb(sql), checkExpected(options.expected));
        // Comments and relations go by ON DELETE CASCADE, in this transaction.
        const deleted = await sql`DELETE FROM articles WHERE slug = ${slug}`;
        return deleted.count > 0;
      }),
    articleRevision: async () => {
      const [row] = await pool<{ revision: string }[]>`SELECT revision FROM article_revision WHERE id = 1`;
      return Number(row?.revision ?? 0);
    },
    nextPublicationAfter: async (now) => {
      const [row] = await pool<{ at: Date | null }[]>`
        -- sort_at is published_at for a published article: the range lets articles_public seek.
        SELECT min(published_at) AS at FROM articles
        WHERE status = 'published' AND sort_at > ${now} AND published_at > ${now}`;
      return row?.at ?? null;
    },
  };
}
