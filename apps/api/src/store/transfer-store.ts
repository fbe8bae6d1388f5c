/**
 * @module
 * The bulk part of the storage contract, for `dateline import` and `dateline export`: saving many
 * articles in one transaction while keeping each one's outcome, restoring exported comments, and
 * streaming everything out.
 */
import type { Article } from '@dateline/model';
import type { SaveOptions, SaveResult } from './article-store.ts';
import type { StoredComment } from './comment-store.ts';
import type { EntityCorrection } from './entity-corrections.ts';
import type { EnrichmentState } from './entity-store.ts';
import type { ArticleEditors, StoredRevision } from './workflow-store.ts';

/** One article of a batch save: what `saveArticle` takes. */
export interface ArticleSave {
  article: Article;
  contentHash: string;
  options?: SaveOptions | undefined;
}

/** An item of a batch that was not stored; the rest of the batch is unaffected. */
export interface BatchFailure {
  outcome: 'failed';
  error: Error;
}

/** A stored article as an export carries it: the article and what identifies it in the store. */
interface ExportedArticle {
  article: Article;
  /** The story hash its duplicates are found by. */
  contentHash: string;
  /** The hash of everything supplied (see `SaveOptions`); null when the store has none. */
  revisionHash: string | null;
  /** Where it was imported from (see `SaveOptions`); null for an article written through the API. */
  importKey: string | null;
  /** Its saved revisions, oldest first; left out when it has none. */
  revisions?: StoredRevision[] | undefined;
  /** Who created it and changed it last; left out when neither is known. */
  editors?: ArticleEditors | undefined;
  /** Editors' corrections to its people, places and quotations, in the order they were made. */
  corrections: KeptCorrection[];
  /** Where it stands on the enrichment queue (`queuedAt` null: enriched). */
  enrichment: EnrichmentState;
}

/** An editor's correction as the store keeps it, with when it was made. */
export interface KeptCorrection {
  correction: EntityCorrection;
  createdAt: string;
}

/** A comment with every stored field, including those only moderators see. */
export interface ExportedComment extends StoredComment {
  /** The hash of the normalised body; null for comments stored before it was kept. */
  contentHash: string | null;
}

/** One record of an export, articles first and then comments, parents before their replies. */
export type ExportItem = ({ type: 'article' } & ExportedArticle) | { type: 'comment'; comment: ExportedComment };

/** What `restoreComments` did with one comment. */
export type CommentRestoreResult = { outcome: 'created' | 'updated' | 'unchanged'; id: string; articleSlug: string } | BatchFailure;

/**
 * Bulk transfers in and out of the database.
 *
 * @example
 * const results = await store.saveArticles([{ article, contentHash }]);
 * for await (const item of store.exportAll()) console.log(item.type);
 */
export interface TransferStore {
  /**
   * Saves each article as `saveArticle` would, in one transaction: an article that fails leaves
   * none of its rows behind and is reported as `failed` in its place, while the others are
   * stored. With an import key, a duplicate is remembered, so saving it again is `unchanged`.
   */
  saveArticles(items: readonly ArticleSave[]): Promise<(SaveResult | BatchFailure)[]>;
  /**
   * Stores exported comments by id, in one transaction: `created` when the id is new,
   * `unchanged` when every field is the same, otherwise `updated`. A comment whose article or
   * parent is not stored fails alone. Give parents before their replies.
   */
  restoreComments(items: readonly ExportedComment[]): Promise<CommentRestoreResult[]>;
  /**
   * Puts articles back where an export says they stood on the enrichment queue, in one
   * transaction: `queuedAt` null takes an article off it, otherwise it is queued with that time,
   * its attempts and its last error. Ids not stored are passed over.
   */
  restoreEnrichment(items: readonly { articleId: string; enrichment: EnrichmentState }[]): Promise<void>;
  /**
   * Every article (any status, oldest created first) and then every comment (any status, parents
   * before replies), read from one snapshot and streamed, never held in memory all at once.
   * Stop iterating early and the snapshot is released.
   */
  exportAll(): AsyncIterable<ExportItem>;
}
