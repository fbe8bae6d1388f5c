/**
 * @module
 * The per-client limit on new comments: a sliding window of the last minute, kept in this
 * process's memory. Several API processes behind one address each count separately (so the
 * effective limit is the per-process limit times the number of processes), and a restart forgets
 * every count: the limit slows flooding down, it is not an accounting system.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Whether a request may go ahead, and if not, how long to wait. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts requests per key. */
export interface RateLimiter {
  /** Counts one request for `key` at `now` (ms since the epoch) if the limit allows it. */
  hit(key: string, now: number): RateDecision;
}

/** Options of `createRateLimiter`. */
export interface RateLimitOptions {
  /** Requests allowed per window and key; 0 turns the limit off. */
  limit: number;
  /** Window length in milliseconds (default one minute). */
  windowMs?: number;
  /** Keys kept before stale ones are swept out (default 10,000), bounding memory under a flood. */
  sweepAt?: number;
}

/**
 * A limiter allowing `limit` requests per key in any `windowMs`. Refused requests are not counted,
 * so a client that waits for `retryAfterSeconds` gets through.
 *
 * @example
 * const limiter = createRateLimiter({ limit: 5 });
 * limiter.hit(clientKey, Date.now()); // { allowed: true }
 */
export function createRateLimiter({ limit, windowMs = 60_000, sweepAt = 10_000 }: RateLimitOptions): RateLimiter {
  const hits = new Map<string, number[]>();
  const sweep = (now: number) => {
    for (const [key, times] of hits) if (times.at(-1)! <= now - windowMs) hits.delete(key);
  };
  return {
    hit(key, now) {
      if (limit <= 0) return { allowed: true };
      const recent = (hits.get(key) ?? []).filter((t) => t > now - windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000)) };
      }
      recent.push(now);
      hits.set(key, recent);
      if (hits.size > sweepAt) sweep(now);
      return { allowed: true };
    },
  };
}

/**
 * A key for a client IP address that does not reveal it: SHA-256 with a secret salt (without one,
 * every IPv4 address could be recovered by hashing all four billion). Pass the same salt for the
 * life of a limiter; a random one per process is enough since the counts live no longer.
 *
 * @example
 * const salt = randomBytes(16);
 * clientKey('203.0.113.9', salt); // 32 hex digits, the same for the same address and salt
 */
export function clientKey(ip: string | null, salt: Uint8Array): string {
  // Requests whose peer is unknown share one key, so they are limited together rather than not at all.
  return createHash('sha256').update(salt).update(ip ?? 'unknown').digest('hex').slice(0, 32);
}

/** A fresh random salt for `clientKey`. */
export function newSalt(): Uint8Array {
  return randomBytes(16);
}
