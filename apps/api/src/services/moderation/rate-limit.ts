/**
 * @module
 * The per-client limit on new comments, counted in the database so that every API process on it
 * shares one count per client: a sliding window of the last minute, reckoned from the hits of the
 * current and the previous fixed minute (the previous one weighted by how much of it the sliding
 * window still covers). Clients are counted by canonical address, IPv6 clients by network (a /64
 * by default), never by how their address happens to be written.
 */
import { createHash } from 'node:crypto';
import { addressGroup } from '../../lib/canonical-address.ts';
import type { RateLimitStore } from '../../store/rate-limit-store.ts';

/** Whether a request may go ahead, and if not, how long to wait. */
export type RateDecision =
  /** `recent`: the client's comments in the sliding window, this one included (0 when the limit is off). */
  { allowed: true; recent: number } | { allowed: false; retryAfterSeconds: number };

/** Options of `hitRateLimit`. */
export interface RateLimitOptions {
  /** Requests allowed per window and client; 0 turns the limit off. */
  limit: number;
  /** Window length in milliseconds (default one minute). */
  windowMs?: number | undefined;
  /** How many leading bits of an IPv6 address make one client (default 64). */
  ipv6Prefix?: number | undefined;
}

/**
 * Counts one request from the client at `address` (canonical, as `clientIp` gives it; null when
 * unknown: such requests share one count) at `now` (ms since the epoch) if the limit allows it.
 * Refused requests are not counted, so a client that waits for `retryAfterSeconds` gets through.
 *
 * @example
 * const rate = await hitRateLimit(store, clientIp(c), Date.now(), { limit: 5 });
 * if (!rate.allowed) return problem(c, 429, …, { 'Retry-After': String(rate.retryAfterSeconds) });
 */
export async function hitRateLimit(
  store: RateLimitStore,
  address: string | null,
  now: number,
  options: RateLimitOptions,
): Promise<RateDecision> {
  const { limit, windowMs = 60_000, ipv6Prefix = 64 } = options;
  if (limit <= 0) return { allowed: true, recent: 0 };
  const key = clientKey(address === null ? null : addressGroup(address, ipv6Prefix), await store.rateLimitSalt());
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const { current, previous } = await store.hitRateWindow(key, windowStart, windowMs);
  const elapsed = (now - windowStart) / windowMs;
  const recent = previous * (1 - elapsed) + current;
  if (recent <= limit) return { allowed: true, recent };
  await store.undoRateHit(key, windowStart);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs(limit, current - 1, previous, elapsed, windowMs) / 1000)) };
}

/** How long until one more request fits: `before` counted in this window, `previous` in the last. */
function waitMs(limit: number, before: number, previous: number, elapsed: number, windowMs: number): number {
  // Only the next window has room: this one's own hits fill the limit.
  if (before + 1 > limit || previous === 0) return (1 - elapsed) * windowMs;
  // The previous window's weight falls until previous * (1 - x) + before + 1 <= limit.
  const x = 1 - (limit - before - 1) / previous;
  return Math.max(0, (x - elapsed) * windowMs);
}

/**
 * A key for a client address or address group that does not reveal it: SHA-256 with a secret
 * salt (without one, every IPv4 address could be recovered by hashing all four billion). The salt
 * is the database's (`rateLimitSalt`), so every API process makes the same key.
 *
 * @example
 * clientKey('203.0.113.9', salt); // 32 hex digits, the same for the same address and salt
 */
export function clientKey(group: string | null, salt: string): string {
  // Requests whose peer is unknown share one key, so they are limited together rather than not at all.
  return createHash('sha256')
    .update(salt)
    .update('\n')
    .update(group ?? 'unknown')
    .digest('hex')
    .slice(0, 32);
}
