/**
 * @module
 * What the API and the CLI do with articles, as plain functions over a `Store`: no HTTP here, so
 * the same rules apply whether a request or an import triggers them.
 */
import { randomUUID } from 'node:crypto';
import type { Article, ArticleInput } from '@dateline/model';
import type { Actor, ArticleFilters, ArticleJson, ArticleOrder, ArticlePage, SaveOutcome, SlugFilters, Store } from '../store/store.ts';
import { prepareSave, validateSave } from './article-save.ts';
import { withEnrichment } from './enrichment.ts';

/** The public listing's filters (status for signed-in readers only) and paging. */
export interface ListParams extends ArticleFilters {
  order?: ArticleOrder | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
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
 * A page of the articles matching the words `q` (as search reads them), best first, with the
 * listing's filters, as a listing page. Signed-in readers (hidden articles included) also learn
 * who changed each one last. Throws `InvalidCursorError` for a cursor of another search.
 *
 * @example
 * const page = await searchListing(store, 'ferry timetable', { status: 'draft' }, { now: new Date(), includeHidden: true });
 */
export async function searchListing(store: Store, q: string, params: ListParams, options: ReadOptions): Promise<ArticlePage> {
  const { order: _order, limit, ...filters } = params;
  const page = await store.search(q, {
    ...filters,
    limit: limit ?? DEFAULT_PAGE_SIZE,
    now: options.now,
    includeHidden: options.includeHidden ?? false,
  });
  const items = await Promise.all(
    page.items.map(async ({ article }) => {
      if (!options.includeHidden) return article;
      const updatedBy: Actor | null = (await store.getEditorial(article.slug))?.updatedBy ?? null;
      return { ...article, updatedBy };
    }),
  );
  return { items, nextCursor: page.nextCursor, total: page.total };
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

/** The topic filters a feed may have. */
export type FeedFilters = SlugFilters & { limit: number };

/**
 * The `limit` newest public articles matching `filters`, whole, newest first: what a feed
 * carries. Always the public view, whoever asks. An article withdrawn between the listing and its
 * read is left out rather than failing the feed.
 *
 * @example
 * const items = await feedItems(store, { section: 'business', limit: 20 }, { now: new Date() });
 */
export async function feedItems(store: Store, filters: FeedFilters, options: Pick<ReadOptions, 'now'>): Promise<Article[]> {
  const page = await store.listArticles({ ...filters, order: 'newest', now: options.now, includeHidden: false });
  const articles = await Promise.all(
    page.items.map((summary) => store.getArticle(summary.slug, { now: options.now, includeHidden: false })),
  );
  return articles.filter((a): a is Article => a !== null);
}

/**
 * `getArticle` as its stored JSON text, with the article revision it was read at (one
 * statement), for an answer the response cache keeps.
 *
 * @example
 * const { article, revision } = await getArticleJsonAtRevision(store, 'night-ferry-returns', { now: new Date() });
 */
export function getArticleJsonAtRevision(
  store: Store,
  slug: string,
  options: ReadOptions,
): Promise<{ article: ArticleJson | null; revision: number }> {
  return store.getArticleJsonAtRevision(slug, { now: options.now, includeHidden: options.includeHidden ?? false });
}

/** What an import did, and to which article. */
export interface ImportResult {
  outcome: SaveOutcome;
  id: string;
  slug: string;
  /** For a duplicate: the slug the input would have had. */
  requestedSlug: string;
}

/** Where an import comes from, and overrides for tests and batch tools. */
export interface ImportOptions {
  /**
   * The import source, such as the file's resolved path: re-importing it updates the article it
   * made, and another story whose headline gives the same slug gets a slug of its own (`-2`…).
   * Without it the slug decides which article an import updates.
   */
  importKey?: string | undefined;
  now?: Date;
  newId?: () => string;
}

/**
 * Imports one article: validates and completes it as every save does (`prepareSave`), then stores it. With an
 * `importKey`, re-importing the same source updates the article it made (keeping its slug), and a
 * different story whose slug is taken gets `<slug>-2`, `-3`…; without one, the slug decides.
 * Re-importing the same content is `unchanged`, changed content is `updated` (keeping its id,
 * creation and first publication time), and a new source with a story already stored (same
 * headline, standfirst and body) is a `duplicate`. Throws the `ZodError` of invalid input.
 *
 * @example
 * const result = await importArticle(store, parseMarkdown(text), { importKey: resolve('news/ferry.md') });
 * console.log(result.outcome, result.slug); // 'created' 'night-ferry-returns'
 */
export async function importArticle(store: Store, input: ArticleInput, options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? new Date();
  const id = (options.newId ?? randomUUID)();
  const { importKey } = options;
  const save = await prepareSave(store, validateSave(input), {
    id,
    now,
    importKey,
    enrich: (article, existing) => withEnrichment(article, existing),
  });
  const saved = await store.saveArticle(save.article, save.contentHash, { revisionHash: save.revisionHash, importKey });
  return { ...saved, requestedSlug: save.article.slug };
}
