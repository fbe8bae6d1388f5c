/**
 * @module
 * Handler of the quotation listing.
 */
import type { AppRouteHandler } from '../../lib/types.ts';
import { listQuotes } from '../../services/entities.ts';
import { answer, unreachable } from '../../lib/public-read.ts';
import type * as routes from './quotes.routes.ts';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  return answer(c, (options) => listQuotes(c.var.store, query, options), unreachable);
};
