/**
 * @module
 * Contracts of the public article routes. The schemas are the model's, so the OpenAPI document,
 * the validation and the typed client all describe the same thing.
 */
import { Article, ArticleSummary } from '@dateline/model';
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { OPTIONAL_BEARER_SECURITY } from '../../lib/auth.ts';
import { publicCache } from '../../lib/cached-json.ts';
import { problemContent } from '../../lib/problem.ts';
import { queryCount } from '../../lib/query-count.ts';
import type { AppBindings } from '../../lib/types.ts';
import { ARTICLE_INCLUDES } from '../../services/article-includes.ts';
import { ArticleFilterQuery, STATUS_FILTERS } from '../../store/article-filters.ts';
import { CommentThreadList } from '../comments/comments.schemas.ts';
import { exampleArticle, exampleList } from './articles.examples.ts';

/** Page size bounds; the message is the one a client sees when it is out of range. */
/** The listing's sort keys. */
const SORTS = ['published', 'updated'] as const;

/** The filters and paging `GET /v1/articles` shares with `GET /v1/search`. */
export const ListFilters = z.object({
  limit: queryCount(100, 20, 'Page size'),
  cursor: z.string().min(1).max(500).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
  order: z
    .enum(['newest', 'oldest'], { error: 'must be newest or oldest' })
    .default('newest')
    .meta({ description: 'By publication time.' }),
  ...ArticleFilterQuery.shape,
});

/** Query parameters of `GET /v1/articles`: the shared filters, and the newsroom's. */
const ListArticlesQuery = ListFilters.extend({
  status: z
    .enum([...STATUS_FILTERS, 'any'], { error: `must be ${[...STATUS_FILTERS, 'any'].join(', ')}` })
    .optional()
    .meta({
      description:
        'Only articles in this state (signed in only; anonymous requests may ask for `published` alone, and get 401 otherwise). ' +
        '`scheduled` is published with a publication time still to come; `published` is public now; `any` is every state, as the default for a signed-in request.',
    }),
  q: z.string().trim().min(1).max(500).optional().meta({
    description:
      'Words the articles must contain, as `GET /v1/search` reads them; best match first (then `order` and `sort` do not apply).',
  }),
  sort: z
    .enum(SORTS, { error: `must be ${SORTS.join(' or ')}` })
    .default('published')
    .meta({
      description:
        '`published`: by publication time, in `order`; `updated`: newest change first (`order` must then be left out or `newest`).',
    }),
}).refine((q) => q.sort !== 'updated' || q.order === 'newest', {
  error: 'must be newest (or left out) with sort=updated',
  path: ['order'],
});

/** A listed article; a signed-in request also learns who changed it last. */
const ListedArticle = ArticleSummary.extend({
  updatedBy: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .optional()
    .meta({ description: 'Signed-in requests only: who changed the article last (a token or a person), null when not recorded.' }),
}).meta({ id: 'ListedArticle', description: 'An article as shown in listings.' });

/** A page of the listing. */
export const ArticleList = z
  .object({
    items: z.array(ListedArticle),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
    total: z.int().nonnegative().meta({ description: 'Articles matching the filters, across all pages.' }),
  })
  .meta({ id: 'ArticleList', description: 'A page of article summaries.' });

const INCLUDE_MESSAGE = `must be ${ARTICLE_INCLUDES.join(' or ')}, or both separated by a comma`;
const INCLUDE_PATTERN = new RegExp(`^(${ARTICLE_INCLUDES.join('|')})(,(${ARTICLE_INCLUDES.join('|')}))*$`);

