/**
 * @module
 * Contract of the quotation listing.
 */
import { createRoute } from '@hono/zod-openapi';
import { OPTIONAL_BEARER_SECURITY } from '../../lib/auth.ts';
import { publicCache } from '../../lib/cached-json.ts';
import { problemContent } from '../../lib/problem.ts';
import { QuoteList, QuoteListQuery } from './quotes.schemas.ts';

/** `GET /v1/quotes`: quotations, newest first, optionally one speaker's. */
export const list = createRoute({
  method: 'get',
  path: '/v1/quotes',
  tags: ['Quotes'],
  summary: 'List quotations',
  description:
    'Quotations in published articles, newest article first, each with its article and the index of its body block (the site’s paragraph `#p-<block>`); `speaker` keeps one person’s (or body’s).',
  security: OPTIONAL_BEARER_SECURITY,
  middleware: [publicCache()],
  request: { query: QuoteListQuery },
  responses: {
    200: { content: { 'application/json': { schema: QuoteList } }, description: 'A page of quotations.' },
    304: { description: 'Not modified: the `If-None-Match` ETag is current.' },
    400: problemContent('A query parameter is invalid (each one is named in `errors`).'),
    401: problemContent('A token was sent but is unknown, revoked or malformed.'),
  },
});
