/**
 * @module
 * Handlers of the article reads: read the validated request, call one service, map the result to
 * a status. Anonymous reads see public articles and are cached (see `publicCache`); a request
 * with a valid token (any role) also sees drafts, archived and scheduled articles, uncached.
 */
import { principalOf } from '../../lib/auth.ts';
import { sendPublic } from '../../lib/cached-json.ts';
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { getArticle, listArticles } from '../../services/articles.ts';
import { InvalidCursorError } from '../../store/store.ts';
import type * as routes from './articles.routes.ts';

/** A page of summaries; a cursor the store did not issue is a 400 naming `cursor`. */
export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { from, to, ...query } = c.req.valid('query');
  const store = c.get('store');
  const now = c.get('now')();
  const includeHidden = principalOf(c) !== null;
  try {
    const page = await listArticles(
      store,
      { ...query, from: from === undefined ? undefined : new Date(from), to: to === undefined ? undefined : new Date(to) },
      { now, includeHidden },
    );
    // A scheduled article going public changes the listing without a write.
    return sendPublic(c, page, { expires: () => store.nextPublicationAfter(now) });
  } catch (err) {
    if (!(err instanceof InvalidCursorError)) throw err;
    return problem(c, 400, {
      title: 'Invalid request',
      detail: `Invalid query parameters: cursor: ${err.message}.`,
      errors: [{ path: 'cursor', message: err.message }],
    });
  }
};

/** One article, or a 404 problem (for readers, drafts and scheduled articles do not exist). */
export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { slug } = c.req.valid('param');
  const includeHidden = principalOf(c) !== null;
  const article = await getArticle(c.get('store'), slug, { now: c.get('now')(), includeHidden });
  if (!article) {
    return problem(c, 404, { detail: includeHidden ? `No article has the slug "${slug}".` : `No published article has the slug "${slug}".` });
  }
  return sendPublic(c, article);
};