/** Query parameters of `GET /v1/articles/{slug}`. */
const ArticleQuery = z.object({
  include: z
    .string({ error: INCLUDE_MESSAGE })
    .regex(INCLUDE_PATTERN, { error: INCLUDE_MESSAGE })
    // One order whatever was asked, so every spelling is one cache entry.
    .transform((list) => {
      const asked = list.split(',');
      return ARTICLE_INCLUDES.filter((part) => asked.includes(part));
    })
    .optional()
    .meta({
      description:
        'What to add to the article, comma-separated: `comments` (the first page of its comments, as `GET /v1/articles/{slug}/comments` ' +
        'answers by default) and `related` (its related articles, as `GET /v1/articles/{slug}/related` lists by default).',
      example: 'comments,related',
    }),
});

/** An article, with what `include` asked for. */
const ArticleWithIncludes = Article.extend({
  comments: CommentThreadList.optional().meta({
    description: 'With `include=comments`: the first page of its approved comments, as threads.',
  }),
  related: z
    .array(ArticleSummary)
    .optional()
    .meta({ description: 'With `include=related`: the articles sharing the most with it, best first.' }),
}).meta({ id: 'ArticleWithIncludes', description: 'A stored article, with its comments and related articles when asked for.' });

const tags = ['Articles'];

/** Conditional GETs and tokens, alike on every read (spelled out per route: see articles-write.routes.ts). */
const notModified = { description: 'Not modified: the `If-None-Match` ETag is current.' };
const badToken = problemContent('A token was sent but is unknown, revoked or malformed.');
const hiddenNote =
  ' With a token (any role), drafts, stories in review, archived and scheduled articles are included and the response is `private, no-store`.';

/** `GET /v1/articles`: published articles, newest first, in pages. */
export const list = createRoute({
  method: 'get',
  path: '/v1/articles',
  tags,
  summary: 'List articles',
  description:
    `Published articles whose publication time has come, in pages that stay stable while new articles arrive.${hiddenNote} ` +
    'Signed in, `status` picks one state (drafts, stories in review, scheduled, published, archived), `sort=updated` puts the newest change first, ' +
    'and each item says who changed it last. `q` searches by words among them.',
  security: OPTIONAL_BEARER_SECURITY,
  middleware: [publicCache()],
  request: { query: ListArticlesQuery },
  responses: {
    200: { content: { 'application/json': { schema: ArticleList, example: exampleList } }, description: 'A page of summaries.' },
    400: problemContent('A query parameter is invalid (each one is named in `errors`).'),
    304: notModified,
    401: problemContent(
      'A token was sent but is unknown, revoked or malformed, or an anonymous request asked for a `status` other than `published`.',
    ),
  },
});

// The handler reads the article with the revision it is at, in one statement.
const plainArticleCache = publicCache(undefined, { revisionFromHandler: true });
/** The plain article from the URL-keyed cache; the handler caches `include` answers by what they show. */
const articleCache: MiddlewareHandler<AppBindings> = (c, next) =>
  c.req.query('include') === undefined ? plainArticleCache(c, next) : next();

/** `GET /v1/articles/{slug}`: one published article, and what its page shows beside it on request. */
export const get = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}',
  tags,
  summary: 'Get a published article',
  description:
    `The article at this slug, if it is published and its publication time has come.${hiddenNote} ` +
    'With `include`, the answer also carries its comments and related articles, saving a request for each; ' +
    'it changes as soon as they do (with `include=comments` it is cached as briefly as the comments).',
  security: OPTIONAL_BEARER_SECURITY,
  middleware: [articleCache],
  request: {
    params: z.object({
      slug: z.string().max(200).meta({ description: 'The article slug.', example: 'city-council-votes-on-river-path' }),
    }),
    query: ArticleQuery,
  },
  responses: {
    200: { content: { 'application/json': { schema: ArticleWithIncludes, example: exampleArticle } }, description: 'The article.' },
    400: problemContent('`include` names something else than `comments` and `related`.'),
    404: problemContent('No public article has this slug.'),
    301: {
      description: 'The article moved: this was its slug before it changed, and `Location` is its address now.',
      headers: { Location: { schema: { type: 'string' as const }, description: "The article's address now." } },
    },
    304: notModified,
    401: badToken,
  },
});
