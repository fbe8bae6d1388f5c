/**
 * @module
 * Handler of the search route: read the validated request, call the search service.
 */
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { searchArticles } from '../../services/search.ts';
import { InvalidCursorError } from '../../store/store.ts';
import type * as routes from './search.routes.ts';

/** A page of results; a cursor not issued for this search is a 400 naming `cursor`. */
export const search: AppRouteHandler<typeof routes.search> = async (c) => {
  const { from, to, ...query } = c.req.valid('query');
  try {
    const page = await searchArticles(
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
