/**
 * @module
 * Handlers of the public article routes: read the validated request, call one service, map the
 * result to a status.
 */
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { getArticle, listArticles } from '../../services/articles.ts';
import { InvalidCursorError } from '../../store/store.ts';
import type * as routes from './articles.routes.ts';

/** A page of public summaries; a cursor the store did not issue is a 400 naming `cursor`. */
export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { from, to, ...query } = c.req.valid('query');
  try {
    const page = await listArticles(
      c.var.store,
      { ...query, from: from === undefined ? undefined : new Date(from), to: to === undefined ? undefined : new Date(to) },
      { now: c.var.now() },
    );
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

/** One public article, or a 404 problem (drafts and scheduled articles do not exist for readers). */
export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { slug } = c.req.valid('param');
  const article = await getArticle(c.var.store, slug, { now: c.var.now() });
  if (!article) return problem(c, 404, { detail: `No published article has the slug "${slug}".` });
  return c.json(article, 200);
};
