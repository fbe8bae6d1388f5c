/**
 * @module
 * Cross-site request forgery. A browser sends the session cookie with any request to the API,
 * including one a page on another site makes it send; so every state-changing request that a
 * session cookie authenticates must also carry `X-CSRF-Token`, the session's token, which only
 * pages of the desk can read (from `/v1/auth/session` or the sign-in answer). Bearer-token
 * requests need none: a browser never adds an `Authorization` header by itself. Sign-in and setup,
 * which have no session yet, are checked by `Origin` instead (`requireTrustedOrigin`).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { csrfTokenMatches } from '../services/accounts/secrets.ts';
import { normaliseOrigin } from './cors.ts';
import { problem } from './problem.ts';
import { requestHeader } from './request-header.ts';
import type { AppBindings } from './types.ts';

/** Methods that change nothing, so forging them gains an attacker nothing. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes that start a session rather than use one: checked by `Origin` (`requireTrustedOrigin`). */
const SESSION_STARTING_PATHS = new Set(['/v1/auth/sign-in', '/v1/auth/setup']);

/** The header carrying the token. */
const CSRF_HEADER = 'X-CSRF-Token';

/**
 * App-wide middleware, after `authenticate()`: 403 for a state-changing request authenticated by
 * a session cookie without the session's CSRF token.
 *
 * @example
 * app.use(authenticate());
 * app.use(csrfProtection());
 */
export function csrfProtection(): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const session = c.get('session');
    if (
      !SAFE_METHODS.has(c.req.method) &&
      session &&
      !SESSION_STARTING_PATHS.has(c.req.path) &&
      !csrfTokenMatches(session.sessionId, requestHeader(c, 'x-csrf-token'))
    ) {
      return problem(c, 403, {
        title: 'CSRF token missing or wrong',
        detail: `A request signed in with a session cookie must send the session's CSRF token in ${CSRF_HEADER} (from GET /v1/auth/session).`,
      });
    }
    await next();
  };
}

/**
 * Whether the request's `Origin`, if it sends one, is the API's own, the desk's, or one of
 * `CORS_ORIGINS`. Browsers send `Origin` with every POST, so a forged sign-in from another site
 * names that site; clients that are not browsers (scripts) send none and are not at risk.
 *
 * @example
 * if (!trustedOrigin(c)) return problem(c, 403, { … });
 */
function trustedOrigin(c: Context<AppBindings>): boolean {
  const origin = requestHeader(c, 'origin');
  if (origin === undefined) return true;
  const normal = normaliseOrigin(origin);
  if (normal === null) return false;
  const trusted = [new URL(c.req.url).origin, c.get('accounts').deskUrl, ...c.get('accounts').trustedOrigins].map((o) =>
    normaliseOrigin(new URL(o).origin),
  );
  return trusted.includes(normal);
}

/**
 * Route middleware for sign-in and setup: 403 when `Origin` is not trusted (see `trustedOrigin`).
 *
 * @example
 * createRoute({ method: 'post', path: '/v1/auth/sign-in', middleware: [requireTrustedOrigin()], … });
 */
export function requireTrustedOrigin(): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    if (!trustedOrigin(c)) {
      return problem(c, 403, {
        detail: `Signing in is accepted only from the desk's own origin; ${requestHeader(c, 'origin')} is not trusted.`,
      });
    }
    await next();
  };
}
