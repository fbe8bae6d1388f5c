/**
 * @module
 * When a public answer next changes without a write: the next scheduled publication after now,
 * which every uncached listing and search asks the store for. It depends on nothing but the
 * articles, so it is remembered for the article revision it was read at, and holds for any later
 * time before it: a read the database no longer needs for each search.
 */
import type { Context } from 'hono';
import type { Store } from '../store/store.ts';
import type { AppBindings } from './types.ts';

/** What was last read of a store: at which revision and time, and the answer. */
interface Known {
  revision: number;
  asked: number;
  at: Date | null;
}

const known = new WeakMap<Store, Known>();

/**
 * `store.nextPublicationAfter(now)` for articles at revision `revision` (as read before the
 * answer's data, see `publicCache`): the last answer of the same revision when it still holds,
 * that is when `now` is not before the time it was asked for and not past the publication it
 * named. Without a revision (null) the store is asked.
 *
 * @example
 * await sendPublicJson(c, json, { expires: () => nextPublicationAt(store, c.var.cacheSlot?.revision ?? null, now) });
 */
export async function nextPublicationAt(store: Store, revision: number | null, now: Date): Promise<Date | null> {
  const time = now.getTime();
  const last = revision === null ? undefined : known.get(store);
  if (last && last.revision === revision && time >= last.asked && (last.at === null || time < last.at.getTime())) return last.at;
  const at = await store.nextPublicationAfter(now);
  if (revision !== null) known.set(store, { revision, asked: time, at });
  return at;
}

/**
 * The next publication for an answer of `c` built at `now`, remembered by the revision the public
 * cache read before the handler ran (the store is asked when there is none, as for a reader with
 * a token): what a listing passes as `expires`.
 *
 * @example
 * return sendPublic(c, page, { expires: nextPublicationOf(c, now) });
 */
export function nextPublicationOf(c: Context<AppBindings>, now: Date): () => Promise<Date | null> {
  return () => nextPublicationAt(c.var.store, c.var.cacheSlot?.revision ?? null, now);
}
