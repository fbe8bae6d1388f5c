/**
 * @module
 * Handlers of the public comment routes: read the validated request, call one service, map the
 * outcome to a status.
 */
import type { Context } from 'hono';
import { principalOf } from '../../lib/auth.ts';
import { cachedBody, sendCached } from '../../lib/cached-json.ts';
import { setCachePolicy } from '../../lib/http-cache.ts';
import type { CachePolicy } from '../../lib/request-state.ts';
import { problem } from '../../lib/problem.ts';
import type { AppBindings, AppRouteHandler } from '../../lib/types.ts';
import { listArticleComments } from '../../services/comments.ts';
import type * as routes from './comments.routes.ts';
import { answerComment } from './post-comment.ts';

/** Short enough that a new comment shows within seconds, long enough to absorb a burst of readers. */
export const THREAD_CACHE: CachePolicy = { maxAge: 10, sMaxAge: 10, staleWhileRevalidate: 30 };

/**
 * A page of an article's threads; a cursor the store did not issue is a 400 naming `cursor`.
 * Anonymous reads are answered from the response cache until an article or a comment changes
 * (in any process: both revisions are kept by the database), so a new comment shows at once.
 */
export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { slug } = c.req.valid('param');
  const query = c.req.valid('query');
  const store = c.var.store;
  const load = () => listArticleComments(store, slug, query, { now: c.var.now() });
  if (principalOf(c) !== null) {
    const page = await load();
    if (!page) return notFound(c, slug);
    setCachePolicy(c, THREAD_CACHE);
    return c.json(page, 200);
  }
  const key = `comments@${await store.commentRevision()}:${slug}?${query.order ?? ''}&${query.limit ?? ''}&${query.cursor ?? ''}`;
  const cached = await cachedBody(c, key, async () => {
    const page = await load();
    return page && { value: page };
  });
  return cached ? sendCached(c, cached, THREAD_CACHE) : notFound(c, slug);
};

const notFound = (c: Context<AppBindings>, slug: string) => problem(c, 404, { detail: `No published article has the slug "${slug}".` });

/** A new comment sent as JSON (form posts are answered by `postForm` before this). */
export const post: AppRouteHandler<typeof routes.post> = async (c) => answerComment(c, c.req.valid('param').slug, c.req.valid('json'));
