/**
 * @module
 * People, places and organisations from the API: one with its articles and quotations for its
 * page, and the articles related to an article by what they share.
 */
import { type EntityType, type Quote, Slug } from '@dateline/model';
import type { ArticleList } from './articles.ts';
import { api } from './client.ts';
import { callApi } from './request.ts';

/** A quotation with the article it is in; `block` is the paragraph it is in there. */
interface QuoteInArticle extends Quote {
  index: number;
  article: { slug: string; headline: string; publishedAt: string | null };
}

/** A person, place or organisation with a page of the articles naming it and its latest quotations. */
export interface EntityDetail {
  type: EntityType;
  name: string;
  slug: string;
  aliases: string[];
  /** Published articles naming it. */
  articleCount: number;
  articles: ArticleList;
  quotes: { items: QuoteInArticle[]; nextCursor: string | null; total: number };
}

/** Articles per page of an entity. */
const ENTITY_PAGE_SIZE = 20;

/**
 * The entity of `type` with `slug` and the page of its articles that `cursor` names (newest
 * first); null when no published article names it.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 * @throws {ApiResponseError} when the API refuses the request (400 for a cursor it does not know).
 *
 * @example
 * const putin = await getEntity('person', 'vladimir-putin');
 */
export async function getEntity(type: EntityType, slug: string, cursor?: string): Promise<EntityDetail | null> {
  // A string that cannot be a slug names nothing: no need to ask.
  if (!Slug.safeParse(slug).success) return null;
  const { client, timeoutMs } = api();
  const query = { type, limit: String(ENTITY_PAGE_SIZE), ...(cursor && { cursor }) };
  return callApi(
    `${type} ${slug}`,
    timeoutMs,
    (init) => client.v1.entities[':slug'].$get({ param: { slug }, query }, { init }),
    (res) => res.json(),
  );
}

/** Page size when walking the list of entities (the API's largest). */
const LIST_PAGE_SIZE = 100;

/**
 * People, places or organisations named by published articles, most named first, at most `max`,
 * with how many there are in all.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const { items, total } = await listEntities('person', 50_000);
 */
export async function listEntities(type: EntityType, max: number): Promise<{ items: { slug: string; name: string }[]; total: number }> {
  const { client, timeoutMs } = api();
  const items: { slug: string; name: string }[] = [];
  let total = 0;
  let cursor: string | undefined;
  do {
    const query = { type, limit: String(Math.min(LIST_PAGE_SIZE, Math.max(1, max - items.length))), ...(cursor && { cursor }) };
    const page = await callApi(
      `listing ${type} entities`,
      timeoutMs,
      (init) => client.v1.entities.$get({ query }, { init }),
      (res) => res.json(),
    );
    if (!page) break;
    items.push(...page.items.map((e) => ({ slug: e.slug, name: e.name })));
    total = page.total;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < max);
  return { items: items.slice(0, max), total };
}
