/**
 * @module
 * The counts behind the comment rate limit, kept in the database so that every API process on it
 * counts the same clients: hits per client key and fixed window of time, from which the limiter
 * (`services/moderation/rate-limit.ts`) reckons a sliding window.
 */

/** The hits of one key in the window a hit fell in, and in the window before it. */
interface WindowCounts {
  current: number;
  previous: number;
}

/** Rate-limit counts shared by every process on the database. */
export interface RateLimitStore {
  /**
   * Counts one hit for `key` in the window starting at `windowStart` (ms since the epoch, a
   * multiple of `windowMs`) and returns that window's hits with this one and the window before's.
   * Windows older than the previous one are forgotten.
   */
  hitRateWindow(key: string, windowStart: number, windowMs: number): Promise<WindowCounts>;
  /** Takes back one hit of `key` in the window starting at `windowStart` (a refused request is not counted). */
  undoRateHit(key: string, windowStart: number): Promise<void>;
  /** A random secret made once per database, with which client addresses are hashed into keys. */
  rateLimitSalt(): Promise<string>;
}
