/**
 * @module
 * Articles from the API: the only way pages get them.
 */
import type { ArticleFilters, Client } from '@dateline/api/client';
import { Slug, type Article, type ArticleSummary } from '@dateline/model';
import { api } from './client.ts';
import { type CommentThreads, threadsFromJson } from './comments.ts';
import { ApiResponseError } from './errors.ts';
import { callApi } from './request.ts';
import { queryOf } from './query-string.ts';

type ArticlesQuery = Parameters<Client['v1']['articles']['$get']>[0]['query'];

/** One page of the article listing, newest first. */
export interface ArticleList {
  items: ArticleSummary[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
  total: number;
}

/** The API's listing filters (without the newsroom's status: the site lists published articles) and paging. */
export type ListArticlesParams = Omit<ArticleFilters, 'status'> & {
  /** Opaque position from a previous page's `nextCursor`. */
  cursor?: string | undefined;
  /** Articles per page, 1 to 100. */
  limit?: number | undefined;
  /** By publication time: `newest` (the default) or `oldest` first. */
  order?: 'newest' | 'oldest' | undefined;
};

/**
 * A page of published articles, newest first, optionally only those matching the API's filters
 * (a section, tag, author, person, place, organisation or time span).
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 * @throws {ApiResponseError} when the API refuses the request (400 for a cursor it does not know).
 */
export async function listArticles(params: ListArticlesParams = {}): Promise<ArticleList> {
  const { client, timeoutMs } = api();
  const query = queryOf(params) as ArticlesQuery;
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
    (init) => client.v1.articles[':slug'].$get({ param: { slug }, query: {} }, { init }),
    (res) => res.json(),
  );
}

/** What an article can be read with: its first page of comments, its related articles. */
export type ArticlePart = 'comments' | 'related';

/** An article with the parts asked for. */
export interface ArticleWithParts extends Article {
  /** The first page of its comments, as `listComments` gives it without a cursor. */
  comments?: CommentThreads;
  /** The articles sharing the most with it, best first. */
  related?: ArticleSummary[];
}

/**
 * The article published under `slug` with `parts`, in one request, or null when there is none.
 * `fresh` asks any cache between the site and the API to revalidate (see `listComments`).
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const page = await getArticleWith('night-ferry-returns', ['comments', 'related']);
 * page?.comments?.total;
 */
export async function getArticleWith(
  slug: string,
  parts: readonly ArticlePart[],
  options: { fresh?: boolean } = {},
): Promise<ArticleWithParts | null> {
  if (!Slug.safeParse(slug).success) return null;
  const { client, timeoutMs } = api();
  const headers: Record<string, string> = options.fresh ? { 'cache-control': 'no-cache' } : {};
  return callApi(
    `article ${slug}`,
    timeoutMs,
    (init) => client.v1.articles[':slug'].$get({ param: { slug }, query: { include: parts.join(',') } }, { init, headers }),
    async (res) => {
      const { comments, ...article } = await res.json();
      return { ...article, ...(comments && { comments: threadsFromJson(comments) }) };
    },
  );
}
