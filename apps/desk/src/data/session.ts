/**
 * @module
 * Accounts and sessions: who is signed in, signing in and out, and the one-time setup,
 * invitation and reset links.
 */
import { ApiError, call, type Transport } from './http.ts';
import type { Session, SetupLink } from './types.ts';

/**
 * The session of the request's cookie, or null when nobody is signed in.
 *
 * @example
 * const session = await getSession(transport);
 */
export async function getSession(transport: Transport): Promise<Session | null> {
  try {
    return (await call<Session>(transport, 'GET', '/v1/auth/session')).body;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}

/**
 * Signs in; the API sets the session cookie.
 *
 * @example
 * const { csrfToken } = await signIn(transport, 'ana@example.org', password);
 */
export async function signIn(transport: Transport, email: string, password: string): Promise<Session> {
  return (await call<Session>(transport, 'POST', '/v1/auth/sign-in', { body: { email, password } })).body;
}

/**
 * Signs out of this browser.
 *
 * @example
 * await signOut(transport);
 */
export async function signOut(transport: Transport): Promise<void> {
  await call(transport, 'POST', '/v1/auth/sign-out');
}

/**
 * What a setup, invitation or reset link is for; null when it is used, expired or unknown.
 *
 * @example
 * const link = await readSetupLink(transport, token); // { kind: 'invite', email: 'cora@example.org', role: 'contributor' }
 */
export async function readSetupLink(transport: Transport, token: string): Promise<SetupLink | null> {
  try {
    return (await call<SetupLink>(transport, 'GET', `/v1/auth/setup/${encodeURIComponent(token)}`)).body;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 410 || error.status === 404)) return null;
    throw error;
  }
}

/**
 * Uses a setup or invitation link (name, e-mail, password) or a reset link (password only).
 *
 * @example
 * await completeSetup(transport, { token, name: 'Ana', email: 'ana@example.org', password });
 */
export async function completeSetup(
  transport: Transport,
  fields: { token: string; password: string; name?: string; email?: string },
): Promise<Session> {
  return (await call<Session>(transport, 'POST', '/v1/auth/setup', { body: fields })).body;
}
