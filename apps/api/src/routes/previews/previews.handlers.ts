/**
 * @module
 * The handler of `GET /v1/previews/{token}`.
 */
import { PRIVATE_NO_STORE } from '../../lib/http-cache.ts';
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { openPreview } from '../../services/workflow/preview-links.ts';
import type * as routes from './previews.routes.ts';

/** Kept out of shared caches and search engines, whatever the answer. */
const PRIVATE = { 'Cache-Control': PRIVATE_NO_STORE, 'X-Robots-Tag': 'noindex' };

/** `GET /v1/previews/{token}`. */
export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { token } = c.req.valid('param');
  const result = await openPreview(c.get('store'), token, c.get('now')());
  if ('kind' in result) {
    if (result.kind === 'expired') return problem(c, 410, { detail: 'This preview link has expired; ask for a new one.' }, PRIVATE);
    return problem(c, 404, { detail: 'No preview link has this token.' }, PRIVATE);
  }
  return c.json(result.article, 200, PRIVATE);
};
