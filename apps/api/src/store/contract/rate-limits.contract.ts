/**
 * @module
 * Contract: rate-limit counts are shared by every connection to the database and counted exactly
 * under concurrent hits, alike on every database.
 */
import { describe, expect, it } from 'vitest';
import type { StoreHarness } from '../../testing/store-harness.ts';

/**
 * Registers the rate-limit tests for `harness`'s databases.
 *
 * @example
 * rateLimitContract(storeHarness('postgres'));
 */
export function rateLimitContract(harness: StoreHarness): void {
  describe('rate limits', () => {
    it('counts hits per key and window across connections, exactly under concurrency, and forgets old windows', async () => {
      const db = await harness.fresh();
      const one = await db.openMigrated();
      const two = await db.open();
      const W = 60_000;
      const start = 1_780_000_020_000 - (1_780_000_020_000 % W);
      const counts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).hitRateWindow('k', start, W)));
      expect(counts.map((c) => c.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await one.hitRateWindow('k', start + W, W)).toEqual({ current: 1, previous: 20 });
      await two.undoRateHit('k', start + W);
      expect(await two.hitRateWindow('k', start + W, W)).toEqual({ current: 1, previous: 20 });
      expect(await one.hitRateWindow('other', start + 3 * W, W)).toEqual({ current: 1, previous: 0 });
      // Two windows on, the first is gone.
      expect(await one.hitRateWindow('k', start + 3 * W, W)).toEqual({ current: 1, previous: 0 });
      expect(await one.rateLimitSalt()).toMatch(/^[0-9a-f]{32}$/);
      expect(await two.rateLimitSalt()).toBe(await one.rateLimitSalt());
      await two.close();
    });
  });
}
