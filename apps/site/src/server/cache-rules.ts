/**
 * @module
 * Which requests the page cache may answer and which answers it may keep. Everything personal
 * stays out: a request that carries the site's cookies or credentials goes past the cache, and an
 * answer that sets a cookie, is not a plain 200, or says it is private is never stored, so a
 * reader who has just posted a comment sees the page as it is now, not as another reader saw it.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/**
 * Whether the cache may answer a request: a GET or HEAD without credentials and without a
 * bypass cookie (`bypassCookies` null: any cookie at all).
 *
 * @example
 * mayUseCache('GET', { cookie: 'flash=posted' }, null); // false
 */
export function mayUseCache(method: string | undefined, headers: IncomingHttpHeaders, bypassCookies: ReadonlySet<string> | null): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (headers.authorization !== undefined) return false;
  const cookie = headers.cookie;
  if (!cookie) return true;
  if (!bypassCookies) return false;
  for (const pair of cookie.split(';')) {
    const end = pair.indexOf('=');
    if (bypassCookies.has((end < 0 ? pair : pair.slice(0, end)).trim())) return false;
  }
  return true;
}

/** Cache-Control directives under which an answer must not be shared or kept. */
const PERSONAL = /(?:^|[\s,])(?:private|no-store|no-cache)(?:$|[\s,=])/i;

/**
 * Whether an answer may be stored and served to other readers: a 200 that sets no cookie, is
 * not private, and varies on nothing the cache does not key on.
 *
 * @example
 * mayStore(200, { 'content-type': 'text/html' }); // true
 * mayStore(200, { 'set-cookie': ['flash=1'] }); // false
 */
export function mayStore(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200) return false;
  if (headers['set-cookie'] !== undefined) return false;
  const cacheControl = headerText(headers['cache-control']);
  if (cacheControl && PERSONAL.test(cacheControl)) return false;
  const vary = headerText(headers.vary);
  if (vary?.split(',').some((name) => name.trim().toLowerCase() !== 'accept-encoding')) return false;
  return true;
}

/**
 * The Cache-Control for a stored page that set none: browsers revalidate every time (and get a
 * 304 while the page is unchanged); a CDN may keep it as long as this server does, and serve it
 * stale that much longer while it fetches a fresh one.
 *
 * @example
 * sharedCacheControl(5000); // 'public, max-age=0, s-maxage=5, stale-while-revalidate=5'
 */
export function sharedCacheControl(ttlMs: number): string {
  const seconds = Math.max(1, Math.floor(ttlMs / 1000));
  return `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${seconds}`;
}

/**
 * A strong ETag for `body`: the same bytes always give the same tag, in any process.
 *
 * @example
 * etagOf(Buffer.from('hello')); // '"qvTGHdzF6KLavt4PO0gs2a6pQ00"'
 */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

function headerText(value: OutgoingHttpHeaders[string]): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}
