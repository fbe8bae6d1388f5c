/**
 * @module
 * Headers every response gets (request id, security headers, CORS), collected while the request
 * goes in and added once when the response comes out. A route that builds its complete response
 * itself, such as a response-cache hit, takes them in one plain object and marks the response
 * final: nothing touches its headers afterwards, so the server writes them as they are.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppBindings } from './types.ts';
import { appendVary } from './vary.ts';

/**
 * The headers collected for this request's response so far (lower-case names), created on first use.
 *
 * @example
 * responseHeaders(c)['x-request-id'] = id;
 */
export function responseHeaders(c: Context<AppBindings>): Record<string, string> {
  let headers = c.get('responseHeaders');
  if (!headers) {
    headers = {};
    c.set('responseHeaders', headers);
  }
  return headers;
}

/**
 * A complete response: `headers` plus the collected ones, marked so that no middleware changes it.
 *
 * @example
 * return finalResponse(c, 200, bytes, { 'content-type': 'application/json', etag });
 */
export function finalResponse(
  c: Context<AppBindings>,
  status: number,
  body: Uint8Array<ArrayBuffer> | null,
  headers: Record<string, string>,
): Response {
  c.set('finalResponse', true);
  const collected = responseHeaders(c);
  const vary =
    collected.vary === undefined || headers.vary === undefined ? (headers.vary ?? collected.vary) : `${collected.vary}, ${headers.vary}`;
  return new Response(body, { status, headers: { ...collected, ...headers, ...(vary !== undefined && { vary }) } });
}

/**
 * Middleware adding the collected headers to every response that is not final; a header the
 * route set itself wins (the /docs page's own Content-Security-Policy), except `Vary`, which adds up.
 *
 * @example
 * app.use(applyResponseHeaders());
 */
export function applyResponseHeaders(): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    await next();
    if (c.get('finalResponse')) return;
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(responseHeaders(c))) {
      if (name === 'vary') appendVary(headers, ...value.split(', '));
      else if (!headers.has(name)) headers.set(name, value);
    }
  };
}
