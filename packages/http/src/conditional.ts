/**
 * @module
 * Conditional GET (RFC 9110 §13): whether a request's `If-None-Match` or `If-Modified-Since`
 * says the reader's copy is still current, so the answer can be a 304. The entity tag decides
 * when the request names one, since it tells apart versions made within the same second, which
 * a date cannot; the date is read only without it.
 */

/** The preconditions a reader sent, as they came (header values, or undefined). */
export interface Preconditions {
  method: string;
  ifNoneMatch?: string | undefined;
  ifModifiedSince?: string | undefined;
}

/** What the server knows of the representation it would send. */
export interface Validators {
  /** The entity tag, quoted (`"abc"` or `W/"abc"`). */
  etag?: string | undefined;
  /** The `Last-Modified` value, an HTTP date. */
  lastModified?: string | undefined;
}

/**
 * The `Last-Modified` value for a time (an ISO string or a Date): an HTTP date (IMF-fixdate), to
 * the second, or undefined for a missing or unreadable time.
 *
 * @example
 * httpDate('2026-05-08T09:30:15.250Z'); // 'Fri, 08 May 2026 09:30:15 GMT'
 */
export function httpDate(time: string | Date | null | undefined): string | undefined {
  if (time === null || time === undefined) return undefined;
  const ms = typeof time === 'string' ? Date.parse(time) : time.getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toUTCString();
}

/**
 * The `Last-Modified` of a list: the newest of its items' times, or undefined when none has one.
 *
 * @example
 * newestHttpDate(['2026-05-08T09:30:00Z', '2026-05-09T07:00:00Z']); // 'Sat, 09 May 2026 07:00:00 GMT'
 */
export function newestHttpDate(times: Iterable<string | null | undefined>): string | undefined {
  let newest = Number.NEGATIVE_INFINITY;
  for (const time of times) {
    const ms = time ? Date.parse(time) : Number.NaN;
    if (ms > newest) newest = ms;
  }
  return Number.isFinite(newest) ? new Date(newest).toUTCString() : undefined;
}

/**
 * Whether `If-None-Match` names `etag`, by the weak comparison RFC 9110 prescribes for it; `*`
 * names any representation.
 *
 * @example
 * etagMatches('W/"abc", "def"', '"abc"'); // true
 */
export function etagMatches(ifNoneMatch: string, etag: string | undefined): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  if (etag === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === wanted);
}

/**
 * Whether a GET or HEAD with `request`'s preconditions may be answered 304 for a representation
 * with `current`'s validators (RFC 9110 §13.2.2): `If-None-Match` when sent, ignoring
 * `If-Modified-Since`; otherwise `If-Modified-Since`, when it is a valid date and the
 * representation has not changed since it.
 *
 * @example
 * notModified({ method: 'GET', ifModifiedSince: 'Fri, 08 May 2026 09:30:15 GMT' }, { lastModified: 'Fri, 08 May 2026 09:30:15 GMT' }); // true
 * notModified({ method: 'GET', ifNoneMatch: '"old"', ifModifiedSince: 'Fri, 08 May 2026 09:30:15 GMT' }, { etag: '"new"', lastModified: 'Fri, 08 May 2026 09:30:15 GMT' }); // false
 */
export function notModified(request: Preconditions, current: Validators): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.ifNoneMatch !== undefined) return etagMatches(request.ifNoneMatch, current.etag);
  if (request.ifModifiedSince === undefined || current.lastModified === undefined) return false;
  const since = Date.parse(request.ifModifiedSince);
  const modified = Date.parse(current.lastModified);
  // An unreadable date is ignored (the full answer goes out); HTTP dates are whole seconds.
  if (Number.isNaN(since) || Number.isNaN(modified)) return false;
  return Math.floor(modified / 1000) <= Math.floor(since / 1000);
}
