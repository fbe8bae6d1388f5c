/**
 * @module
 * The random secrets of sessions and links. Each carries 256 random bits, so the store keeps a
 * fast hash (SHA-256, as for API tokens): nothing can be guessed, and a copy of the database lets
 * nobody in.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashSecret } from '../tokens.ts';

/**
 * A new secret: 32 random bytes, base64url (43 characters, safe in cookies and URLs).
 *
 * @example
 * const sessionId = newSecret();
 */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the store keeps of a secret (SHA-256, hex).
 *
 * @example
 * await store.findSession(secretHash(cookieValue));
 */
export function secretHash(secret: string): string {
  return hashSecret(secret);
}

/**
 * The CSRF token of a session: an HMAC of a fixed label keyed by the session id. It is bound to the
 * session and needs no storage, and it cannot be made without the id, which only the HttpOnly
 * cookie holds, out of reach of other sites and of scripts.
 *
 * @example
 * csrfTokenFor(sessionId); // 43 characters
 */
export function csrfTokenFor(sessionId: string): string {
  return createHmac('sha256', sessionId).update('dateline csrf token').digest('base64url');
}

/**
 * Whether `presented` is the CSRF token of the session `sessionId`, compared in constant time.
 *
 * @example
 * csrfTokenMatches(sessionId, c.req.header('x-csrf-token'));
 */
export function csrfTokenMatches(sessionId: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const expected = Buffer.from(csrfTokenFor(sessionId));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
