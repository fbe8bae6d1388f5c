/**
 * @module
 * The session cookie: `HttpOnly` (no script reads it), `SameSite=Lax` (not sent with other sites'
 * subrequests or cross-site form posts), `Path=/`, and `Secure` when the request came over HTTPS,
 * directly or through a trusted proxy saying so in `X-Forwarded-Proto`.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ActiveSession } from '../services/accounts/sessions.ts';
import { fromTrustedProxy } from './client-ip.ts';
import { requestHeader } from './request-header.ts';
import type { AppBindings } from './types.ts';

/** The cookie's name. */
const SESSION_COOKIE = 'dateline_session';

/**
 * Whether the client reached us over HTTPS.
 *
 * @example
 * isHttps(c); // true behind nginx terminating TLS with X-Forwarded-Proto: https
 */
function isHttps(c: Context<AppBindings>): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const proto = requestHeader(c, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https' && fromTrustedProxy(c);
}

/**
 * The session id the request's cookie carries, if any.
 *
 * @example
 * const sessionId = readSessionCookie(c);
 */
export function readSessionCookie(c: Context<AppBindings>): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Sets the cookie of a session just started; it lives until the session's absolute end (idle
 * expiry is judged by the server, which a cookie's lifetime could not follow).
 *
 * @example
 * writeSessionCookie(c, active);
 */
export function writeSessionCookie(c: Context<AppBindings>, session: ActiveSession): void {
  const maxAge = Math.max(0, Math.floor((Date.parse(session.maxExpiresAt) - c.var.now().getTime()) / 1000));
  setCookie(c, SESSION_COOKIE, session.sessionId, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge });
}

/**
 * Tells the browser to forget the cookie.
 *
 * @example
 * clearSessionCookie(c);
 */
export function clearSessionCookie(c: Context<AppBindings>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
}
