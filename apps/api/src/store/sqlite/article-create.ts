/**
 * @module
 * Creating an article on SQLite, for `ArticleEditStore` (see `sql/article-edit-store.ts`).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ArticleEditStore } from '../article-edit-store.ts';
import { saveArticleRows } from './article-write.ts';

/**
 * `createArticle` over `db`: the slug check and the save run in one synchronous step, so no
 * other request of this process can take the slug in between.
 *
 * @example
 * const edits = articleEditStore(sqliteDb(db), sqliteCreateArticle(db));
 */
export function sqliteCreateArticle(db: DatabaseSync): ArticleEditStore['createArticle'] {
  return async (article, contentHash, options = {}) => {
    const taken = db.prepare('SELECT id FROM articles WHERE slug = ?').get(article.slug) as { id: string } | undefined;
    if (taken) return { outcome: 'exists', id: taken.id, slug: article.slug };
    const saved = saveArticleRows(db, article, contentHash, options);
    return { outcome: saved.outcome === 'duplicate' ? 'duplicate' : 'created', id: saved.id, slug: saved.slug };
  };
}
