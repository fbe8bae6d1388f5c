/**
 * @module
 * Handler of `GET /v1/feed-items`.
 */
import { nextPublicationOf } from '../../lib/next-publication.ts';
import { sendPublic } from '../../lib/cached-json.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { feedItems } from '../../services/articles.ts';
import type * as routes from './feed-items.routes.ts';

/** The latest public articles in full; cached like the listing, until a write or the next scheduled publication. */
export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const store = c.var.store;
  const now = c.var.now();
  const items = await feedItems(store, c.req.valid('query'), { now });
  return sendPublic(c, { items }, { expires: nextPublicationOf(c, now) });
};
