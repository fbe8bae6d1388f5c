/**
 * @module
 * Saving a batch of articles to PostgreSQL in one transaction, each with its own outcome,
 * remembering the import keys of duplicates (see migration 007) so that importing them again is
 * `unchanged`.
 */
import type { SaveResult } from '../store.ts';
import type { ArticleSave, BatchFailure } from '../transfer-store.ts';
import { saveArticleIn } from './article-write.ts';
import { inOneTransaction } from './batch.ts';
import type { Sql, Tx } from './connection.ts';

/**
 * Saves `items` as `saveArticle` would, in one transaction (see `inOneTransaction`): an item that
 * fails is reported as `failed` in its place and leaves nothing behind.
 *
 * @example
 * await saveArticleBatch(pool, [{ article, contentHash, options: { importKey: '/news/a.txt' } }]); // [{ outcome: 'created', … }]
 */
export function saveArticleBatch(pool: Sql, items: readonly ArticleSave[]): Promise<(SaveResult | BatchFailure)[]> {
  return inOneTransaction(pool, items, saveRemembering);
}

async function saveRemembering(sql: Tx, { article, contentHash, options = {} }: ArticleSave): Promise<SaveResult> {
  const key = options.importKey;
  if (key === undefined) return saveArticleIn(sql, article, contentHash, options);
  const revision = options.revisionHash ?? contentHash;
  const [known] = await sql<{ revision_hash: string; id: string; slug: string; content_hash: string }[]>`
    SELECT d.revision_hash, a.id, a.slug, a.content_hash FROM import_duplicates d JOIN articles a ON a.id = d.article_id
    WHERE d.import_key = ${key}`;
  if (known && known.revision_hash === revision && known.content_hash === contentHash) {
    return { outcome: 'unchanged', id: known.id, slug: known.slug };
  }
  const result = await saveArticleIn(sql, article, contentHash, options);
  if (result.outcome === 'duplicate') {
    await sql`
      INSERT INTO import_duplicates (import_key, article_id, revision_hash) VALUES (${key}, ${result.id}, ${revision})
      ON CONFLICT (import_key) DO UPDATE SET article_id = excluded.article_id, revision_hash = excluded.revision_hash`;
  } else if (known) {
    // The key now names an article of its own.
    await sql`DELETE FROM import_duplicates WHERE import_key = ${key}`;
  }
  return result;
}
