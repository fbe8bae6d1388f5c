/**
 * @module
 * A page of search results as the stores read it, each summary as the JSON text it is stored as,
 * and the two forms it is given in: parsed, for callers of `search`, and as the JSON text of the
 * page, for the search route, with the summaries spliced in as they are (parsing each and
 * serialising it again cost more than the rest of the answer's JSON).
 */
import type { ArticleSummary } from '@dateline/model';
import type { SearchPage } from './search-store.ts';

/** `SearchPage` with each hit's summary as its stored JSON text. */
export interface StoredSearchPage extends Omit<SearchPage, 'items'> {
  items: { summary: string; score: number; snippet: string }[];
}

/**
 * `page` with its summaries parsed.
 *
 * @example
 * parsedSearchPage({ items: [{ summary: '{"slug":"a"}', score: 1, snippet: '' }], total: 1, totalExact: true, nextCursor: null }).items[0]?.article.slug; // 'a'
 */
export function parsedSearchPage(page: StoredSearchPage): SearchPage {
  return {
    items: page.items.map((hit) => ({ article: JSON.parse(hit.summary) as ArticleSummary, score: hit.score, snippet: hit.snippet })),
    total: page.total,
    totalExact: page.totalExact,
    nextCursor: page.nextCursor,
  };
}

/**
 * The JSON text of `parsedSearchPage(page)`, the same bytes `JSON.stringify` gives (the stores
 * keep each summary as `JSON.stringify` wrote it), without parsing the summaries.
 *
 * @example
 * searchPageJson({ items: [], total: 0, totalExact: true, nextCursor: null }); // '{"items":[],"total":0,"totalExact":true,"nextCursor":null}'
 */
export function searchPageJson(page: StoredSearchPage): string {
  let items = '';
  for (const hit of page.items) {
    items += `${items ? ',' : ''}{"article":${hit.summary},"score":${JSON.stringify(hit.score)},"snippet":${JSON.stringify(hit.snippet)}}`;
  }
  return `{"items":[${items}],"total":${JSON.stringify(page.total)},"totalExact":${page.totalExact},"nextCursor":${JSON.stringify(page.nextCursor)}}`;
}
