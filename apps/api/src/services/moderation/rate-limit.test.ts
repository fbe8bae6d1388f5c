/**
 * @module
 * Tests of the comment rate limit over a real store: a sliding minute, refused requests not
 * counted, and one count per client however its address is written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../store/store.ts';
import { testStore } from '../../testing/fixtures.ts';
import { clientKey, hitRateLimit } from './rate-limit.ts';

const T = Date.parse('2026-05-08T12:00:00.000Z');
let store: Store;
beforeEach(async () => {
  store = await testStore();
});
afterEach(async () => {
  await store.close();
});

describe('hitRateLimit', () => {
  it('allows the limit per minute, then says how long to wait, and forgets the minute before', async () => {
    const hit = (address: string, at: number) => hitRateLimit(store, address, at, { limit: 2 });
    expect(await hit('203.0.113.9', T)).toEqual({ allowed: true, recent: 1 });
    expect(await hit('203.0.113.9', T + 20_000)).toEqual({ allowed: true, recent: 2 });
    expect(await hit('203.0.113.9', T + 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(await hit('198.51.100.7', T + 30_000)).toEqual({ allowed: true, recent: 1 });
    // Half a minute on, half of the last minute's two still count: one more fits.
    expect(await hit('203.0.113.9', T + 90_000)).toEqual({ allowed: true, recent: 2 });
    expect(await hit('203.0.113.9', T + 91_000)).toMatchObject({ allowed: false });
    expect(await hit('203.0.113.9', T + 180_000)).toEqual({ allowed: true, recent: 1 });
  });

  it('does not count refused requests, and turns off with a limit of 0', async () => {
    expect(await hitRateLimit(store, 'a::1', T, { limit: 1 })).toEqual({ allowed: true, recent: 1 });
    for (let i = 0; i < 5; i += 1) expect((await hitRateLimit(store, 'a::1', T + 59_500, { limit: 1 })).allowed).toBe(false);
    expect(await hitRateLimit(store, 'a::1', T + 60_000, { limit: 1 })).toMatchObject({ allowed: false });
    expect(await hitRateLimit(store, 'a::1', T + 120_000, { limit: 1 })).toEqual({ allowed: true, recent: 1 });
    for (let i = 0; i < 20; i += 1) expect(await hitRateLimit(store, 'a::1', T, { limit: 0 })).toEqual({ allowed: true, recent: 0 });
  });

  it('counts an IPv6 network of the configured size as one client', async () => {
    const statuses = [];
    for (let i = 1; i <= 6; i += 1) statuses.push((await hitRateLimit(store, `2001:db8:1:2::${i.toString(16)}`, T, { limit: 5 })).allowed);
    expect(statuses).toEqual([true, true, true, true, true, false]);
    expect((await hitRateLimit(store, '2001:db8:1:3::1', T, { limit: 5 })).allowed).toBe(true);
    expect((await hitRateLimit(store, '2001:db8:1:2::7', T, { limit: 5, ipv6Prefix: 128 })).allowed).toBe(true);
  });
});

describe('clientKey', () => {
  it('is stable for one address and salt, differs across addresses and salts, and hides the address', () => {
    const key = clientKey('203.0.113.9', 'salt-1');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(clientKey('203.0.113.9', 'salt-1')).toBe(key);
    expect(clientKey('203.0.113.10', 'salt-1')).not.toBe(key);
    expect(clientKey('203.0.113.9', 'salt-2')).not.toBe(key);
    expect(clientKey(null, 'salt-1')).toBe(clientKey(null, 'salt-1'));
  });
});
