/**
 * @module
 * The article half of the storage contract: reading, listing and saving articles.
 */
import type { Article, ArticleSummary } from '@dateline/model';
import type { ArticleFilters } from './article-filters.ts';
import type { Actor, RevisionRecord } from './workflow-store.ts';

/** Which way a listing runs through publication time. */
export type ListOrder = 'newest' | 'oldest';

/** The orders of the article listing: by publication time, or by last change (`updated`, newest first). */
export type ArticleOrder = ListOrder | 'updated';

/** The clock and audience of a read: hidden articles (drafts, scheduled, archived) only when asked. */
export interface Visibility {
  /** Include drafts, archived and future-dated articles (for editors; never for the public). */
  includeHidden?: boolean;
  /** The moment that decides whether a scheduled article is already public. */
  now: Date;
}

/** Filters and paging for `listArticles`. */
export interface ListArticlesQuery extends Visibility, ArticleFilters {
  order?: ArticleOrder;
  /** Page size; the store trusts the caller to have checked the range. */
  limit: number;
  /** The opaque `nextCursor` of the previous page. */
  cursor?: string | undefined;
}

/** One page of a listing. */
export interface ArticlePage {
  items: ArticleSummary[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** How many articles match the filters, across all pages. */
  total: number;
}

/**
 * What `saveArticle` did:
 * - `created`: a new article was stored;
 * - `updated`: the article existed (same import key, or same slug for a save without one) and changed;
 * - `unchanged`: the article existed with the same revision hash; nothing was written;
 * - `duplicate`: a new article whose story (content hash) another article already tells; nothing was written.
 */
export type SaveOutcome = 'created' | 'updated' | 'unchanged' | 'duplicate';

/** What identifies a save, beyond the article and its content hash. */
export interface SaveOptions {
  /**
   * Hash of everything supplied for the article (tags, section, dates…, not only the story): equal
   * to the stored one means there is nothing to write. Defaults to a hash of the stored fields of
   * `article` (all but its id and timestamps).
   */
  revisionHash?: string | undefined;
  /**
   * Where the article comes from, such as the resolved path of an imported file. A key seen before
   * updates that article, keeping its slug; a new key never overwrites another story: when its
   * slug is taken, the article is stored under the first free `<slug>-2`, `<slug>-3`… Without a
   * key, the slug decides which article a save updates.
   */
  importKey?: string | undefined;
  /** Who saves: recorded as the article's last editor (and creator, for a new article). */
  actor?: Actor | null | undefined;
  /** Keep a revision of the article as saved (see `RevisionRecord`), unless nothing changes. */
  revision?: RevisionRecord | undefined;
  /**
   * The stored article this save was made against: when the stored one is no longer exactly it,
   * the save throws `StaleWriteError` and writes nothing.
   */
  expected?: Article | undefined;
  /**
   * Move the article from slug `from` to the article's slug first (throws `SlugTakenError` when
   * another article has it); `keepOldSlug` records `from` so its address redirects.
   */
  rename?: { from: string; keepOldSlug: boolean } | undefined;
}

/** The outcome of a save and the article it concerns. */
export interface SaveResult {
  outcome: SaveOutcome;
  /** The id and slug of the stored article (for `duplicate`: the existing one with that content). */
  id: string;
  slug: string;
}

/** An article as the JSON text the store keeps (what `getArticle` would parse), and its `updatedAt`. */
export interface ArticleJson {
  json: string;
  updatedAt: string;
}

/**
 * Persistent storage of articles.
 *
 * @example
 * const page = await store.listArticles({ limit: 20, now: new Date() });
 */
export interface ArticleStore {
  /** The article with this slug, or null when missing or not visible under `options`. */
  getArticle(slug: string, options: Visibility): Promise<Article | null>;
  /**
   * `getArticle` as the JSON text the store keeps, with the article revision (see
   * `articleRevision`) read together, in one statement: the revision is the one the article was
   * read at, so a response cache can tag the answer with it without a read of its own before, and
   * the text is sent as it is, never parsed and serialised again.
   */
  getArticleJsonAtRevision(slug: string, options: Visibility): Promise<{ article: ArticleJson | null; revision: number }>;
  /**
   * A page of summaries ordered by publication time then id, so pages neither repeat nor skip
   * articles when new ones arrive between requests. Throws `InvalidCursorError` for a cursor it
   * did not issue for this order.
   */
  listArticles(query: ListArticlesQuery): Promise<ArticlePage>;
  /**
   * Stores `article` in one transaction (see `SaveOutcome` and `SaveOptions`). `contentHash`
   * identifies the story (headline, standfirst, body): another article with the same one makes a
   * new article a `duplicate`. An update keeps the stored id, slug and `createdAt` whatever
   * `article` says.
   */
  saveArticle(article: Article, contentHash: string, options?: SaveOptions): Promise<SaveResult>;
  /** The article whose story has this content hash, whatever its status, or null. */
  findByContentHash(contentHash: string): Promise<Article | null>;
  /** The article saved with this import key, whatever its status, or null. */
  findByImportKey(importKey: string): Promise<Article | null>;
  /** Every stored article, whatever its status. */
  countArticles(): Promise<number>;
}
