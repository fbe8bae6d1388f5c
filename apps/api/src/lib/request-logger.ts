/**
 * @module
 * The request id and the request log line. Every response carries `X-Request-Id` (a sane
 * incoming one is echoed, so a proxy's id follows the request through), and every line logged
 * while serving it carries the same id; when the response is ready, one line sums it up.
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { type Logger, withFields } from './logger.ts';
import { requestHeader } from './request-header.ts';
import { responseHeaders } from './response-headers.ts';
import type { AppBindings } from './types.ts';

/** An incoming id is echoed only when it is short and plain, so it cannot forge log lines or headers. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/**
 * The id for a request: the incoming `X-Request-Id` when sane, a new UUID otherwise.
 *
 * @example
 * requestIdFor('edge-7f3a'); // 'edge-7f3a'
 * requestIdFor('bad id\n'); // a new UUID
 */
function requestIdFor(incoming: string | undefined): string {
  return incoming !== undefined && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Sets the request id and the request's logger, then logs
 * `request method=GET path=/v1/articles status=200 durationMs=1.2 requestId=…` at `level`.
 *
 * @example
 * app.use(requestLogger(logger, 'info'));
 */
export function requestLogger(logger: Logger, level: 'debug' | 'info' = 'info'): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const started = performance.now();
    const id = requestIdFor(requestHeader(c, 'x-request-id'));
    c.set('requestId', id);
    c.set('logger', withFields(logger, { requestId: id }));
    responseHeaders(c)['x-request-id'] = id;
    await next();
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    logger[level]('request', { method: c.req.method, path: c.req.path, status: c.res.status, durationMs, requestId: id });
  };
}
