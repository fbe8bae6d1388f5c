/**
 * @module
 * Handler of the search route: read the validated request, call the search service. Anonymous
 * searches are answered from the response cache until an article changes (see `publicCache`).
 */
import { sendPublicJson } from '../../lib/cached-json.ts';
import { nextPublicationAt } from '../../lib/next-publication.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { searchArticlesJson } from '../../services/search.ts';
import { filtersOf } from '../../store/article-filters.ts';
import type * as routes from './search.routes.ts';

/** A page of results; a cursor not issued for this search is a 400 naming `cursor`. */
export const search: AppRouteHandler<typeof routes.search> = async (c) => {
  const query = c.req.valid('query');
  const store = c.var.store;
  const now = c.var.now();
  // The page as JSON text, its summaries spliced in as stored rather than parsed and serialised again.
  // The revision comes with the page (see `revisionFromHandler`), a read fewer.
  const { json, revision } = await searchArticlesJson(store, filtersOf(query), { now });
  // Results change with any article write (the cache's revision) or when a scheduled article goes public.
  return sendPublicJson(c, json, { revision, expires: () => nextPublicationAt(store, revision, now) });
};
