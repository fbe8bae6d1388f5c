/**
 * @module
 * The storage contract of the API. Every method is async so that a PostgreSQL implementation can
 * stand behind the same interface as the SQLite one; routes and services only ever see `Store`.
 */
import type { AccountStore } from './account-store.ts';
import type { ArticleEditStore } from './article-edit-store.ts';
import type { ArticleStore } from './article-store.ts';
import type { SearchStore } from './search-store.ts';
import type { CommentStore } from './comment-store.ts';
import type { EntityStore } from './entity-store.ts';
import type { MediaStore } from './media-store.ts';
import type { CommentBlockStore } from './comment-block-store.ts';
import type { EntityMergeStore } from './entity-merge-store.ts';
import type { FrontPageStore } from './front-page-store.ts';
import type { TaxonomyStore } from './taxonomy-store.ts';
import type { TokenStore } from './token-store.ts';
import type { TransferStore } from './transfer-store.ts';
import type { RateLimitStore } from './rate-limit-store.ts';
import type { WorkflowStore } from './workflow-store.ts';

export * from './account-store.ts';
export type * from './article-edit-store.ts';
export type * from './article-filters.ts';
export type * from './article-store.ts';
export type * from './search-store.ts';
export type * from './comment-store.ts';
export type * from './entity-store.ts';
export * from './media-store.ts';
export * from './comment-block-store.ts';
export * from './entity-merge-store.ts';
export type * from './front-page-store.ts';
export type * from './taxonomy-store.ts';
export * from './token-store.ts';
export type * from './transfer-store.ts';
export * from './workflow-store.ts';

/** What the schema migrations did: the schema version before and after, and what was applied. */
export interface SchemaReport {
  from: number;
  to: number;
  applied: { version: number; name: string }[];
}

/** The result of `migrate`: the schema's report, and what was brought up to the program's schemas. */
export interface MigrationReport extends SchemaReport {
  /** Stored summaries written again because the summary schema changed (`summary-shape.ts`). */
  summariesRewritten: number;
}

/**
 * Persistent storage: the lifecycle of the database, plus one interface per kind of data
 * (`ArticleStore`, `TokenStore`, `TaxonomyStore`, and as the API grows `SearchStore`, `CommentStore`).
 *
 * @example
 * const store = await openStore({ kind: 'sqlite', path: ':memory:' });
 * await store.migrate();
 * const page = await store.listArticles({ limit: 20, now: new Date() });
 */
export interface Store
  extends ArticleStore,
    SearchStore,
    ArticleEditStore,
    CommentStore,
    TokenStore,
    TaxonomyStore,
    TransferStore,
    EntityStore,
    AccountStore,
    WorkflowStore,
    MediaStore,
    CommentBlockStore,
    EntityMergeStore,
    FrontPageStore,
    RateLimitStore {
  /** Applies pending migrations, forward only; applying twice is a no-op. */
  migrate(): Promise<MigrationReport>;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /** Releases the connection; the store cannot be used afterwards. */
  close(): Promise<void>;
  /**
   * Runs `load`, an import of about `expected` articles, through the store it is given. On
   * PostgreSQL a first load of 20,000 articles or more into a database with no stories runs
   * in one transaction that builds the search indexes once at its end instead of entry by entry:
   * if it fails anywhere none of it is kept and the indexes stay as they were, and searches wait
   * for it. Otherwise, and always on SQLite, `load` gets this store and its batches commit as they go.
   */
  importInBulk<T>(expected: number, load: (store: Store) => Promise<T>): Promise<T>;
}

/** A listing cursor that is malformed, or was issued for another order. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}

/** A database the running build cannot open (unreachable, or refused the connection). */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
