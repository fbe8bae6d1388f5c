/**
 * @module
 * Loading the search page: the results, the names of the filters in use, and a message for each
 * filter that cannot be used, with names the reader may have meant for people, places and
 * organisations no story names.
 */
import { ApiResponseError, findFilterNames, searchArticles, type SearchResults, suggestEntities } from '../data/index.ts';
import { namesInResults, unknownNameMessage } from './search-filters.ts';
import {
  ENTITY_FILTERS,
  type FilterErrors,
  NAME_FILTERS,
  type NameFilter,
  parseSearch,
  type SearchFields,
  type SearchRequest,
  searchPath,
  TOPIC_FILTERS,
} from './search-query.ts';

/** A name the reader may have meant, as a link to the same search with it. */
export interface Suggestion {
  name: string;
  path: string;
}

/** What the search page shows. */
export interface SearchPageData {
  fields: SearchFields;
  request: SearchRequest;
  /** Undefined without words to search for, or when the page of results has expired. */
  results: SearchResults | undefined;
  /** Whether `cursor` named a page of results that is no longer there. */
  expired: boolean;
  /** The names of the filters' slugs as the API knows them; null where no story carries one. */
  names: Partial<Record<NameFilter, string | null>>;
  errors: FilterErrors;
  suggestions: Partial<Record<NameFilter, Suggestion[]>>;
}

/**
 * The search in `params`, with what the page says about its filters.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const page = await loadSearchPage(Astro.url.searchParams);
 */
export async function loadSearchPage(params: URLSearchParams): Promise<SearchPageData> {
  const { fields, request, errors: unreadable } = parseSearch(params);
  let expired = false;
  const searching = request.q
    ? searchArticles(request).catch((error: unknown) => {
        // A cursor from an older search or a changed index: start the search again.
        if (!(request.cursor && error instanceof ApiResponseError && error.status === 400)) throw error;
        expired = true;
        return undefined;
      })
    : undefined;
  // People, places and organisations are looked up beside the search; results already name the
  // section, topic and author they match, so those are looked up only when nothing matched.
  const [results, entityNames] = await Promise.all([searching, findFilterNames(request, ENTITY_FILTERS)]);
  const named = { ...entityNames, ...namesInResults(request, results?.items ?? []) };
  const names = {
    ...named,
    ...(await findFilterNames(
      request,
      TOPIC_FILTERS.filter((filter) => !(filter in named)),
    )),
  };
  const errors: FilterErrors = { ...unreadable };
  for (const filter of NAME_FILTERS) if (names[filter] === null) errors[filter] = unknownNameMessage(filter, fields[filter]);
  const unknown = ENTITY_FILTERS.filter((filter) => names[filter] === null);
  const suggested = await Promise.all(
    unknown.map(async (filter) => {
      const found = await suggestEntities(filter, fields[filter]);
      return [filter, found.map(({ name, slug }) => ({ name, path: searchPath({ ...fields, [filter]: slug }) }))] as const;
    }),
  );
  return { fields, request, results, expired, names, errors, suggestions: Object.fromEntries(suggested) };
}
