/**
 * @module
 * The search part of the storage contract: ranked full-text search over headline, standfirst,
 * body, author names and tags, with the listing filters, highlighted snippets and paging.
 */
import type { ArticleSummary } from '@dateline/model';
import type { ArticleFilters } from './article-filters.ts';
import type { Visibility } from './article-store.ts';

/** Filters and paging for `search`. */
export interface SearchOptions extends Visibility, ArticleFilters {
  /** Page size; the store trusts the caller to have checked the range. */
  limit: number;
  /** The opaque `nextCursor` of the previous page of the same search. */
  cursor?: string | undefined;
  /** Count every match of a phrase search, however many (see `PHRASE_COUNT_MAX`). */
  exactTotal?: boolean | undefined;
}

/**
 * A search with a phrase counts its matches up to this many unless `exactTotal` is asked for:
 * whether words follow each other is read from their positions in every article that has them
 * all, and for a phrase of two words most articles use that is every article (about a
 * microsecond each). Past this count the total is a lower bound, as in Elasticsearch (whose
 * default is 10,000); it is also where a search stops being ranked (`RANKED_MAX` of each store).
 */
export const PHRASE_COUNT_MAX = 1_000;

/** One matching article. */
interface SearchHit {
  article: ArticleSummary;
  /** Relevance: higher is better. Comparable within one search, not across databases. */
  score: number;
  /**
   * A passage of the body as HTML: matches inside `<mark>…</mark>`, everything else escaped, so
   * it can be inserted into a page as it is.
   */
  snippet: string;
}

/** One page of results, best first. */
export interface SearchPage {
  items: SearchHit[];
  /** How many articles match, across all pages; at least that many when `totalExact` is false. */
  total: number;
  /** False when `total` is a lower bound: a phrase search that matched more than `PHRASE_COUNT_MAX`. */
  totalExact: boolean;
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * Full-text search. Whatever a user typed is a valid query: it is read as words, `"phrases"` and
 * `prefix*` terms that must all match, and never passed to the database's own query syntax.
 *
 * @example
 * const page = await store.search('"night ferry" harbo*', { limit: 20, now: new Date(), section: 'local' });
 */
export interface SearchStore {
  /**
   * The articles matching every term of `text`, best first (then by id), visible under
   * `options`. A query with no usable term matches nothing. Throws `InvalidCursorError` for a
   * cursor not issued for this search.
   */
  search(text: string, options: SearchOptions): Promise<SearchPage>;
  /**
   * `search` as the JSON text of its page, what the search route sends: the same bytes as
   * `JSON.stringify` of `search`'s page, with each summary as stored rather than parsed; with
   * the article revision read before the page (for the response cache, saving it a read).
   */
  searchJson(text: string, options: SearchOptions): Promise<{ json: string; revision: number }>;
}
