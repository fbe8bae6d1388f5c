/**
 * @module
 * Signing in with an e-mail address and a password. Every failure has the same answer, and takes
 * about as long, whether the address has no account, the password is wrong or the account is
 * deactivated, so the answer never tells which addresses have accounts.
 */
import type { Store } from '../../store/store.ts';
import { normaliseEmail } from './emails.ts';
import { verifyNothing, verifyPassword } from './passwords.ts';
import { type ActiveSession, type SessionPolicy, endSession, startSession } from './sessions.ts';
import { recordFailure, recordSuccess, throttleKeys, throttleWait, type ThrottleLimits } from './throttle.ts';

/** What a sign-in attempt carries. */
export interface SignInAttempt {
  email: string;
  password: string;
  /** The client's address, for the per-address throttle (null when unknown). */
  address: string | null;
  /** The session the browser already had, ended so that signing in always starts a new one. */
  previousSessionId?: string | undefined;
}

/** How an attempt ended. */
export type SignInOutcome =
  | { kind: 'signed-in'; session: ActiveSession }
  | { kind: 'refused' }
  | { kind: 'throttled'; retryAfterSeconds: number };

/**
 * Checks the attempt and starts a session on success.
 *
 * @example
 * const outcome = await signIn(store, { email, password, address }, now, policy);
 * if (outcome.kind === 'throttled') res.headers.set('Retry-After', String(outcome.retryAfterSeconds));
 */
export async function signIn(
  store: Store,
  attempt: SignInAttempt,
  now: Date,
  policy: SessionPolicy,
  limits?: ThrottleLimits,
): Promise<SignInOutcome> {
  const email = normaliseEmail(attempt.email);
  const keys = throttleKeys(email, attempt.address);
  const wait = await throttleWait(store, keys, now, limits);
  if (wait > 0) return { kind: 'throttled', retryAfterSeconds: wait };
  const user = await store.findUserByEmail(email);
  let ok = false;
  if (user) ok = (await verifyPassword(user.passwordHash, attempt.password)) && user.active;
  else await verifyNothing(attempt.password);
  if (!ok || !user) {
    await recordFailure(store, keys, now);
    return { kind: 'refused' };
  }
  await recordSuccess(store, keys, now, limits);
  // Rotation: whatever session the browser held (perhaps one planted by someone else) ends here.
  if (attempt.previousSessionId !== undefined) await endSession(store, attempt.previousSessionId);
  const { passwordHash: _hash, ...person } = user;
  return { kind: 'signed-in', session: await startSession(store, person, now, policy) };
}
