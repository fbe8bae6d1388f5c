/**
 * @module
 * People, places, organisations and quotations for readers, as plain functions over a `Store`:
 * the listings, an entity's page, an article's related articles and its enrichment state.
 * Editors' corrections are in entity-editing.ts.
 */
import type { EntityType, Mention, Quote } from '@dateline/model';
import type { ArticlePage, EntityCount, EntityPage, QuotePage, Store } from '../store/store.ts';
import type { ReadOptions } from './articles.ts';
import { MAX_ATTEMPTS } from './enrichment.ts';

/** Filters and paging of the entity listing. */
export interface EntityListParams {
  type?: EntityType | undefined;
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

const visibility = (options: ReadOptions) => ({ now: options.now, includeHidden: options.includeHidden ?? false });

/**
 * Entities named by public articles, most named first.
 *
 * @example
 * const people = await listEntities(store, { type: 'person', limit: 20 }, { now: new Date() });
 */
export function listEntities(store: Store, params: EntityListParams, options: ReadOptions): Promise<EntityPage> {
  return store.listEntities({ ...params, ...visibility(options) });
}

/** An entity, a page of the articles naming it (newest first) and the first of its quotations. */
export interface EntityDetail extends EntityCount {
  articles: ArticlePage;
  /** Continue with `GET /v1/quotes?speaker=<slug>&type=<type>&cursor=<nextCursor>`. */
  quotes: QuotePage;
}

/**
 * The entity with `slug` (of `type`, when given) with the page of its articles that `cursor`
 * names and its most recent quotations; null when no public article names it.
 *
 * @example
 * const putin = await getEntity(store, 'vladimir-putin', { type: 'person', limit: 20 }, { now: new Date() });
 */
export async function getEntity(
  store: Store,
  slug: string,
  params: { type?: EntityType | undefined; limit: number; quotesLimit: number; cursor?: string | undefined },
  options: ReadOptions,
): Promise<EntityDetail | null> {
  const entity = await store.getEntity(slug, { type: params.type, ...visibility(options) });
  if (!entity) return null;
  const [articles, quotes] = await Promise.all([
    store.listArticles({ [entity.type]: slug, limit: params.limit, cursor: params.cursor, order: 'newest', ...visibility(options) }),
    store.listQuotes({ speaker: slug, type: entity.type, limit: params.quotesLimit, ...visibility(options) }),
  ]);
  return { ...entity, articles, quotes };
}

/**
 * Quotations in public articles, newest first, optionally only one speaker's.
 *
 * @example
 * const page = await listQuotes(store, { speaker: 'xi-jinping', limit: 20 }, { now: new Date() });
 */
export function listQuotes(
  store: Store,
  params: { speaker?: string | undefined; type?: EntityType | undefined; limit: number; cursor?: string | undefined },
  options: ReadOptions,
): Promise<QuotePage> {
  return store.listQuotes({ ...params, ...visibility(options) });
}

/** Related articles listed when the caller gives no limit. */
export const DEFAULT_RELATED_LIMIT = 5;

/**
 * Public articles related to the one at `slug` (see `EntityStore.relatedArticles`); null when
 * that article is not public.
 *
 * @example
 * const related = await relatedArticles(store, 'xi-and-putin-sign-joint-pact', 5, { now: new Date() });
 */
export function relatedArticles(store: Store, slug: string, limit: number, options: ReadOptions) {
  return store.relatedArticles(slug, { limit, ...visibility(options) });
}

/** Where an article stands with enrichment, for clients. */
type EnrichmentStateName = 'enriched' | 'queued' | 'failed';

/** An article's people, places and organisations, its quotations, and its enrichment state. */
export interface ArticleEntities {
  /** `queued`: waiting for the background worker; `failed`: it gave up, `dateline enrich` tries again. */
  enrichment: { state: EnrichmentStateName; queuedAt: string | null; attempts: number };
  mentions: Mention[];
  quotes: Quote[];
}

/**
 * The entities, quotations and enrichment state of the article at `slug`; null when there is no
 * article the reader may see.
 *
 * @example
 * const { enrichment, mentions } = (await articleEntities(store, slug, { now: new Date() }))!;
 */
export async function articleEntities(store: Store, slug: string, options: ReadOptions): Promise<ArticleEntities | null> {
  const [article, state] = await Promise.all([
    store.getArticle(slug, visibility(options)),
    store.enrichmentState(slug, visibility(options)),
  ]);
  if (!article || !state) return null;
  const name: EnrichmentStateName = state.queuedAt === null ? 'enriched' : state.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued';
  return {
    enrichment: { state: name, queuedAt: state.queuedAt, attempts: state.attempts },
    mentions: article.mentions ?? [],
    quotes: article.quotes ?? [],
  };
}
