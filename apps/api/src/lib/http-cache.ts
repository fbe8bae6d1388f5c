/**
 * @module
 * HTTP caching: `Cache-Control` chosen per route, strong ETags on every successful GET, and
 * `If-None-Match` answered with 304. Anything read with a token is `private, no-store`: it may
 * include drafts, and a shared cache must never hand it to someone else.
 */
import { etagMatches, notModified } from '@dateline/http';
import type { Context, MiddlewareHandler } from 'hono';
import { principalOf } from './auth.ts';
import { etagFor } from './etag.ts';
import { requestHeader } from './request-header.ts';
import type { CachePolicy } from './request-state.ts';
import type { AppBindings } from './types.ts';
import { appendVary } from './vary.ts';

/** Articles and listings: a minute in browsers, five minutes at the edge. */
export const PUBLIC_CONTENT: CachePolicy = Object.freeze({ maxAge: 60, sMaxAge: 300, staleWhileRevalidate: 600 });

/** What is never stored anywhere: probes, writes, errors, anything read with a token. */
export const NO_STORE = 'no-store';
export const PRIVATE_NO_STORE = 'private, no-store';

/**
 * The `Cache-Control` value of a policy.
 *
 * @example
 * cacheControlValue(PUBLIC_CONTENT); // 'public, max-age=60, s-maxage=300, stale-while-revalidate=600'
 */
function cacheControlValue(policy: CachePolicy): string {
  const parts = ['public', `max-age=${policy.maxAge}`];
  if (policy.sMaxAge !== undefined) parts.push(`s-maxage=${policy.sMaxAge}`);
  if (policy.staleWhileRevalidate !== undefined) parts.push(`stale-while-revalidate=${policy.staleWhileRevalidate}`);
  return parts.join(', ');
}

/**
 * Marks this response as cacheable under `policy` (or `no-store`). `httpCache()` turns it into
 * `private, no-store` when the request carried a token, and into `no-store` when the response is
 * not a success.
 *
 * @example
 * setCachePolicy(c, { maxAge: 10, sMaxAge: 30, staleWhileRevalidate: 60 }); // comments change often
 */
export function setCachePolicy(c: Context<AppBindings>, policy: CachePolicy | typeof NO_STORE): void {
  c.header('Cache-Control', policy === NO_STORE ? NO_STORE : cacheControlFor(policy));
}

/**
 * `cacheControlValue`, formatted once per frozen policy (policies are constants in practice).
 *
 * @example
 * cacheControlFor(PUBLIC_CONTENT); // 'public, max-age=60, s-maxage=300, stale-while-revalidate=600'
 */
export function cacheControlFor(policy: CachePolicy): string {
  let value = headerValues.get(policy);
  if (value === undefined) {
    value = cacheControlValue(policy);
    if (Object.isFrozen(policy)) headerValues.set(policy, value);
  }
  return value;
}

const headerValues = new WeakMap<CachePolicy, string>();

/**
 * Whether `If-None-Match` matches `etag` (weak comparison, as RFC 9110 prescribes for it).
 *
 * @example
 * ifNoneMatchHits('W/"abc", "def"', '"abc"'); // true
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  return header !== undefined && etagMatches(header, etag);
}

/** Headers a 304 must repeat (RFC 9110 §15.4.5) plus those every response of ours carries. */
const KEPT_ON_304 = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'last-modified', 'vary', 'x-request-id'];

/**
 * Middleware: the final `Cache-Control` of every response, an ETag on successful GETs (kept when
 * the route set one), and 304 when `If-None-Match` matches or, without it, when `If-Modified-Since`
 * is not older than the `Last-Modified` the route set.
 *
 * @example
 * app.use(httpCache());
 */
export function httpCache(): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    await next();
    // A final response (a response-cache hit) already has its caching headers and answered If-None-Match.
    if (c.get('finalResponse')) return;
    const res = c.res;
    const read = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (!read || res.status !== 200) {
      if (!res.headers.has('cache-control') || res.status >= 400) res.headers.set('Cache-Control', NO_STORE);
      return;
    }
    appendVary(res.headers, 'Authorization', 'Cookie');
    if (principalOf(c) !== null) res.headers.set('Cache-Control', PRIVATE_NO_STORE);
    else if (!res.headers.has('cache-control')) res.headers.set('Cache-Control', NO_STORE);
    let etag = res.headers.get('etag');
    if (etag === null) {
      etag = etagFor(new Uint8Array(await res.clone().arrayBuffer()));
      res.headers.set('ETag', etag);
    }
    const preconditions = {
      method: c.req.method,
      ifNoneMatch: requestHeader(c, 'if-none-match'),
      ifModifiedSince: requestHeader(c, 'if-modified-since'),
    };
    if (notModified(preconditions, { etag, lastModified: res.headers.get('last-modified') ?? undefined })) {
      const headers = new Headers();
      for (const name of KEPT_ON_304) {
        const value = res.headers.get(name);
        if (value !== null) headers.set(name, value);
      }
      // Hono copies the old response's headers into a new one; clearing first keeps the 304 lean.
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
    }
  };
}
