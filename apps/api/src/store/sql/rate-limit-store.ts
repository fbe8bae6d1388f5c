/**
 * @module
 * `RateLimitStore` on both databases: one row per key and window, incremented in place by one
 * upsert that also reads the previous window, so API processes hitting the same key at once each
 * count.
 */
import type { RateLimitStore } from '../rate-limit-store.ts';
import type { Db } from './db.ts';

/**
 * The rate-limit methods of a store over `db` (migrated to version 19 or later).
 *
 * @example
 * const counts = await rateLimitStore(sqliteDb(db)).hitRateWindow('k', 1_780_000_020_000, 60_000);
 */
export function rateLimitStore(db: Db): RateLimitStore {
  let salt: string | undefined;
  return {
    hitRateWindow: async (key, windowStart, windowMs) => {
      await db.run('DELETE FROM rate_limit_hits WHERE window_start < ?', [windowStart - windowMs]);
      const row = await db.get<{ hits: number; previous: number | string | null }>(
        `INSERT INTO rate_limit_hits (key, window_start, hits) VALUES (?, ?, 1)
         ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
         RETURNING hits, (SELECT p.hits FROM rate_limit_hits p WHERE p.key = ? AND p.window_start = ?) AS previous`,
        [key, windowStart, key, windowStart - windowMs],
      );
      return { current: Number(row!.hits), previous: Number(row!.previous ?? 0) };
    },
    undoRateHit: async (key, windowStart) => {
      await db.run('UPDATE rate_limit_hits SET hits = hits - 1 WHERE key = ? AND window_start = ? AND hits > 0', [key, windowStart]);
    },
    rateLimitSalt: async () => (salt ??= String((await db.get<{ salt: string }>('SELECT salt FROM rate_limit_salt WHERE id = 1'))!.salt)),
  };
}
