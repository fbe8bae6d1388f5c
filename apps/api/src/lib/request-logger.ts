/**
 * @module
 * One log line per request, with status and duration, at the `debug` level (LOG_LEVEL=debug)
 * so a running site's page views do not flood the terminal.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppBindings } from './types.ts';

/**
 * Logs `METHOD path status duration` after each request.
 *
 * @example
 * app.use(requestLogger()); // GET /v1/articles 200 3ms
 */
export function requestLogger(): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    c.var.logger.debug(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`);
  };
}
