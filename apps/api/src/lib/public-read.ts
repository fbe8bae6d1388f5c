/**
 * @module
 * How the public reads (entities, quotations) answer: anonymous readers get the public view, which
 * `publicCache()` on the route keeps until any article changes or a scheduled one goes public; a
 * request with a token also sees drafts, archived and scheduled articles, uncached. A cursor the
 * store did not issue is a 400 naming `cursor`.
 */
import { nextPublicationOf } from './next-publication.ts';
import type { Context } from 'hono';
import { principalOf } from './auth.ts';
import { sendPublic } from './cached-json.ts';
import type { AppBindings } from './types.ts';
import type { ReadOptions } from '../services/articles.ts';

/**
 * The response for a read: `load`'s value as JSON, or `notFound()` when it finds nothing.
 *
 * @example
 * return answer(c, (options) => getEntity(store, slug, params, options), () => problem(c, 404, …));
 */
export async function answer<T>(
  c: Context<AppBindings>,
  load: (options: ReadOptions) => Promise<T | null>,
  notFound: () => Response,
): Promise<Response> {
  const now = c.var.now();
  const value = await load({ now, includeHidden: principalOf(c) !== null });
  if (value === null) return notFound();
  return await sendPublic(c, value, { expires: nextPublicationOf(c, now) });
}

/** For listings, which always have a page (an empty one at worst). */
export function unreachable(): never {
  throw new Error('a listing always has a page');
}
