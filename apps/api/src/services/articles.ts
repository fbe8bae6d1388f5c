/**
 * @module
 * What the API and the CLI do with articles, as plain functions over a `Store`: no HTTP here, so
 * the same rules apply whether a request or an import triggers them.
 */
import { randomUUID } from 'node:crypto';
import { type Article, type ArticleInput, prepareArticle } from '@dateline/model';
import type { ArticlePage, ListOrder, SaveOutcome, Store } from '../store/store.ts';
import { contentHash } from './content-hash.ts';

/** The public listing's filters and paging. */
export interface ListParams {
  order?: ListOrder | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
  section?: string | undefined;
  tag?: string | undefined;
  author?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** The reader's clock, and whether hidden articles are wanted (editors only). */
export interface ReadOptions {
  now: Date;
  includeHidden?: boolean;
}

/** Page size when the caller gives none. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * A page of article summaries, newest first unless asked otherwise.
 *
 * @example
 * const page = await listArticles(store, { limit: 10, section: 'politics' }, { now: new Date() });
 * const next = await listArticles(store, { limit: 10, section: 'politics', cursor: page.nextCursor ?? undefined }, { now: new Date() });
 */
export function listArticles(store: Store, params: ListParams, options: ReadOptions): Promise<ArticlePage> {
  return store.listArticles({
    ...params,
    order: params.order ?? 'newest',
    limit: params.limit ?? DEFAULT_PAGE_SIZE,
    now: options.now,
    includeHidden: options.includeHidden ?? false,
  });
}

/**
 * The article with this slug, or null when there is none the reader may see.
 *
 * @example
 * const article = await getArticle(store, 'night-ferry-returns', { now: new Date() });
 */
export function getArticle(store: Store, slug: string, options: ReadOptions): Promise<Article | null> {
  return store.getArticle(slug, { now: options.now, includeHidden: options.includeHidden ?? false });
}

/** What an import did, and to which article. */
export interface ImportResult {
  outcome: SaveOutcome;
  id: string;
  slug: string;
  /** For a duplicate: the slug the input would have had. */
  requestedSlug: string;
}

/** Overrides for tests and batch tools. */
export interface ImportOptions {
  now?: Date;
  newId?: () => string;
}

/**
 * Imports one article: validates and completes it with `prepareArticle`, then stores it under its
 * slug. Re-importing the same content is `unchanged`, changed content under an existing slug is
 * `updated` (keeping its id, creation and first publication time), and content already stored
 * under another slug is a `duplicate`. Throws the `ZodError` of invalid input.
 *
 * @example
 * const result = await importArticle(store, await parseMarkdown(text));
 * console.log(result.outcome, result.slug); // 'created' 'night-ferry-returns'
 */
export async function importArticle(store: Store, input: ArticleInput, options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? new Date();
  const hash = contentHash(input);
  let article = prepareArticle(input, { id: (options.newId ?? randomUUID)(), now });
  const existing = await store.getArticle(article.slug, { includeHidden: true, now });
  if (existing) {
    article = prepareArticle(input, {
      id: existing.id,
      now,
      previous: { createdAt: existing.createdAt, publishedAt: existing.publishedAt },
    });
  }
  const saved = await store.saveArticle(article, hash);
  return { ...saved, requestedSlug: article.slug };
}
