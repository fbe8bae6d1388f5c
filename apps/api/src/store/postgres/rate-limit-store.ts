/**
 * @module
 * The PostgreSQL implementation of `RateLimitStore`: one row per key and window, incremented in
 * one statement, so API processes hitting the same key at once each count.
 */
import type { RateLimitStore } from '../rate-limit-store.ts';
import type { Sql } from './connection.ts';

/**
 * The rate-limit methods of a store over `sql` (migrated to version 19 or later).
 *
 * @example
 * const counts = await postgresRateLimitStore(sql).hitRateWindow('k', 1_780_000_020_000, 60_000);
 */
export function postgresRateLimitStore(sql: Sql): RateLimitStore {
  let salt: string | undefined;
  return {
    hitRateWindow: async (key, windowStart, windowMs) => {
      await sql`DELETE FROM rate_limit_hits WHERE window_start < ${windowStart - windowMs}`;
      const [row] = await sql<{ hits: number; previous: number | null }[]>`
        WITH counted AS (
          INSERT INTO rate_limit_hits (key, window_start, hits) VALUES (${key}, ${windowStart}, 1)
          ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
          RETURNING hits
        )
        SELECT counted.hits,
               (SELECT hits FROM rate_limit_hits WHERE key = ${key} AND window_start = ${windowStart - windowMs}) AS previous
        FROM counted`;
      return { current: Number(row!.hits), previous: Number(row!.previous ?? 0) };
    },
    undoRateHit: async (key, windowStart) => {
      await sql`UPDATE rate_limit_hits SET hits = hits - 1 WHERE key = ${key} AND window_start = ${windowStart} AND hits > 0`;
    },
    rateLimitSalt: async () => (salt ??= (await sql<{ salt: string }[]>`SELECT salt FROM rate_limit_salt WHERE id = 1`)[0]!.salt),
  };
}
