/**
 * @module
 * Cross-origin access. Reads are public data, open to pages on any origin; writes are accepted
 * only from the origins listed in `CORS_ORIGINS` (and the API's own origin). Tokens travel in the
 * `Authorization` header, never in cookies, so no credentials mode is offered.
 */
import type { MiddlewareHandler } from 'hono';
import { problem } from './problem.ts';
import { requestHeader } from './request-header.ts';
import { responseHeaders } from './response-headers.ts';
import type { AppBindings } from './types.ts';
import { appendVary } from './vary.ts';

const READ_METHODS = new Set(['GET', 'HEAD']);
const WRITE_METHODS = 'POST, PUT, PATCH, DELETE';
/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600';
/** Response headers a page may read: caching, where a new article lives, and error details. */
const EXPOSED = 'ETag, Location, X-Request-Id, Retry-After, WWW-Authenticate, Dateline-Ignored-Fields';

/**
 * The normal form of an origin (`scheme://host[:port]`, lower case, default port dropped), or
 * null when `value` is not one.
 *
 * @example
 * normaliseOrigin('HTTPS://News.Example.org:443'); // 'https://news.example.org'
 */
export function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value.trim());
    const plain = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return plain && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Middleware: answers preflights, adds CORS headers to responses, and refuses (403) a write sent
 * from a page on an origin that is not allowed.
 *
 * @example
 * app.use(cors(['https://newsroom.example.org']));
 */
export function cors(writeOrigins: readonly string[]): MiddlewareHandler<AppBindings> {
  const allowed = new Set(writeOrigins.map((o) => normaliseOrigin(o)).filter((o) => o !== null));
  const mayWrite = (origin: string, requestUrl: string) => {
    const normal = normaliseOrigin(origin);
    return normal !== null && (allowed.has(normal) || normal === new URL(requestUrl).origin);
  };
  return async (c, next) => {
    const origin = requestHeader(c, 'origin');
    const method = c.req.method;
    const requested = requestHeader(c, 'access-control-request-method')?.toUpperCase();
    if (method === 'OPTIONS' && origin !== undefined && requested !== undefined) {
      const headers = new Headers({ 'Access-Control-Max-Age': PREFLIGHT_MAX_AGE });
      appendVary(headers, 'Origin', 'Access-Control-Request-Method', 'Access-Control-Request-Headers');
      if (READ_METHODS.has(requested)) {
        headers.set('Access-Control-Allow-Origin', '*');
        headers.set('Access-Control-Allow-Methods', 'GET, HEAD');
        headers.set('Access-Control-Allow-Headers', 'Authorization, If-None-Match, X-Request-Id');
      } else if (mayWrite(origin, c.req.url)) {
        headers.set('Access-Control-Allow-Origin', normaliseOrigin(origin)!);
        headers.set('Access-Control-Allow-Methods', WRITE_METHODS);
        headers.set('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-Match, X-CSRF-Token, X-Request-Id');
      }
      // Without the allow headers the browser refuses the request itself; the status says nothing more.
      return c.body(null, 204, Object.fromEntries(headers));
    }
    const isRead = READ_METHODS.has(method) || method === 'OPTIONS';
    if (!isRead && origin !== undefined && !mayWrite(origin, c.req.url)) {
      return problem(c, 403, {
        detail: `Writes are accepted only from the origins listed in CORS_ORIGINS; ${origin} is not one of them.`,
      });
    }
    const out = responseHeaders(c);
    if (isRead) out['access-control-allow-origin'] = '*';
    else if (origin !== undefined) {
      out['access-control-allow-origin'] = normaliseOrigin(origin)!;
      out.vary = out.vary === undefined ? 'Origin' : `${out.vary}, Origin`;
    }
    if (isRead || origin !== undefined) out['access-control-expose-headers'] = EXPOSED;
    await next();
  };
}
