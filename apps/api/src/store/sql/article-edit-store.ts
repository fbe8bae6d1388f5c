/**
 * @module
 * `ArticleEditStore` on both databases, but for creating an article: that runs each engine's own
 * save (the article paths are written per engine), passed in. Deleting takes the article write
 * lock where the engine has one apart from its transactions (PostgreSQL's advisory lock; SQLite's
 * write transaction is that lock) and checks the precondition, in one transaction of steps.
 */
import { utc } from '../article-rows.ts';
import type { ArticleEditStore } from '../article-edit-store.ts';
import { checkExpected } from './article-workflow.ts';
import { type Db, isoTime, type Steps } from './db.ts';
import { run } from './steps.ts';

/**
 * The earliest publication after a time. A published article's sort_at is its published_at, so
 * the range on sort_at lets the articles_public index seek to the scheduled ones instead of
 * reading every published row. Exported for the test that reads SQLite's query plan: a scan once
 * cost more than the search it served.
 */
export const NEXT_PUBLICATION_SQL =
  "SELECT MIN(published_at) AS at FROM articles WHERE status = 'published' AND sort_at > ? AND published_at > ?";

function* deleteArticle(slug: string, expected: Parameters<typeof checkExpected>[0], articleWriteLock: string | undefined): Steps<boolean> {
  if (articleWriteLock !== undefined) yield* run(articleWriteLock);
  yield* checkExpected(expected);
  // Comments (and their replies) and the article's relations go by ON DELETE CASCADE, in this transaction.
  return (yield* run('DELETE FROM articles WHERE slug = ?', [slug])) > 0;
}

/**
 * The editorial methods of a store over `db` (migrated to version 4 or later), creating articles
 * with `createArticle`. `articleWriteLock` is the statement that makes article writes take turns
 * inside a transaction, where one is needed.
 *
 * @example
 * const edits = articleEditStore(postgresDb(sql), postgresCreateArticle(sql), LOCK_ARTICLE_WRITES);
 * await edits.deleteArticle('night-ferry-returns');
 */
export function articleEditStore(db: Db, createArticle: ArticleEditStore['createArticle'], articleWriteLock?: string): ArticleEditStore {
  return {
    createArticle,
    deleteArticle: (slug, options = {}) => db.atomically(deleteArticle(slug, options.expected, articleWriteLock)),
    articleRevision: () => db.number('SELECT revision FROM article_revision WHERE id = 1'),
    nextPublicationAfter: async (now) => {
      const at = utc(now);
      const row = await db.get<{ at: string | Date | null }>(NEXT_PUBLICATION_SQL, [at, at]);
      return row?.at == null ? null : new Date(isoTime(row.at));
    },
  };
}
