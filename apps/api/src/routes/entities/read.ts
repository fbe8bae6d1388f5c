/**
 * @module
 * How the entity and quotation reads answer: anonymous readers get the public view, which
 * `publicCache()` on the route keeps until any article changes or a scheduled one goes public; a
 * request with a token also sees drafts, archived and scheduled articles, uncached. A cursor the
 * store did not issue is a 400 naming `cursor`.
 */
import type { Context } from 'hono';
import { principalOf } from '../../lib/auth.ts';
import { sendPublic } from '../../lib/cached-json.ts';
import { problem } from '../../lib/problem.ts';
import type { AppBindings } from '../../lib/types.ts';
import type { ReadOptions } from '../../services/articles.ts';
import { InvalidCursorError } from '../../store/store.ts';

/**
 * The response for a read: `load`'s value as JSON, or `notFound()` when it finds nothing.
 *
 * @example
 * return answer(c, (options) => getEntity(store, slug, params, options), () => problem(c, 404, …));
 */
export async function answer<T>(c: Context<AppBindings>, load: (options: ReadOptions) => Promise<T | null>, notFound: () => Response): Promise<Response> {
  const now = c.var.now();
  try {
    const value = await load({ now, includeHidden: principalOf(c) !== null });
    if (value === null) return notFound();
    return await sendPublic(c, value, { expires: () => c.var.store.nextPublicationAfter(now) });
  } catch (err) {
    if (!(err instanceof InvalidCursorError)) throw err;
    return problem(c, 400, {
      title: 'Invalid request',
      detail: `Invalid query parameters: cursor: ${err.message}.`,
      errors: [{ path: 'cursor', message: err.message }],
    });
  }
}

/** For listings, which always have a page (an empty one at worst). */
export function unreachable(): never {
  throw new Error('a listing always has a page');
}
