/**
 * @module
 * `@dateline/api/client`: a typed client for the API (Hono RPC). Paths, query parameters and
 * response bodies are checked against the server's route contracts at compile time. It is for
 * code in this repository (the site); outside it, `@dateline/client` is the published client
 * (see docs/decisions/012-api-client.md).
 */
import { type ClientRequestOptions, hc } from 'hono/client';
import type { AppType } from './app.ts';

/** The typed client. */
export type Client = ReturnType<typeof hc<AppType>>;

/**
 * A client for the API at `baseUrl`.
 *
 * @example
 * const api = createClient('http://127.0.0.1:8787');
 * const res = await api.v1.articles.$get({ query: { limit: '10' } });
 * if (res.ok) {
 *   const { items, nextCursor } = await res.json();
 * }
 * const one = await api.v1.articles[':slug'].$get({ param: { slug: 'night-ferry-returns' }, query: { include: 'comments,related' } });
 * const found = await api.v1.search.$get({ query: { q: 'ferry', person: 'ines-calder', from: '2026-05-01T00:00:00Z' } });
 * if (found.status === 200) {
 *   const { items, total } = await found.json(); // items[0].snippet: '… the <mark>ferry</mark> …'
 * }
 */
export function createClient(baseUrl: string, options?: ClientRequestOptions): Client {
  return hc<AppType>(baseUrl, options);
}

export type { AppType } from './app.ts';
export type { ArticleFilters, SlugFilters } from './store/article-filters.ts';
