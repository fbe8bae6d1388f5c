/**
 * @module
 * Full-text search over the API's `GET /v1/search`: ranked articles with a highlighted passage
 * each, filtered like the listing and paged by cursor.
 */
import type { Client } from '@dateline/api/client';
import type { ArticleSummary } from '@dateline/model';
import type { SearchRequest } from '../lib/search-query.ts';
import { api } from './client.ts';
import { ApiResponseError } from './errors.ts';
import { callApi } from './request.ts';
import { queryOf } from './query-string.ts';

type SearchQuery = Parameters<Client['v1']['search']['$get']>[0]['query'];

/** One matching article. */
export interface SearchHit {
  article: ArticleSummary;
  /** Relevance within this search; higher is better. */
  score: number;
  /** A passage as the API sends it: matches in `<mark>`, the rest escaped (see lib/snippet.ts). */
  snippet: string;
}

/** One page of results, best first. */
export interface SearchResults {
  items: SearchHit[];
  /** Matching articles across all pages; at least that many when `totalExact` is false. */
  total: number;
  /** False when the API counted a phrase search only so far (see `GET /v1/search`). */
  totalExact: boolean;
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Results per page. */
const RESULTS_PER_PAGE = 10;

/**
 * The articles matching `request.q` and its filters, best first.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 * @throws {ApiResponseError} when the API refuses the search (400: a cursor from another search).
 *
 * @example
 * const results = await searchArticles({ q: 'night ferry', section: 'travel', person: 'vladimir-putin' });
 */
export async function searchArticles(request: SearchRequest): Promise<SearchResults> {
  const { client, timeoutMs } = api();
  const query = queryOf({ ...request, limit: RESULTS_PER_PAGE }) as SearchQuery;
  const results = await callApi(
    `searching for "${request.q}"`,
    timeoutMs,
    (init) => client.v1.search.$get({ query }, { init }),
    (res) => res.json(),
  );
  if (!results) throw new ApiResponseError(404, 'searching: the API has no search');
  return results;
}
