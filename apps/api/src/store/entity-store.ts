/**
 * @module
 * The entity part of the storage contract: the people, places and organisations articles name,
 * the quotations attributed to them, articles related by what they share, and editors'
 * corrections to what enrichment found. An article's `mentions` and `quotes` live in its
 * document; the tables behind this interface index them, and are written in the same
 * transaction as the article.
 */
import type { Article, ArticleSummary, EntityType, Mention, Quote } from '@dateline/model';
import type { Visibility } from './article-store.ts';
import type { EntityCorrection } from './entity-corrections.ts';

/** A person, place or organisation with the number of articles naming it that the reader may see. */
export interface EntityCount {
  type: EntityType;
  name: string;
  slug: string;
  /** Other names it goes by: names editors renamed into it. */
  aliases: string[];
  articleCount: number;
}

/** Filters and paging of `listEntities`. */
export interface EntityQuery extends Visibility {
  type?: EntityType | undefined;
  /** Part of the name or of an alias, ignoring case and accents. */
  q?: string | undefined;
  limit: number;
  /** The `nextCursor` of the previous page of the same listing. */
  cursor?: string | undefined;
}

/** One page of entities, most named first. */
export interface EntityPage {
  items: EntityCount[];
  nextCursor: string | null;
  total: number;
}

/** Filters and paging of `listQuotes`. */
export interface QuoteQuery extends Visibility {
  /** The speaker's slug. */
  speaker?: string | undefined;
  /** Only quotations whose speaker is an entity of this type. */
  type?: EntityType | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** A quotation with where it stands: the article (slug, headline, time) and its index there. */
export interface QuoteInArticle extends Quote {
  /** Index in the article's `quotes`. */
  index: number;
  article: { slug: string; headline: string; publishedAt: string | null };
}

/** One page of quotations, newest article first, then in the order of the article. */
export interface QuotePage {
  items: QuoteInArticle[];
  nextCursor: string | null;
  total: number;
}

/** What `updateEntities` changes: a fresh enrichment, corrections to add, or both. */
export interface EntityUpdate {
  /**
   * Replaces what was found in the text (editors' corrections still apply on top), and takes the
   * article off the enrichment queue. Ignored when the article's story is no longer the one with
   * `contentHash` (it changed while being enriched): it stays queued.
   */
  enrichment?: { mentions: Mention[]; quotes: Quote[]; contentHash: string } | undefined;
  /** Kept with the article and applied, after those already kept, to every later enrichment. */
  corrections?: EntityCorrection[] | undefined;
  /** When the corrections were made. */
  now: Date;
}

/** An article waiting on the enrichment queue. */
interface QueuedArticle {
  article: Article;
  /** Its story as it was read: an enrichment of it is only stored while it still is the story. */
  contentHash: string;
  /** Failed attempts so far. */
  attempts: number;
}

/** What `claimForEnrichment` takes. */
interface ClaimOptions {
  limit: number;
  /** Only articles whose id sorts after this one (a run's position in the queue). */
  after?: string | undefined;
  maxAttempts?: number | undefined;
  /** The claimer's clock: claims that ran out before it are free. */
  now: Date;
  /** How long the claim lasts: longer than the worker takes over a batch. */
  leaseMs: number;
}

/** Where an article stands with enrichment. */
export interface EnrichmentState {
  /** Null once enriched; otherwise when it was queued (it was written, or enriching failed). */
  queuedAt: string | null;
  /** Failed attempts since it was queued. */
  attempts: number;
  /** Why the last attempt failed. */
  error: string | null;
}

/** The enrichment queue at a glance. */
export interface EnrichmentStatus {
  enriched: number;
  queued: number;
  /** Queued articles whose enrichment failed at least once, with the last error (at most 20). */
  failing: { slug: string; attempts: number; error: string }[];
}

/**
 * Storage of entities, quotations and corrections.
 *
 * @example
 * const page = await store.listEntities({ type: 'person', limit: 20, now: new Date() });
 */
export interface EntityStore {
  /**
   * Entities named by at least one visible article, by that article count (most first), then
   * slug and type. Throws `InvalidCursorError` for a cursor not issued for this listing.
   */
  listEntities(query: EntityQuery): Promise<EntityPage>;
  /**
   * The entity with this slug (and type, when given) with its visible article count, or null
   * when no visible article names it. Without a type, the one named by the most articles.
   */
  getEntity(slug: string, options: Visibility & { type?: EntityType | undefined }): Promise<EntityCount | null>;
  /** Quotations in visible articles, newest article first. Throws `InvalidCursorError` for a foreign cursor. */
  listQuotes(query: QuoteQuery): Promise<QuotePage>;
  /**
   * Visible articles sharing the most entities with the article at `slug`, then the most tags,
   * then its section, then the newest; null when that article is not visible itself.
   */
  relatedArticles(slug: string, options: Visibility & { limit: number }): Promise<ArticleSummary[] | null>;
  /**
   * Applies `update` to the stored article at `slug` (whatever its status) in one transaction:
   * keeps the corrections, applies every correction kept for it to its mentions and quotations,
   * and stores the result in its document and the entity tables. Null when there is no article.
   */
  updateEntities(slug: string, update: EntityUpdate): Promise<Article | null>;
  /**
   * `updateEntities` with an enrichment for each article, all in one transaction (a batch from
   * the queue: one commit rather than one per article). How many were stored (not stale).
   */
  storeEnrichments(items: readonly { slug: string; enrichment: NonNullable<EntityUpdate['enrichment']> }[], now: Date): Promise<number>;
  /**
   * Claims up to `limit` queued articles (any status) by id after `after` for `leaseMs` from
   * `now`, and returns them: while a claim lasts no other call claims the article, from any
   * process, so several workers share one queue without enriching a story twice. Leaves out
   * those that failed `maxAttempts` times or more when it is given. The queue is durable: an
   * article leaves it only in the transaction that stores its enrichment, and a claim whose
   * worker died runs out, after which the article is claimed again.
   */
  claimForEnrichment(options: ClaimOptions): Promise<QueuedArticle[]>;
  /** Counts one more failed attempt at the queued article with this id, and why, and lets go of its claim. */
  markEnrichmentFailed(articleId: string, error: string): Promise<void>;
  /** Queues every article again (to enrich them afresh after the extractor improved); how many. */
  queueAllForEnrichment(now: Date): Promise<number>;
  /** Where the article at `slug`, if visible under `options`, stands with enrichment. */
  enrichmentState(slug: string, options: Visibility): Promise<EnrichmentState | null>;
  /** Counts of enriched and queued articles, and the queued ones that failed. */
  enrichmentStatus(): Promise<EnrichmentStatus>;
}
