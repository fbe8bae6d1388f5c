/**
 * @module
 * Public reads through the response cache. `publicCache()` runs before the route's validation:
 * a request for a URL already answered at the current article revision gets the stored bytes and
 * ETag straight away, without validation, a store read or serialisation. Otherwise the handler
 * runs and `sendPublic` stores what it sends. Requests with a token bypass the cache both ways.
 */
import { notModified } from '@dateline/http';
import type { Context, MiddlewareHandler } from 'hono';
import { principalOf } from './auth.ts';
import { cachedForm } from './compression.ts';
import { cacheControlFor, PUBLIC_CONTENT, setCachePolicy } from './http-cache.ts';
import { requestHeader } from './request-header.ts';
import { finalResponse } from './response-headers.ts';
import type { CachePolicy } from './request-state.ts';
import type { CachedBody } from './response-cache.ts';
import type { AppBindings } from './types.ts';

/**
 * Route middleware serving cached public responses (see the module comment). The key is the
 * request's path and query as sent, so only URLs the handler answered with a 200 are ever served
 * from it.
 *
 * With `revisionFromHandler`, a URL with nothing cached skips the revision read: the handler
 * loads the revision in the same statement as its data and passes it to `sendPublic`, saving a
 * round trip on every miss (on PostgreSQL, half of an uncached article read's queries).
 *
 * @example
 * createRoute({ method: 'get', path: '/v1/articles/{slug}', middleware: [publicCache()], … });
 */
export function publicCache(
  policy: CachePolicy = PUBLIC_CONTENT,
  options: { revisionFromHandler?: boolean } = {},
): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    if (principalOf(c) !== null) return next();
    const url = c.req.url;
    const key = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    const now = c.get('now')();
    const cache = c.get('responseCache');
    if (options.revisionFromHandler && !cache.has(key)) {
      c.set('cacheSlot', { key, revision: null, now, policy });
      await next();
      return;
    }
    // Read before the handler loads anything: a write in between leaves the entry tagged with the
    // older revision, so it is reloaded on the next request rather than kept as current.
    const revision = await c.get('store').articleRevision();
    const hit = cache.get(key, { revision, now });
    if (hit) return sendCached(c, hit, policy);
    c.set('cacheSlot', { key, revision, now, policy });
    await next();
  };
}

/**
 * Sends `value` as a 200 JSON response. Behind `publicCache()` on an anonymous request, it is
 * cached until the revision changes or `expires()` (when the value may change without a write,
 * such as a scheduled article going public); otherwise it is sent as it is. `revision` is the one
 * `value` was read at, when the handler read it with `value` (see `revisionFromHandler`).
 * `lastModified` (an HTTP date: when what it shows last changed) becomes its `Last-Modified`,
 * which `If-Modified-Since` is checked against.
 *
 * @example
 * return sendPublic(c, page, { expires: () => store.nextPublicationAfter(now), lastModified: newestHttpDate(page.items.map((a) => a.updatedAt)) });
 */
export function sendPublic(c: Context<AppBindings>, value: unknown, options: PublicOptions = {}): Promise<Response> {
  return sendPublicJson(c, JSON.stringify(value), options);
}

/** How `sendPublic` caches and dates an answer. */
interface PublicOptions {
  expires?: () => Promise<Date | null>;
  revision?: number;
  lastModified?: string | undefined;
}

/**
 * `sendPublic` of a value already serialised: `json` is sent (and cached) as it is.
 *
 * @example
 * return sendPublicJson(c, article.json, { revision, lastModified: httpDate(article.updatedAt) });
 */
export async function sendPublicJson(c: Context<AppBindings>, json: string, options: PublicOptions = {}): Promise<Response> {
  const slot = c.get('cacheSlot');
  if (!slot) {
    if (options.lastModified) c.header('Last-Modified', options.lastModified);
    return c.body(json, 200, { 'Content-Type': 'application/json' });
  }
  const revision = options.revision ?? slot.revision;
  if (revision === null) throw new Error(`sendPublic: ${slot.key} was not read with its revision`);
  const expires = options.expires ? await options.expires() : null;
  const cached = c.get('responseCache').set(slot.key, json, { revision, now: slot.now, expires, lastModified: options.lastModified });
  return sendCached(c, cached, slot.policy);
}

/** What a cache miss loads: the value to serve, or null for "not found" (never cached). */
export interface Loaded<T> {
  value: T;
  /** When the value may change without a write (a scheduled article going public); null for never. */
  expires?: Date | null;
}

/**
 * The cached body for `key` at the store's current article revision, loading and caching it on a
 * miss; null when `load` finds nothing. For handlers that pick their own key (the middleware
 * form, `publicCache()`, keys by URL); only for responses that are the same for every anonymous
 * reader and depend on nothing but articles.
 *
 * @example
 * const hit = await cachedBody(c, `article:${slug}`, async () => {
 *   const article = await getArticle(store, slug, { now });
 *   return article && { value: article };
 * });
 * return hit ? sendCached(c, hit, PUBLIC_CONTENT) : problem(c, 404, …);
 */
export async function cachedBody<T>(
  c: Context<AppBindings>,
  key: string,
  load: () => Promise<Loaded<T> | null>,
): Promise<CachedBody | null> {
  const cache = c.get('responseCache');
  const now = c.get('now')();
  const revision = await c.get('store').articleRevision();
  const hit = cache.get(key, { revision, now });
  if (hit) return hit;
  const loaded = await load();
  if (loaded === null) return null;
  return cache.set(key, JSON.stringify(loaded.value), { revision, now, expires: loaded.expires ?? null });
}

/**
 * A 200 JSON response of a cached body with its ETag, Last-Modified (when known) and `policy`, or
 * a 304 when `If-None-Match` names the ETag or, without it, `If-Modified-Since` is not older than
 * the Last-Modified. Anonymous responses are built complete, in one step (see `finalResponse`); with
 * a token, `httpCache` makes the response `private, no-store` as usual.
 *
 * @example
 * return sendCached(c, hit, PUBLIC_CONTENT);
 */
export function sendCached(c: Context<AppBindings>, cached: CachedBody, policy: CachePolicy): Response {
  if (principalOf(c) !== null) {
    setCachePolicy(c, policy);
    return c.body(cached.body, 200, {
      'Content-Type': 'application/json',
      ETag: cached.etag,
      ...(cached.lastModified && { 'Last-Modified': cached.lastModified }),
    });
  }
  const sent = cachedForm(cached, requestHeader(c, 'accept-encoding'));
  // Signed-in requests are answered apart (above): a shared cache must not give them this one.
  const caching: Record<string, string> = {
    etag: sent.etag,
    'cache-control': cacheControlFor(policy),
    vary: sent.vary ? 'Authorization, Cookie, Accept-Encoding' : 'Authorization, Cookie',
  };
  if (cached.lastModified) caching['last-modified'] = cached.lastModified;
  const preconditions = {
    method: c.req.method,
    ifNoneMatch: requestHeader(c, 'if-none-match'),
    ifModifiedSince: requestHeader(c, 'if-modified-since'),
  };
  if (notModified(preconditions, { etag: sent.etag, lastModified: cached.lastModified })) return finalResponse(c, 304, null, caching);
  const coding: Record<string, string> = sent.encoding ? { 'content-encoding': sent.encoding } : {};
  return finalResponse(c, 200, sent.body, { 'content-type': 'application/json', ...coding, ...caching });
}
