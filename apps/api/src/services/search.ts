/**
 * @module
 * Searching articles, as a plain function over a `Store`: the listing's defaults (20 a page,
 * public articles only unless asked) applied to the store's full-text search.
 */
import type { Store } from '../store/store.ts';
import { DEFAULT_PAGE_SIZE, type ListParams, type ReadOptions } from './articles.ts';

/** What to search for, with the listing's filters and paging. */
export interface SearchParams extends Omit<ListParams, 'order'> {
  /** What the user typed. */
  q: string;
}

/**
 * A page of the articles matching `params.q`, best first, as the JSON text of a `SearchPage`
 * (see `SearchStore.searchJson`): what the search route sends, with the article revision it was
 * read at.
 *
 * @example
 * const { json } = await searchArticlesJson(store, { q: '"night ferry"', section: 'local' }, { now: new Date() });
 * JSON.parse(json).items[0]?.snippet; // '… the <mark>night</mark> <mark>ferry</mark> sailed …'
 */
export function searchArticlesJson(store: Store, params: SearchParams, options: ReadOptions): Promise<{ json: string; revision: number }> {
  const { q, limit, ...filters } = params;
  return store.searchJson(q, {
    ...filters,
    limit: limit ?? DEFAULT_PAGE_SIZE,
    now: options.now,
    includeHidden: options.includeHidden ?? false,
  });
}
