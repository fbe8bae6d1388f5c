/**
 * @module
 * The sign-in throttle: failed attempts are counted per account (the address typed, whether or
 * not it has an account, so the throttle tells nothing either) and per client address, in the
 * database, so every API process sees the same counts. Past the limit, sign-in is refused until
 * enough failures have aged out of the window, whatever the password.
 */
import type { Store } from '../../store/store.ts';

/** How many failures within `windowMs` lock a key. */
export interface ThrottleLimits {
  windowMs: number;
  /** Per account: a guesser of one person's password gets this many tries per window. */
  perAccount: number;
  /** Per client address: more, since a newsroom may share one address behind its NAT. */
  perAddress: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 };

/** The throttle keys of an attempt. */
export function throttleKeys(email: string, address: string | null): { account: string; address: string } {
  return { account: `account:${email}`, address: `address:${address ?? 'unknown'}` };
}

/** Seconds until `failures` (oldest first) fall below `max` within the window, or 0 when they already are. */
function waitFor(failures: readonly string[], max: number, now: Date, windowMs: number): number {
  if (failures.length < max) return 0;
  const freedAt = Date.parse(failures[failures.length - max]!) + windowMs;
  return Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
}

/**
 * How many seconds an attempt with these keys must wait, or 0 when it may go ahead.
 *
 * @example
 * const wait = await throttleWait(store, throttleKeys(email, ip), now);
 * if (wait > 0) return tooManyRequests(wait);
 */
export async function throttleWait(
  store: Store,
  keys: { account: string; address: string },
  now: Date,
  limits: ThrottleLimits = DEFAULT_THROTTLE,
): Promise<number> {
  // A failure exactly `windowMs` old has left the window, as `waitFor` promised.
  const since = new Date(now.getTime() - limits.windowMs + 1).toISOString();
  const [account, address] = await Promise.all([store.signInFailures(keys.account, since), store.signInFailures(keys.address, since)]);
  return Math.max(waitFor(account, limits.perAccount, now, limits.windowMs), waitFor(address, limits.perAddress, now, limits.windowMs));
}

/**
 * Counts a failed attempt under both keys.
 *
 * @example
 * await recordFailure(store, keys, now);
 */
export function recordFailure(store: Store, keys: { account: string; address: string }, now: Date): Promise<void> {
  return store.recordSignInFailure([keys.account, keys.address], now.toISOString());
}

/**
 * Forgets the account's failures after a successful sign-in (the address's stay: one person
 * signing in must not clear the count of someone guessing from the same address), and every
 * failure older than the window.
 *
 * @example
 * await recordSuccess(store, keys, now);
 */
export function recordSuccess(
  store: Store,
  keys: { account: string; address: string },
  now: Date,
  limits: ThrottleLimits = DEFAULT_THROTTLE,
): Promise<void> {
  return store.clearSignInFailures(keys.account, new Date(now.getTime() - limits.windowMs).toISOString());
}
