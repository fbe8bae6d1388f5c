/** @module */
import { describe, expect, it } from 'vitest';
import { mapBounded } from './map-bounded.ts';

describe('mapBounded', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const pending = mapBounded([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
      return n * 10;
    });
    // Release calls one by one, last started first, so they finish out of order.
    while (releases.length > 0 || running > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.pop()?.();
    }
    expect(await pending).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });

  it('rejects with the failure of a call', async () => {
    await expect(mapBounded(['a', 'b'], 2, async (s) => (s === 'b' ? Promise.reject(new Error('no b')) : s))).rejects.toThrow('no b');
  });

  it('handles an empty list', async () => {
    expect(await mapBounded([], 4, async () => 1)).toEqual([]);
  });
});
