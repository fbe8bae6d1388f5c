/**
 * @module
 * Saving a batch of articles to PostgreSQL in one transaction, each with its own outcome,
 * remembering the import keys of duplicates (see migration 007) so that importing them again is
 * `unchanged`. What the saves concern is read for the whole batch at once and new articles are
 * inserted together (see article-insert.ts); the rarer saves that change stored rows (updates,
 * duplicates to remember, taken slugs) take the one-article path in their turn.
 */
import { planSave } from '../save-plan.ts';
import { articleRevisionHash } from '../story-hash.ts';
import type { SaveResult } from '../store.ts';
import type { ArticleSave, BatchFailure } from '../transfer-store.ts';
import { unavailableCause } from '../unavailable.ts';
import { normaliseEntities } from '../entity-corrections.ts';
import { insertArticles, type NewArticle } from './article-insert.ts';
import { lockArticleWrites, saveArticleIn } from './article-write.ts';
import { eachAlone } from './batch.ts';
import { type BatchLookups, lookUpBatch, remember } from './batch-lookups.ts';
import type { Sql, Tx } from './connection.ts';

/**
 * Saves `items` as `saveArticle` would, in one transaction: if anything fails, that transaction
 * is undone and each item is saved in one of its own, so an item that fails is reported as
 * `failed` in its place and leaves nothing behind.
 *
 * @example
 * await saveArticleBatch(pool, [{ article, contentHash, options: { importKey: '/news/a.txt' } }]); // [{ outcome: 'created', … }]
 */
export async function saveArticleBatch(pool: Sql, items: readonly ArticleSave[]): Promise<(SaveResult | BatchFailure)[]> {
  try {
    return (await pool.begin((sql) => saveTogether(sql, items))) as SaveResult[];
  } catch (err) {
    // A database that cannot be reached fails each item alone the same way, one deadline at a time.
    if (unavailableCause(err)) throw err;
    return eachAlone(pool, items, saveRemembering);
  }
}

/** The decision for one item that needs no write of its own, or null when it does. */
type Quick = { result: SaveResult; insert?: NewArticle } | null;

async function saveTogether(sql: Tx, items: readonly ArticleSave[]): Promise<SaveResult[]> {
  await lockArticleWrites(sql);
  const results: SaveResult[] = [];
  let pending: NewArticle[] = [];
  let known: BatchLookups | undefined;
  for (const [n, item] of items.entries()) {
    known ??= await lookUpBatch(sql, items.slice(n));
    const quick = decide(known, item);
    if (quick) {
      if (quick.insert) pending.push(quick.insert);
      results.push(quick.result);
      continue;
    }
    // In order: the one-article path reads what the articles before it wrote.
    await insertArticles(sql, pending);
    pending = [];
    results.push(await saveRemembering(sql, item));
    known = undefined;
  }
  await insertArticles(sql, pending);
  return results;
}

/** What `saveRemembering` would do with `item`, when that is to insert it or nothing at all. */
function decide(known: BatchLookups, { article, contentHash, options = {} }: ArticleSave): Quick {
  const key = options.importKey;
  if (key !== undefined) {
    const duplicate = known.duplicates.get(key);
    if (duplicate) {
      const same = duplicate.revision_hash === (options.revisionHash ?? contentHash) && duplicate.content_hash === contentHash;
      return same ? { result: { outcome: 'unchanged', id: duplicate.id, slug: duplicate.slug } } : null;
    }
  }
  const revisionHash = options.revisionHash ?? articleRevisionHash(article);
  const plan = planSave(
    article,
    { ...options, revisionHash },
    {
      byKey: key === undefined ? undefined : known.byKey.get(key),
      bySlug: known.bySlug.get(article.slug),
      twin: known.byHash.get(contentHash),
    },
  );
  if (plan.kind === 'skip' && (plan.outcome === 'unchanged' || key === undefined)) {
    return { result: { outcome: plan.outcome, id: plan.id, slug: plan.slug } };
  }
  if (plan.kind !== 'create' || plan.freeSlug) return null;
  const stored = normaliseEntities(article);
  const importKey = key ?? null;
  remember(known, {
    id: stored.id,
    slug: stored.slug,
    created_at: stored.createdAt,
    revision_hash: revisionHash,
    import_key: importKey,
    content_hash: contentHash,
  });
  return {
    result: { outcome: 'created', id: stored.id, slug: stored.slug },
    insert: { article: stored, contentHash, revisionHash, importKey },
  };
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
