/**
 * @module
 * Contracts of the editors' corrections to an article's people, places, organisations and
 * quotations. Each is kept with the article and applied again whenever it is enriched afresh,
 * so a later enrichment does not undo it. Mentions and quotations sent in an article's body are
 * replaced by enrichment; these routes are the way to change them.
 */
import { createRoute } from '@hono/zod-openapi';
import { BEARER_SECURITY, requireRole } from '../../lib/auth.ts';
import { bodyLimit } from '../../lib/body-limit.ts';
import { acceptContentTypes } from '../../lib/content-type.ts';
import { problemContent } from '../../lib/problem.ts';
import { ArticleEntities, MentionCorrections, QuoteCorrection, QuoteParams, SlugParam } from './entities.schemas.ts';

const tags = ['Editing'];
const guard = [requireRole('editor'), acceptContentTypes(['application/json']), bodyLimit(64 * 1024)];
const result = {
  content: { 'application/json': { schema: ArticleEntities } },
  description: 'The article’s entities and quotations after the change.',
};
const unauthorized = problemContent('No token, or the token is unknown or revoked (see `WWW-Authenticate`).');
const forbidden = problemContent('The token does not have the editor role.');
const invalid = problemContent(
  'The body is malformed or invalid, or names an entity the article does not; each problem is named in `errors`.',
);
const tooLarge = problemContent('The body is larger than 64 kB.');
const unsupported = problemContent('The body is not JSON.');

/** `PATCH /v1/articles/{slug}/mentions`: add, remove or rename people, places and organisations. */
export const mentions = createRoute({
  method: 'patch',
  path: '/v1/articles/{slug}/mentions',
  tags,
  summary: 'Correct the people, places and organisations of an article',
  description:
    'Applies the operations in order, all or none: `add` an entity the article names, `remove` one it does not, `rename` one found under the wrong name or type (merging it into the entity it is).',
  security: BEARER_SECURITY,
  middleware: guard,
  request: { params: SlugParam, body: { required: true, content: { 'application/json': { schema: MentionCorrections } } } },
  responses: {
    200: result,
    400: invalid,
    401: unauthorized,
    403: forbidden,
    404: problemContent('No article has this slug.'),
    413: tooLarge,
    415: unsupported,
  },
});

/** `PATCH /v1/articles/{slug}/quotes/{index}`: another speaker or role for a quotation. */
export const quote = createRoute({
  method: 'patch',
  path: '/v1/articles/{slug}/quotes/{index}',
  tags,
  summary: 'Correct who said a quotation',
  description:
    'Gives the quotation at `index` of the article’s `quotes` another speaker (added to the article’s people when it does not name them) and/or role.',
  security: BEARER_SECURITY,
  middleware: guard,
  request: { params: QuoteParams, body: { required: true, content: { 'application/json': { schema: QuoteCorrection } } } },
  responses: {
    200: result,
    400: invalid,
    401: unauthorized,
    403: forbidden,
    404: problemContent('No article has this slug, or it has no quotation at this index.'),
    413: tooLarge,
    415: unsupported,
  },
});
