/**
 * @module
 * Creating an article on PostgreSQL, for `ArticleEditStore` (see `sql/article-edit-store.ts`).
 */
import type { ArticleEditStore } from '../article-edit-store.ts';
import { lockArticleWrites, saveArticleIn } from './article-write.ts';
import type { Sql } from './connection.ts';

/**
 * `createArticle` over the pool `pool`: the write lock makes the slug check and the insert one
 * step for every writer.
 *
 * @example
 * const edits = articleEditStore(postgresDb(pool), postgresCreateArticle(pool), LOCK_ARTICLE_WRITES);
 */
export function postgresCreateArticle(pool: Sql): ArticleEditStore['createArticle'] {
  return (article, contentHash, options = {}) =>
    pool.begin(async (sql) => {
      await lockArticleWrites(sql);
      const [taken] = await sql<{ id: string }[]>`SELECT id FROM articles WHERE slug = ${article.slug}`;
      if (taken) return { outcome: 'exists' as const, id: taken.id, slug: article.slug };
      const saved = await saveArticleIn(sql, article, contentHash, options);
      return { outcome: saved.outcome === 'duplicate' ? ('duplicate' as const) : ('created' as const), id: saved.id, slug: saved.slug };
    });
}
