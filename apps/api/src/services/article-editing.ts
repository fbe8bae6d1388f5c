/**
 * @module
 * What editors do to articles, as plain functions over a `Store`: create, replace, patch and
 * delete. Invalid input throws the `ZodError` naming each field, before anything is written;
 * every write is one store transaction, so a failure leaves the article as it was.
 */
import { randomUUID } from 'node:crypto';
import { type Article, type ArticleInput, ArticleInput as ArticleInputSchema, prepareArticle } from '@dateline/model';
import { z } from 'zod';
import type { Store } from '../store/store.ts';
import { inputOf } from './article-input.ts';
import { canonicalJson, contentHash, revisionHash } from './content-hash.ts';
import { withEnrichment } from './enrichment.ts';
import { requireAltToPublish } from './image-alt.ts';
import { mergePatch } from './merge-patch.ts';

/** The outcome of an editorial write. */
export type EditResult =
  | { kind: 'created' | 'updated' | 'unchanged'; article: Article }
  /** POST only: the slug is taken. */
  | { kind: 'exists'; slug: string }
  /** The same content is already stored under `slug`. */
  | { kind: 'duplicate'; slug: string }
  /** PATCH only: nothing to patch. */
  | { kind: 'not-found' };

/** The clock and id source of a write; tests pin both. */
export interface EditOptions {
  now: Date;
  newId?: () => string;
}

/** A validation error on one field, in the form every other invalid input reports. */
function fieldError(path: string, message: string, input: unknown): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: [path], message, input }]);
}

/**
 * Stores a new article; `exists` when its slug is taken, `duplicate` when its content is stored.
 *
 * @example
 * const result = await createArticle(store, input, { now: new Date() });
 * if (result.kind === 'created') console.log(result.article.slug);
 */
export async function createArticle(store: Store, input: ArticleInput, options: EditOptions): Promise<EditResult> {
  const hash = contentHash(input);
  requireAltToPublish(ArticleInputSchema.parse(input));
  const article = withEnrichment(prepareArticle(input, { id: (options.newId ?? randomUUID)(), now: options.now }));
  const saved = await store.createArticle(article, hash, { revisionHash: revisionHash(input) });
  if (saved.outcome === 'created') return { kind: 'created', article };
  return { kind: saved.outcome, slug: saved.slug };
}

/**
 * Stores `input` as the whole article at `slug`, creating it if needed. The slug in the body, if
 * any, must be `slug`: moving an article is not a replacement.
 *
 * @example
 * const result = await replaceArticle(store, 'river-path-reopens', input, { now: new Date() });
 * result.kind; // 'created' | 'updated' | 'unchanged' | 'duplicate'
 */
export async function replaceArticle(store: Store, slug: string, input: ArticleInput, options: EditOptions): Promise<EditResult> {
  if (input.slug !== undefined && input.slug !== slug) {
    throw fieldError('slug', `must be "${slug}", the slug in the path, or be left out`, input.slug);
  }
  const complete: ArticleInput = { ...input, slug };
  contentHash(complete); // validates before any read, so invalid input costs nothing
  // A concurrent creation of the same slug turns a create into an update: try once more.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const existing = await store.getArticle(slug, { includeHidden: true, now: options.now });
    if (!existing) {
      const created = await createArticle(store, complete, options);
      if (created.kind !== 'exists') return created;
      continue;
    }
    return update(store, existing, complete, options);
  }
  throw new Error(`The article "${slug}" kept changing while it was being replaced.`);
}

/**
 * Applies a JSON merge patch (RFC 7396) to the writable fields of the article at `slug`, then
 * validates the result as a whole. The slug cannot be patched.
 *
 * @example
 * await patchArticle(store, 'river-path-reopens', { standfirst: null, status: 'archived' }, { now: new Date() });
 */
export async function patchArticle(store: Store, slug: string, patch: Record<string, unknown>, options: EditOptions): Promise<EditResult> {
  const existing = await store.getArticle(slug, { includeHidden: true, now: options.now });
  if (!existing) return { kind: 'not-found' };
  if ('slug' in patch && patch.slug !== slug) {
    throw fieldError('slug', 'cannot be changed by a patch; create the article under the new slug and delete this one', patch.slug);
  }
  const merged = mergePatch(inputOf(existing), patch) as ArticleInput;
  return update(store, existing, merged, options);
}

/** Saves `input` over `existing`, keeping its id, creation and first publication time. */
async function update(store: Store, existing: Article, input: ArticleInput, options: EditOptions): Promise<EditResult> {
  const parsed = ArticleInputSchema.parse(input);
  requireAltToPublish(parsed);
  // Saving the fields the article already has would only move updatedAt: report it unchanged.
  if (canonicalJson(parsed) === canonicalJson(ArticleInputSchema.parse(inputOf(existing)))) {
    return { kind: 'unchanged', article: existing };
  }
  const prepared = prepareArticle(input, {
    id: existing.id,
    now: options.now,
    previous: { createdAt: existing.createdAt, publishedAt: existing.publishedAt },
  });
  const article = withEnrichment(prepared, existing);
  const saved = await store.saveArticle(article, contentHash(input), { revisionHash: revisionHash(input) });
  if (saved.outcome === 'duplicate') return { kind: 'duplicate', slug: saved.slug };
  const stored = await store.getArticle(existing.slug, { includeHidden: true, now: options.now });
  return { kind: saved.outcome === 'unchanged' ? 'unchanged' : 'updated', article: stored ?? article };
}

/**
 * Deletes the article at `slug` with its comments; false when there is none.
 *
 * @example
 * if (!(await deleteArticle(store, 'river-path-reopens'))) // 404
 */
export function deleteArticle(store: Store, slug: string): Promise<boolean> {
  return store.deleteArticle(slug);
}
