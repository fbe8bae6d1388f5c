/**
 * @module
 * The editorial half of article storage: creating an article only where its slug is free,
 * deleting one with its comments, and the revision counter that lets a response cache know,
 * with one cheap read, whether any article changed (in this process or any other).
 */
import type { Article } from '@dateline/model';
import type { SaveOptions } from './article-store.ts';

/**
 * What `createArticle` did:
 * - `created`: stored under its slug;
 * - `exists`: the slug is taken (`id` is that article's), nothing was written;
 * - `duplicate`: another article already has this content (`id`, `slug` are that one's), nothing was written.
 */
interface CreateArticleResult {
  outcome: 'created' | 'exists' | 'duplicate';
  id: string;
  slug: string;
}

/**
 * Storage for editors' writes and for cache validation.
 *
 * @example
 * const result = await store.createArticle(article, hash);
 * if (result.outcome === 'exists') // 409
 */
export interface ArticleEditStore {
  /**
   * Stores a new article in one transaction, unless its slug is taken or its story (`contentHash`)
   * is already stored. `options.revisionHash` is kept as `saveArticle` keeps it.
   */
  createArticle(article: Article, contentHash: string, options?: SaveOptions): Promise<CreateArticleResult>;
  /**
   * Deletes the article with this slug and its comments in one transaction; false when there is
   * none. With `expected`, throws `StaleWriteError` (deleting nothing) unless it is the stored article.
   */
  deleteArticle(slug: string, options?: { expected?: Article | undefined }): Promise<boolean>;
  /**
   * A number that changes whenever any article is created, changed or deleted, by any process
   * sharing the database. It never changes otherwise, so equal values mean equal articles.
   */
  articleRevision(): Promise<number>;
  /**
   * The earliest publication time after `now` of a published article, or null: when a listing
   * read now may change without any write (a scheduled article going public).
   */
  nextPublicationAfter(now: Date): Promise<Date | null>;
}
