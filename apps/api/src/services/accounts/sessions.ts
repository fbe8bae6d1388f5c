/**
 * @module
 * Browser sessions: started at sign-in (always with a new id), ended after a stretch of inactivity
 * or at an absolute limit, whichever comes first, and revocable one by one or all at once.
 */
import type { Session, Store, User } from '../../store/store.ts';
import { csrfTokenFor, newSecret, secretHash } from './secrets.ts';

/** How long sessions last. */
export interface SessionPolicy {
  /** A session unused for this long has ended (`SESSION_IDLE_TIMEOUT`). */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in however much it is used (`SESSION_MAX_AGE`). */
  maxAgeMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The defaults: a week without use signs a person out, and nobody stays signed in for more than
 * 30 days. A week lets a desk tab left over a weekend still save the draft it holds; the absolute
 * limit bounds how long a stolen cookie could serve.
 */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleTimeoutMs: 7 * DAY, maxAgeMs: 30 * DAY };

/** How stale `lastSeenAt` may get before a use is written (idle expiry is this coarse). */
const SESSION_TOUCH_RESOLUTION_MS = 60_000;

/** A session as its holder sees it. */
export interface ActiveSession {
  user: User;
  /** The secret in the cookie; never stored. */
  sessionId: string;
  csrfToken: string;
  /** When the session ends if it keeps being used: the earlier of idle and absolute expiry. */
  expiresAt: string;
  /** The absolute end, for the cookie's lifetime. */
  maxExpiresAt: string;
}

/** The end of a session as of its last use. */
function endOf(session: Pick<Session, 'lastSeenAt' | 'expiresAt'>, policy: SessionPolicy): number {
  return Math.min(Date.parse(session.lastSeenAt) + policy.idleTimeoutMs, Date.parse(session.expiresAt));
}

/**
 * A new session row for a person signing in at `now`, with its secret; the caller stores it
 * (alone, or in the transaction that creates the person).
 *
 * @example
 * const { session, active } = newSession(user, now, policy);
 * await store.createSession(session);
 */
export function newSession(user: User, now: Date, policy: SessionPolicy): { session: Session; active: ActiveSession } {
  const sessionId = newSecret();
  const at = now.toISOString();
  const session: Session = {
    idHash: secretHash(sessionId),
    userId: user.id,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(now.getTime() + policy.maxAgeMs).toISOString(),
  };
  return { session, active: describe(user, sessionId, session, policy) };
}

function describe(user: User, sessionId: string, session: Session, policy: SessionPolicy): ActiveSession {
  return {
    user,
    sessionId,
    csrfToken: csrfTokenFor(sessionId),
    expiresAt: new Date(endOf(session, policy)).toISOString(),
    maxExpiresAt: session.expiresAt,
  };
}

/**
 * Starts and stores a session for `user`.
 *
 * @example
 * const active = await startSession(store, user, new Date(), DEFAULT_SESSION_POLICY);
 */
export async function startSession(store: Store, user: User, now: Date, policy: SessionPolicy): Promise<ActiveSession> {
  const { session, active } = newSession(user, now, policy);
  await store.createSession(session);
  return active;
}

/**
 * The live session whose id is `sessionId`, or null when it is unknown, ended, or its person is
 * deactivated. Records the use (at most once per `SESSION_TOUCH_RESOLUTION_MS`), which is what
 * keeps an active session from idling out. An expired session is deleted on the way.
 *
 * @example
 * const active = await resumeSession(store, cookieValue, c.var.now(), policy);
 */
export async function resumeSession(store: Store, sessionId: string, now: Date, policy: SessionPolicy): Promise<ActiveSession | null> {
  const found = await store.findSession(secretHash(sessionId));
  if (!found) return null;
  const { session, user } = found;
  if (!user.active || endOf(session, policy) <= now.getTime()) {
    // Housekeeping; a failure here must not fail the request, which is anonymous either way.
    await store.deleteSession(session.idHash).catch(() => undefined);
    return null;
  }
  let current = session;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_RESOLUTION_MS) {
    const at = now.toISOString();
    await store.touchSession(session.idHash, user.id, at).catch(() => undefined);
    current = { ...session, lastSeenAt: at };
  }
  return describe(user, sessionId, current, policy);
}

/**
 * Ends the session whose id is `sessionId` (signing out).
 *
 * @example
 * await endSession(store, cookieValue);
 */
export function endSession(store: Store, sessionId: string): Promise<void> {
  return store.deleteSession(secretHash(sessionId));
}

/**
 * Ends every session of a person (signing out everywhere); resolves with how many there were.
 *
 * @example
 * await endAllSessions(store, user.id);
 */
export function endAllSessions(store: Store, userId: string): Promise<number> {
  return store.deleteUserSessions(userId);
}
