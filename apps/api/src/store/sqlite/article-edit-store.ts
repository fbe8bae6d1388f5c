/**
 * @module
 * The SQLite implementation of `ArticleEditStore`.
 */
import type { DatabaseSync } from 'node:sqlite';
import { utc } from '../article-rows.ts';
import type { ArticleEditStore } from '../article-edit-store.ts';
import { saveArticleRows } from './article-write.ts';
import { checkExpected } from '../sql/article-workflow.ts';
import { runSteps } from './steps.ts';
import { transaction } from './transaction.ts';

/**
 * The earliest publication after a time. Exported for the test that reads its query plan: a
 * scan of every published article here once cost more than the search it served.
 */
export const NEXT_PUBLICATION_SQL =
  "SELECT MIN(published_at) AS at FROM articles WHERE status = 'published' AND sort_at > ? AND published_at > ?";

/**
 * The editorial methods of a store over `db` (migrated to version 4 or later).
 *
 * @example
 * const edits = sqliteArticleEditStore(db);
 * await edits.deleteArticle('night-ferry-returns');
 */
export function sqliteArticleEditStore(db: DatabaseSync): ArticleEditStore {
  // Prepared once: the revision is read on every cached request.
  let revision: ReturnType<DatabaseSync['prepare']> | undefined;
  return {
    createArticle: async (article, contentHash, options = {}) => {
      // Check and save run in one synchronous step, so no other request of this process can
      // take the slug in between.
      const taken = db.prepare('SELECT id FROM articles WHERE slug = ?').get(article.slug) as { id: string } | undefined;
      if (taken) return { outcome: 'exists', id: taken.id, slug: article.slug };
      const saved = saveArticleRows(db, article, contentHash, options);
      return { outcome: saved.outcome === 'duplicate' ? 'duplicate' : 'created', id: saved.id, slug: saved.slug };
    },
    deleteArticle: async (slug, options = {}) =>
      transaction(db, () => {
        const row = db.prepare('SELECT id FROM articles WHERE slug = ?').get(slug) as { id: string } | undefined;
        runSteps(db, checkExpected(options.expected));
        if (!row) return false;
        // Comments (and their replies) and the article's relations go by ON DELETE CASCADE, in this transaction.
        db.prepare('DELETE FROM articles WHERE id = ?').run(row.id);
        return true;
      }),
    articleRevision: async () => {
      if (!revision) {
        revision = db.prepare('SELECT revision FROM article_revision WHERE id = 1');
        // A row as an array rather than an object: measurably cheaper at one read per request.
        revision.setReturnArrays(true);
      }
      return Number((revision.get() as unknown as [number])[0]);
    },
    nextPublicationAfter: async (now) => {
      // A published article's sort_at is its published_at, so the range on sort_at lets the
      // articles_public index seek to the scheduled ones instead of reading every published row.
      const at = utc(now);
      const row = db.prepare(NEXT_PUBLICATION_SQL).get(at, at) as { at: string | null };
      return row.at === null ? null : new Date(row.at);
    },
  };
}
