/**
 * @module
 * Saving a batch of articles in one transaction, each with its own outcome, remembering the
 * import keys of duplicates (see migration 007) so that importing them again is `unchanged`.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { SaveResult } from '../store.ts';
import type { ArticleSave, BatchFailure } from '../transfer-store.ts';
import { saveArticleRows } from './article-write.ts';
import { inOneTransaction } from './batch.ts';
import { statement } from './statements.ts';

/**
 * Saves `items` as `saveArticleRows` would, in one transaction (see `inOneTransaction`): an item
 * that fails is reported as `failed` in its place and leaves nothing behind.
 *
 * @example
 * saveArticleBatch(db, [{ article, contentHash, options: { importKey: '/news/a.txt' } }]); // [{ outcome: 'created', … }]
 */
export function saveArticleBatch(db: DatabaseSync, items: readonly ArticleSave[]): (SaveResult | BatchFailure)[] {
  return inOneTransaction(db, items, (item) => saveRemembering(db, item));
}

function saveRemembering(db: DatabaseSync, { article, contentHash, options = {} }: ArticleSave): SaveResult {
  const key = options.importKey;
  if (key === undefined) return saveArticleRows(db, article, contentHash, options);
  const revision = options.revisionHash ?? contentHash;
  const known = statement(
    db,
    `SELECT d.revision_hash, a.id, a.slug, a.content_hash FROM import_duplicates d JOIN articles a ON a.id = d.article_id
     WHERE d.import_key = ?`,
  ).get(key) as { revision_hash: string; id: string; slug: string; content_hash: string } | undefined;
  if (known && known.revision_hash === revision && known.content_hash === contentHash) {
    return { outcome: 'unchanged', id: known.id, slug: known.slug };
  }
  const result = saveArticleRows(db, article, contentHash, options);
  if (result.outcome === 'duplicate') {
    statement(
      db,
      `INSERT INTO import_duplicates (import_key, article_id, revision_hash) VALUES (?, ?, ?)
       ON CONFLICT (import_key) DO UPDATE SET article_id = excluded.article_id, revision_hash = excluded.revision_hash`,
    ).run(key, result.id, revision);
  } else if (known) {
    // The key now names an article of its own.
    statement(db, 'DELETE FROM import_duplicates WHERE import_key = ?').run(key);
  }
  return result;
}
