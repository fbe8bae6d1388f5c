/**
 * @module
 * The one way an article is made ready to store, for the API's writes and every import alike:
 * the input validated once (`validateSave`), then (`prepareSave`) the stored version it replaces
 * found once, the article completed against it and enriched, with the hashes the store compares.
 * The callers differ only in how they store the result (one write with its revision, or a batch).
 */
import {
  type Article,
  type ArticleInput,
  type ArticleInputParsed,
  articleSlug,
  completeArticle,
  type SaveHashes,
  saveHashes,
  validateArticleInput,
} from '@dateline/model';
import type { Store } from '../store/store.ts';
import { sha256Hex, storyHash } from '../store/story-hash.ts';

/** An article input validated once, with the hashes of the save. */
export interface ValidatedSave extends SaveHashes {
  input: ArticleInputParsed;
}

/** An article ready to store: completed against the version it replaces, if any, and enriched. */
export interface PreparedSave extends ValidatedSave {
  article: Article;
  /** The stored version this save replaces, or null for a new article. */
  existing: Article | null;
}

/** How `prepareSave` completes an article. */
export interface PrepareSaveOptions {
  /** The id a new article gets. */
  id: string;
  /** The time of the save; also the clock for reading the stored version. */
  now: Date;
  /**
   * The stored version this save replaces when the caller has read it already (null: a new
   * article); when left out, `previousVersion` finds it.
   */
  existing?: Article | null | undefined;
  /** Where an imported article comes from: the stored version is looked up by it first. */
  importKey?: string | undefined;
  /** Adds what enrichment finds to the completed article, given the stored version. */
  enrich: (article: Article, existing: Article | null) => Article | Promise<Article>;
}

/**
 * `input` validated (throwing its `ZodError`) with the content and revision hashes of the save:
 * the only validation a save makes of what it was given.
 *
 * @example
 * const validated = validateSave(input);
 * if (validated.input.status === 'published') requireAltToPublish(validated.input);
 */
export function validateSave(input: ArticleInput): ValidatedSave {
  const parsed = validateArticleInput(input);
  return { input: parsed, ...saveHashes(parsed, sha256Hex) };
}

/**
 * `validated` with `change` made to its input and its hashes taken again, without validating it
 * again: for a change the caller knows keeps it valid, such as a status its role gives.
 *
 * @example
 * const kept = withInput(validated, { status: stored.status });
 */
export function withInput(validated: ValidatedSave, change: Partial<ArticleInputParsed>): ValidatedSave {
  const input = { ...validated.input, ...change };
  return { input, ...saveHashes(input, sha256Hex) };
}

/**
 * The article to store for `validated`: completed with the id, creation and first publication of
 * the stored version it replaces (given, or found by `previousVersion`), or as a new article with
 * `options.id`, then enriched.
 *
 * @example
 * const save = await prepareSave(store, validateSave(input), { id: randomUUID(), now: new Date(), enrich: withEnrichment });
 * await store.saveArticle(save.article, save.contentHash, { revisionHash: save.revisionHash });
 */
export async function prepareSave(store: Store, validated: ValidatedSave, options: PrepareSaveOptions): Promise<PreparedSave> {
  const { now } = options;
  const existing =
    options.existing !== undefined
      ? options.existing
      : await previousVersion(store, articleSlug(validated.input, options.id), validated.contentHash, options.importKey, now);
  const previous = existing ? { createdAt: existing.createdAt, publishedAt: existing.publishedAt } : undefined;
  const article = completeArticle(validated.input, { id: existing?.id ?? options.id, now, previous });
  return { ...validated, article: await options.enrich(article, existing), existing };
}

/**
 * The stored article a save of a story with this slug and content hash would update: the one
 * with `importKey`, else the article at `slug` when it tells the same story (imported before keys
 * existed); without a key, the article at `slug`. The store decides what the save does; this
 * gives its id, dates and enrichment to keep.
 *
 * @example
 * const existing = await previousVersion(store, 'night-ferry-returns', hash, '/news/ferry.md', new Date());
 */
async function previousVersion(
  store: Store,
  slug: string,
  contentHash: string,
  importKey: string | undefined,
  now: Date,
): Promise<Article | null> {
  const atSlug = () => store.getArticle(slug, { includeHidden: true, now });
  if (importKey === undefined) return atSlug();
  const byKey = await store.findByImportKey(importKey);
  if (byKey) return byKey;
  const article = await atSlug();
  return article && storyHash(article) === contentHash ? article : null;
}
