/**
 * @module
 * Searching articles, as a plain function over a `Store`: the listing's defaults (20 a page,
 * public articles only unless asked) applied to the store's full-text search.
 */
import type { SearchPage, Store } from '../store/store.ts';
import { DEFAULT_PAGE_SIZE, type ListParams, type ReadOptions } from './articles.ts';

/** What to search for, with the listing's filters and paging. */
export interface SearchParams extends Omit<ListParams, 'order'> {
  /** What the user typed. */
  q: string;
}

/**
 * A page of the articles matching `params.q`, best first.
 *
 * @example
 * const page = await searchArticles(store, { q: '"night ferry"', section: 'local' }, { now: new Date() });
 * page.items[0]?.snippet; // '… the <mark>night</mark> <mark>ferry</mark> sailed …'
 */
export function searchArticles(store: Store, params: SearchParams, options: ReadOptions): Promise<SearchPage> {
  const { q, limit, ...filters } = params;
  return store.search(q, {
    ...filters,
    limit: limit ?? DEFAULT_PAGE_SIZE,
    now: options.now,
    includeHidden: options.includeHidden ?? false,
  });
}
