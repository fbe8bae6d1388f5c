/**
 * @module
 * Articles from the API: the only way pages get them.
 */
import { Slug, type Article, type ArticleSummary } from '@dateline/model';
import { api } from './client.ts';
import { ApiResponseError } from './errors.ts';
import { callApi } from './request.ts';

/** One page of the article listing, newest first. */
export interface ArticleList {
  items: ArticleSummary[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
  total: number;
}

export interface ListArticlesParams {
  /** Opaque position from a previous page's `nextCursor`. */
  cursor?: string | undefined;
  /** Articles per page, 1 to 100. */
  limit?: number | undefined;
}

/**
 * A page of published articles, newest first.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 * @throws {ApiResponseError} when the API refuses the request (400 for a cursor it does not know).
 */
export async function listArticles(params: ListArticlesParams = {}): Promise<ArticleList> {
  const { client, timeoutMs } = api();
  const query = {
    ...(params.cursor && { cursor: params.cursor }),
    ...(params.limit !== undefined && { limit: String(params.limit) }),
  };
  const list = await callApi(
    'listing articles',
    timeoutMs,
    (init) => client.v1.articles.$get({ query }, { init }),
    (res) => res.json(),
  );
  if (!list) throw new ApiResponseError(404, 'listing articles: the API has no article listing');
  return list;
}

/**
 * The article published under `slug`, or null when there is none.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 */
export async function getArticle(slug: string): Promise<Article | null> {
  // A string that cannot be a slug cannot name an article: no need to ask.
  if (!Slug.safeParse(slug).success) return null;
  const { client, timeoutMs } = api();
  return callApi(
    `article ${slug}`,
    timeoutMs,
    (init) => client.v1.articles[':slug'].$get({ param: { slug } }, { init }),
    (res) => res.json(),
  );
}
