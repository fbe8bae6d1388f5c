/**
 * @module
 * The storage contract of the API. Every method is async so that a PostgreSQL implementation can
 * stand behind the same interface as the SQLite one; routes and services only ever see `Store`.
 */
import type { Article, ArticleSummary } from '@dateline/model';
import type { TaxonomyStore } from './taxonomy-store.ts';
import type { TokenStore } from './token-store.ts';

export type * from './taxonomy-store.ts';
export * from './token-store.ts';

/** Which way a listing runs through publication time. */
export type ListOrder = 'newest' | 'oldest';

/** The clock and audience of a read: hidden articles (drafts, scheduled, archived) only when asked. */
export interface Visibility {
  /** Include drafts, archived and future-dated articles (for editors; never for the public). */
  includeHidden?: boolean;
  /** The moment that decides whether a scheduled article is already public. */
  now: Date;
}

/** Filters and paging for `listArticles`. */
export interface ListArticlesQuery extends Visibility {
  order?: ListOrder;
  /** Page size; the store trusts the caller to have checked the range. */
  limit: number;
  /** The opaque `nextCursor` of the previous page. */
  cursor?: string | undefined;
  /** Section slug. */
  section?: string | undefined;
  /** Tag slug. */
  tag?: string | undefined;
  /** Author slug. */
  author?: string | undefined;
  /** Published at or after this moment. */
  from?: Date | undefined;
  /** Published strictly before this moment. */
  to?: Date | undefined;
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
 * - `created`: a new slug was stored;
 * - `updated`: the slug existed and its content changed;
 * - `unchanged`: the slug existed with the same content hash, nothing was written;
 * - `duplicate`: a new slug whose content hash another article already has, nothing was written.
 */
export type SaveOutcome = 'created' | 'updated' | 'unchanged' | 'duplicate';

/** The outcome of a save and the article it concerns. */
export interface SaveResult {
  outcome: SaveOutcome;
  /** The id and slug of the stored article (for `duplicate`: the existing one with that content). */
  id: string;
  slug: string;
}

/** The result of `migrate`: the schema version before and after, and what was applied. */
export interface MigrationReport {
  from: number;
  to: number;
  applied: { version: number; name: string }[];
}

/**
 * Persistent storage for articles and API tokens (and, as the API grows, comments).
 *
 * @example
 * const store = await openStore({ kind: 'sqlite', path: ':memory:' });
 * await store.migrate();
 * const page = await store.listArticles({ limit: 20, now: new Date() });
 */
export interface Store extends TokenStore, TaxonomyStore {
  /** Applies pending migrations, forward only; applying twice is a no-op. */
  migrate(): Promise<MigrationReport>;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /** Releases the connection; the store cannot be used afterwards. */
  close(): Promise<void>;
  /** The article with this slug, or null when missing or not visible under `options`. */
  getArticle(slug: string, options: Visibility): Promise<Article | null>;
  /**
   * A page of summaries ordered by publication time then id, so pages neither repeat nor skip
   * articles when new ones arrive between requests. Throws `InvalidCursorError` for a cursor it
   * did not issue for this order.
   */
  listArticles(query: ListArticlesQuery): Promise<ArticlePage>;
  /**
   * Stores `article` under its slug in one transaction (see `SaveOutcome`). When the slug already
   * exists, the stored id and `createdAt` are kept whatever `article` says.
   */
  saveArticle(article: Article, contentHash: string): Promise<SaveResult>;
  /** The article whose content has this hash, whatever its status, or null. */
  findByContentHash(contentHash: string): Promise<Article | null>;
  /** Every stored article, whatever its status. */
  countArticles(): Promise<number>;
}

/** A listing cursor that is malformed, or was issued for another order. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

/** A database URL the running build cannot serve (for now: PostgreSQL). */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
