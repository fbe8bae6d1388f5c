/**
 * @module
 * Security headers on every response. The API serves JSON, so the policy is strict: nothing may
 * frame it and browsers must not guess content types. A route that serves a page (the API
 * reference at /docs) sets its own `Content-Security-Policy`, which is kept.
 */
import type { MiddlewareHandler } from 'hono';
import { responseHeaders } from './response-headers.ts';
import type { AppBindings } from './types.ts';

/** The headers and their values; `Content-Security-Policy` is the default a route may override. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "frame-ancestors 'none'",
  'referrer-policy': 'strict-origin-when-cross-origin',
} as const;

/**
 * Adds `SECURITY_HEADERS` to every response (through `applyResponseHeaders`, which keeps a
 * `Content-Security-Policy` the route set).
 *
 * @example
 * app.use(securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    Object.assign(responseHeaders(c), SECURITY_HEADERS);
    await next();
  };
}
