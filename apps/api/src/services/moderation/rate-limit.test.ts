/**
 * @module
 * Tests of the comment rate limiter and its client keys.
 */
import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter, newSalt } from './rate-limit.ts';

const T = 1_000_000;

describe('createRateLimiter', () => {
  it('allows the limit per window, then says how long to wait until the oldest request leaves it', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(limiter.hit('a', T)).toEqual({ allowed: true });
    expect(limiter.hit('a', T + 20_000)).toEqual({ allowed: true });
    expect(limiter.hit('a', T + 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.hit('b', T + 30_000)).toEqual({ allowed: true });
    expect(limiter.hit('a', T + 60_000)).toEqual({ allowed: true });
    expect(limiter.hit('a', T + 70_000)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('does not count refused requests, and rounds the wait up to at least a second', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    limiter.hit('a', T);
    for (let i = 0; i < 5; i += 1) expect(limiter.hit('a', T + 999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.hit('a', T + 1000)).toEqual({ allowed: true });
  });

  it('turns off with a limit of 0', () => {
    const limiter = createRateLimiter({ limit: 0 });
    for (let i = 0; i < 100; i += 1) expect(limiter.hit('a', T)).toEqual({ allowed: true });
  });

  it('keeps counting keys that are still in their window when it sweeps stale ones', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, sweepAt: 3 });
    limiter.hit('recent', T + 500);
    for (const key of ['x', 'y', 'z']) limiter.hit(key, T);
    limiter.hit('new', T + 1200); // over sweepAt: x, y and z are stale and go
    expect(limiter.hit('recent', T + 1200)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.hit('x', T + 1200)).toEqual({ allowed: true });
  });
});

describe('clientKey', () => {
  it('is stable for one address and salt, differs across addresses and salts, and hides the address', () => {
    const salt = newSalt();
    const key = clientKey('203.0.113.9', salt);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(clientKey('203.0.113.9', salt)).toBe(key);
    expect(clientKey('203.0.113.10', salt)).not.toBe(key);
    expect(clientKey('203.0.113.9', newSalt())).not.toBe(key);
    expect(clientKey(null, salt)).toBe(clientKey(null, salt));
  });
});
