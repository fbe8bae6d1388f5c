/**
 * @module
 * Contracts of the entity routes: people, places and organisations with their articles, an
 * article's entities and enrichment state, and its related articles. Reads are public; with a
 * token (any role) drafts, archived and scheduled articles count too.
 */
import { createRoute } from '@hono/zod-openapi';
import { OPTIONAL_BEARER_SECURITY } from '../../lib/auth.ts';
import { publicCache } from '../../lib/cached-json.ts';
import { problemContent } from '../../lib/problem.ts';
import {
  ArticleEntities,
  EntityDetail,
  EntityDetailQuery,
  EntityList,
  EntityListQuery,
  RelatedArticles,
  RelatedQuery,
  SlugParam,
} from './entities.schemas.ts';

const tags = ['Entities'];
const badQuery = problemContent('A query parameter is invalid (each one is named in `errors`).');
const badToken = problemContent('A token was sent but is unknown, revoked or malformed.');
const notModified = { description: 'Not modified: the `If-None-Match` ETag is current.' };
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

/** `GET /v1/entities`: people, places and organisations, most named first. */
export const list = createRoute({
  method: 'get',
  path: '/v1/entities',
  tags,
  summary: 'List people, places and organisations',
  description:
    'Those named by at least one published article, with how many name them, most first, in pages; `q` finds them by the start of a word of the name or an alias.',
  security: OPTIONAL_BEARER_SECURITY,
  middleware: [publicCache()],
  request: { query: EntityListQuery },
  responses: { 200: json(EntityList, 'A page of entities.'), 304: notModified, 400: badQuery, 401: badToken },
});

/** `GET /v1/entities/{slug}`: one entity with its articles and quotations. */
export const get = createRoute({
  method: 'get',
  path: '/v1/entities/{slug}',
  tags,
  summary: 'Get a person, place or organisation',
  description:
    'The entity, the published articles naming it (newest first, `cursor` pages through them) and its most recent quotations, each with its article and paragraph.',
  security: OPTIONAL_BEARER_SECURITY,
  middleware: [publicCache()],
  request: { params: SlugParam, query: EntityDetailQuery },
  responses: {
    200: json(EntityDetail, 'The entity.'),
    304: notModified,
    400: badQuery,
    401: badToken,
    404: problemContent('No published article names an entity with this slug (and type).'),
  },
});

/** `GET /v1/articles/{slug}/entities`: an article's entities, quotations and enrichment state. */
export const articleEntities = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}/entities',
  tags,
  summary: 'Get the people, places and quotations of an article',
  description: 'Its mentions (most named first) and quotations, and whether they are current or still being found in the background.',
  security: OPTIONAL_BEARER_SECURITY,
  middleware: [publicCache()],
  request: { params: SlugParam },
  responses: {
    200: json(ArticleEntities, 'The article’s entities.'),
    304: notModified,
    401: badToken,
    404: problemContent('No published article has this slug.'),
  },
});

/** `GET /v1/articles/{slug}/related`: articles sharing the most with this one. */
export const related = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}/related',
  tags: ['Articles'],
  summary: 'List related articles',
  description:
    'Published articles that name the most of the same people, places and organisations, then share the most tags, then the section; newest first among equals.',
  security: OPTIONAL_BEARER_SECURITY,
  middleware: [publicCache()],
  request: { params: SlugParam, query: RelatedQuery },
  responses: {
    200: json(RelatedArticles, 'The related articles, best first.'),
    304: notModified,
    400: badQuery,
    401: badToken,
    404: problemContent('No published article has this slug.'),
  },
});
