/**
 * @module
 * The SQLite implementation of `RateLimitStore`: one row per key and window, incremented in place.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { RateLimitStore } from '../rate-limit-store.ts';

/**
 * The rate-limit methods of a store over `db` (migrated to version 19 or later).
 *
 * @example
 * const counts = await sqliteRateLimitStore(db).hitRateWindow('k', 1_780_000_020_000, 60_000);
 */
export function sqliteRateLimitStore(db: DatabaseSync): RateLimitStore {
  let salt: string | undefined;
  return {
    hitRateWindow: async (key, windowStart, windowMs) => {
      db.prepare('DELETE FROM rate_limit_hits WHERE window_start < ?').run(windowStart - windowMs);
      const row = db
        .prepare(
          `INSERT INTO rate_limit_hits (key, window_start, hits) VALUES (?, ?, 1)
           ON CONFLICT (key, window_start) DO UPDATE SET hits = hits + 1 RETURNING hits`,
        )
        .get(key, windowStart) as { hits: number };
      const previous = db.prepare('SELECT hits FROM rate_limit_hits WHERE key = ? AND window_start = ?').get(key, windowStart - windowMs) as
        | { hits: number }
        | undefined;
      return { current: Number(row.hits), previous: Number(previous?.hits ?? 0) };
    },
    undoRateHit: async (key, windowStart) => {
      db.prepare('UPDATE rate_limit_hits SET hits = hits - 1 WHERE key = ? AND window_start = ? AND hits > 0').run(key, windowStart);
    },
    rateLimitSalt: async () => (salt ??= String((db.prepare('SELECT salt FROM rate_limit_salt WHERE id = 1').get() as { salt: string }).salt)),
  };
}
