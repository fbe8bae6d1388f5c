/**
 * @module
 * Contract of `GET /v1/feed-items`: the latest published articles in full, for feeds, so a feed is
 * one request rather than a listing and then one request per article.
 */
import { Article } from '@dateline/model';
import { createRoute, z } from '@hono/zod-openapi';
import { OPTIONAL_BEARER_SECURITY } from '../../lib/auth.ts';
import { publicCache } from '../../lib/cached-json.ts';
import { problemContent } from '../../lib/problem.ts';
import { queryCount } from '../../lib/query-count.ts';
import { ArticleFilterQuery } from '../../store/article-filters.ts';
import { exampleArticle } from '../articles/articles.examples.ts';

/** At most this many whole articles in one answer: bodies are large, a feed carries twenty. */
const FEED_ITEMS_MAX = 50;

/** Query parameters: the listing's topic filters, and how many. */
const FeedItemsQuery = ArticleFilterQuery.omit({ from: true, to: true }).extend({
  limit: queryCount(FEED_ITEMS_MAX, 20, 'How many articles'),
});

/** The answer: whole articles, newest first. */
const FeedItems = z
  .object({
    items: z
      .array(Article)
      .meta({ description: 'The latest published articles, newest first, each as `GET /v1/articles/{slug}` answers it.' }),
  })
  .meta({ id: 'FeedItems', description: 'The latest articles in full, for a feed.' });

/** `GET /v1/feed-items`. */
export const list = createRoute({
  method: 'get',
  path: '/v1/feed-items',
  tags: ['Articles'],
  summary: 'The latest articles in full, for feeds',
  description:
    `The newest published articles whose publication time has come, each whole (body included), newest first: what an RSS, Atom or JSON feed carries, in one request. ` +
    `The filters are the listing's; there is no cursor (a feed is its first page). At most ${FEED_ITEMS_MAX} articles. ` +
    'Always the public view: a token changes nothing but the caching (`private, no-store`).',
  security: OPTIONAL_BEARER_SECURITY,
  middleware: [publicCache()],
  request: { query: FeedItemsQuery },
  responses: {
    200: {
      content: { 'application/json': { schema: FeedItems, example: { items: [exampleArticle] } } },
      description: 'The latest articles in full.',
    },
    304: { description: 'Not modified: the `If-None-Match` ETag is current.' },
    400: problemContent('A query parameter is invalid (each one is named in `errors`).'),
    401: problemContent('A token was sent but is unknown, revoked or malformed.'),
  },
});
