/**
 * @module
 * Handlers of the public comment routes: read the validated request, call one service, map the
 * outcome to a status.
 */
import { type CachePolicy, setCachePolicy } from '../../lib/http-cache.ts';
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { listArticleComments } from '../../services/comments.ts';
import { InvalidCursorError } from '../../store/store.ts';
import type * as routes from './comments.routes.ts';
import { answerComment } from './post-comment.ts';

/** Short enough that a new comment shows within seconds, long enough to absorb a burst of readers. */
export const THREAD_CACHE: CachePolicy = { maxAge: 10, sMaxAge: 10, staleWhileRevalidate: 30 };

/** A page of an article's threads; a cursor the store did not issue is a 400 naming `cursor`. */
export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { slug } = c.req.valid('param');
  try {
    const page = await listArticleComments(c.var.store, slug, c.req.valid('query'), { now: c.var.now() });
    if (!page) return problem(c, 404, { detail: `No published article has the slug "${slug}".` });
    setCachePolicy(c, THREAD_CACHE);
    return c.json(page, 200);
  } catch (err) {
    if (!(err instanceof InvalidCursorError)) throw err;
    return problem(c, 400, {
      title: 'Invalid request',
      detail: `Invalid query parameters: cursor: ${err.message}.`,
      errors: [{ path: 'cursor', message: err.message }],
    });
  }
};

/** A new comment sent as JSON (form posts are answered by `postForm` before this). */
export const post: AppRouteHandler<typeof routes.post> = async (c) => answerComment(c, c.req.valid('param').slug, c.req.valid('json'));
