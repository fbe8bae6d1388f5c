/**
 * @module
 * Contracts of the front-page routes: the page readers get (public), and the pins editors set
 * (editor or admin).
 */
import { createRoute } from '@hono/zod-openapi';
import { BEARER_SECURITY, requireRole } from '../../lib/auth.ts';
import { bodyLimit } from '../../lib/body-limit.ts';
import { acceptContentTypes } from '../../lib/content-type.ts';
import { problemContent } from '../../lib/problem.ts';
import { FrontPage, FrontPagePinList, FrontPagePinSchema, FrontPageQuery, PinBody, PinSlugParam } from './front-page.schemas.ts';

const tags = ['Front page'];
const auth = {
  401: problemContent('No valid API token was sent.'),
  403: problemContent('The token is not an editor or admin token.'),
} as const;

/** `GET /v1/front-page`. */
export const getFrontPage = createRoute({
  method: 'get',
  path: '/v1/front-page',
  tags,
  summary: 'Get the front page',
  description:
    'Everything a front page shows, in one request: lead stories (those editors pinned and that are public, most recently pinned first, then the newest) and, for the sections with the most stories, their newest stories, leaving out the lead ones.',
  request: { query: FrontPageQuery },
  responses: {
    200: { content: { 'application/json': { schema: FrontPage } }, description: 'The front page.' },
    400: problemContent('A query parameter is invalid (each one is named in `errors`).'),
  },
});

/** `GET /v1/front-page/pins`. */
export const listPins = createRoute({
  method: 'get',
  path: '/v1/front-page/pins',
  tags,
  summary: 'List pinned stories',
  description: 'Every pin, lapsed ones included, whatever the story’s status, the most recently pinned first.',
  security: BEARER_SECURITY,
  middleware: [requireRole('editor')],
  responses: { 200: { content: { 'application/json': { schema: FrontPagePinList } }, description: 'The pins.' }, ...auth },
});

/** `PUT /v1/front-page/pins/{slug}`. */
export const pin = createRoute({
  method: 'put',
  path: '/v1/front-page/pins/{slug}',
  tags,
  summary: 'Pin a story to the front page',
  description:
    'Puts the story first among the lead stories (pinning again moves it back to the top). A draft or scheduled story may be pinned; it shows once it is public.',
  security: BEARER_SECURITY,
  middleware: [requireRole('editor'), bodyLimit(1024), acceptContentTypes(['application/json'])],
  request: { params: PinSlugParam, body: { content: { 'application/json': { schema: PinBody } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: FrontPagePinSchema } }, description: 'Pinned.' },
    400: problemContent('A field is invalid (each one is named in `errors`).'),
    ...auth,
    404: problemContent('No story has this slug.'),
    422: problemContent('`until` is not in the future.'),
  },
});

/** `DELETE /v1/front-page/pins/{slug}`. */
export const unpin = createRoute({
  method: 'delete',
  path: '/v1/front-page/pins/{slug}',
  tags,
  summary: 'Unpin a story',
  security: BEARER_SECURITY,
  middleware: [requireRole('editor')],
  request: { params: PinSlugParam },
  responses: { 204: { description: 'Unpinned.' }, ...auth, 404: problemContent('The story is not pinned.') },
});
