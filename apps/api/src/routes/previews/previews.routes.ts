/**
 * @module
 * The contract of `GET /v1/previews/{token}`: a story in any status, for whoever has a preview
 * link, without signing in.
 */
import { Article } from '@dateline/model';
import { createRoute, z } from '@hono/zod-openapi';
import { problemContent } from '../../lib/problem.ts';

/** `GET /v1/previews/{token}`. */
export const get = createRoute({
  method: 'get',
  path: '/v1/previews/{token}',
  tags: ['Revisions'],
  summary: 'Open a preview link',
  description:
    'The article a preview link was made for, in whatever status it is now, to anyone with the token. Never cached by shared caches ' +
    '(`Cache-Control: private, no-store`) nor indexed (`X-Robots-Tag: noindex`).',
  request: {
    params: z.object({ token: z.string().min(1).max(200).meta({ description: 'The token of `POST /v1/articles/{slug}/preview-links`.' }) }),
  },
  responses: {
    200: { content: { 'application/json': { schema: Article } }, description: 'The article as it is now.' },
    404: problemContent('No preview link has this token (or its article was deleted).'),
    410: problemContent('The link has expired.'),
  },
});
