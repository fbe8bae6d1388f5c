/**
 * @module
 * The latest articles in full, for feeds, in one request to the API (`GET /v1/feed-items`).
 */
import type { Article } from '@dateline/model';
import { api } from './client.ts';
import { ApiResponseError } from './errors.ts';
import type { ListArticlesParams } from './articles.ts';
import { callApi } from './request.ts';

/**
 * The `limit` newest published articles matching `filters` (section, tag, author), whole, newest
 * first.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const articles = await latestArticles({ section: 'business' }, 20);
 */
export async function latestArticles(filters: Pick<ListArticlesParams, 'section' | 'tag' | 'author'>, limit: number): Promise<Article[]> {
  const { client, timeoutMs } = api();
  const query = {
    limit: String(limit),
    ...(filters.section && { section: filters.section }),
    ...(filters.tag && { tag: filters.tag }),
    ...(filters.author && { author: filters.author }),
  };
  const answer = await callApi(
    'latest articles for a feed',
    timeoutMs,
    (init) => client.v1['feed-items'].$get({ query }, { init }),
    (res) => res.json(),
  );
  if (!answer) throw new ApiResponseError(404, 'latest articles for a feed: the API has no feed items');
  return answer.items;
}
