/**
 * @module
 * Authentication, by bearer token or by session cookie. Every request may carry
 * `Authorization: Bearer <token>`; a token that is present must be valid (401 otherwise, even on
 * public reads, so a client learns at once that its token is wrong). Without one, the session
 * cookie of a signed-in person stands for them; a cookie whose session has ended is simply no
 * session (the request is anonymous), since browsers keep sending cookies after their use is
 * over. Routes that need a role add `requireRole(role)`, which treats both kinds of principal alike.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { resumeSession } from '../services/accounts/sessions.ts';
import { type Principal, roleAllows, rolesAllowed, verifySecret } from '../services/tokens.ts';
import type { TokenRole } from '../store/store.ts';
import { problem } from './problem.ts';
import { requestHeader } from './request-header.ts';
import type { Rejection } from './request-state.ts';
import { readSessionCookie } from './session-cookie.ts';
import type { AppBindings } from './types.ts';

const REALM = 'Bearer realm="dateline"';

const invalidToken = (description: string): Rejection => ({
  detail: description,
  challenge: `${REALM}, error="invalid_token", error_description="${description.replace(/"/g, "'")}"`,
});

/** The principal of `c`, null without a token, or why the token was rejected; read once per request. */
async function resolve(c: Context<AppBindings>): Promise<Principal | null | Rejection> {
  const cached = c.get('auth');
  if (cached !== undefined) return cached;
  const header = requestHeader(c, 'authorization');
  let result: Principal | null | Rejection;
  if (header === undefined || header.trim() === '') result = await fromSession(c);
  else {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    if (!match) result = invalidToken('The Authorization header must be "Bearer <token>".');
    else result = (await verifySecret(c.get('store'), match[1]!, c.get('now')())) ?? invalidToken('The token is unknown or revoked.');
  }
  c.set('auth', result);
  return result;
}

/** The principal of the request's session cookie, or null; the session is kept in `c.var.session`. */
async function fromSession(c: Context<AppBindings>): Promise<Principal | null> {
  const sessionId = readSessionCookie(c);
  const active =
    sessionId === undefined ? null : await resumeSession(c.get('store'), sessionId, c.get('now')(), c.get('accounts').sessions);
  c.set('session', active);
  if (!active) return null;
  return { kind: 'user', id: active.user.id, name: active.user.name, role: active.user.role };
}

function isPrincipal(value: Principal | null | Rejection): value is Principal {
  return value !== null && 'role' in value;
}

/**
 * Who the request acts as (null for an anonymous request). Only meaningful after `authenticate()`
 * has run, which the app applies to every request.
 *
 * @example
 * const includeHidden = principalOf(c) !== null;
 */
export function principalOf(c: Context<AppBindings>): Principal | null {
  const value = c.get('auth');
  return value !== undefined && isPrincipal(value) ? value : null;
}

/**
 * App-wide middleware: checks a presented token and answers 401 when it is malformed, unknown
 * or revoked; requests without one go on anonymously.
 *
 * @example
 * app.use(authenticate());
 */
export function authenticate(): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const result = await resolve(c);
    if (result !== null && !isPrincipal(result)) {
      return problem(c, 401, { detail: result.detail }, { 'WWW-Authenticate': result.challenge });
    }
    await next();
  };
}

/**
 * Route middleware: 401 without a valid token, 403 when its role is not `role` (admins pass
 * every check).
 *
 * @example
 * createRoute({ method: 'post', path: '/v1/comments/{id}/approve', middleware: [requireRole('moderator')], … });
 */
export function requireRole(role: TokenRole): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const result = await resolve(c);
    if (result === null) {
      return problem(
        c,
        401,
        {
          detail: 'This request needs an API token (send "Authorization: Bearer <token>") or a signed-in session (POST /v1/auth/sign-in).',
        },
        { 'WWW-Authenticate': REALM },
      );
    }
    if (!isPrincipal(result)) return problem(c, 401, { detail: result.detail }, { 'WWW-Authenticate': result.challenge });
    if (!roleAllows(result.role, role)) {
      return problem(
        c,
        403,
        {
          detail: `${result.kind === 'token' ? 'The token' : 'The account of'} "${result.name}" has the role ${result.role}; this request needs ${rolesAllowed(role)}.`,
        },
        { 'WWW-Authenticate': `${REALM}, error="insufficient_scope"` },
      );
    }
    await next();
  };
}

/** The OpenAPI security requirement of routes that need a token or a signed-in session. */
export const BEARER_SECURITY: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];

/** The OpenAPI security of routes open to everyone, where a token or a session shows more. */
export const OPTIONAL_BEARER_SECURITY: Record<string, string[]>[] = [{}, { bearerAuth: [] }, { sessionCookie: [] }];

/** The OpenAPI security scheme, registered by the app as `bearerAuth`. */
export const BEARER_SCHEME = {
  type: 'http',
  scheme: 'bearer',
  description: 'An API token from `dateline token create`, sent as `Authorization: Bearer dl_…`.',
} as const;

/** The OpenAPI security scheme of browser sessions, registered by the app as `sessionCookie`. */
export const SESSION_SCHEME = {
  type: 'apiKey',
  in: 'cookie',
  name: 'dateline_session',
  description:
    "A browser session from `POST /v1/auth/sign-in`. Its state-changing requests must also send the session's CSRF token as `X-CSRF-Token`.",
} as const;
