/**
 * @module
 * The latest articles in full, for feeds: a page of the listing, then each article, a few
 * requests at a time.
 */
import type { Article } from '@dateline/model';
import { mapBounded } from '../lib/map-bounded.ts';
import { getArticle, listArticles, type ListArticlesParams } from './articles.ts';

/** Requests to the API in flight at once while fetching a feed's articles. */
export const ARTICLE_FETCH_CONCURRENCY = 4;

/**
 * The `limit` newest published articles matching `filters` (section, tag, author), whole, newest
 * first. An article withdrawn between the listing and its fetch is left out.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const articles = await latestArticles({ section: 'business' }, 20);
 */
export async function latestArticles(filters: Pick<ListArticlesParams, 'section' | 'tag' | 'author'>, limit: number): Promise<Article[]> {
  const { items } = await listArticles({ ...filters, limit });
  const articles = await mapBounded(items, ARTICLE_FETCH_CONCURRENCY, (summary) => getArticle(summary.slug));
  return articles.filter((a): a is Article => a !== null);
}
