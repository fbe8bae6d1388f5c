import { describe, expect, it } from 'vitest';
import { PageStore, type StoredPage } from './page-store.ts';

const pageOf = (bytes: number, storedAt = 0): StoredPage => ({ headers: {}, body: Buffer.alloc(bytes), etag: '"e"', storedAt });

describe('PageStore', () => {
  it('forgets a page once it is as old as the time to live', () => {
    let now = 0;
    const store = new PageStore({ maxBytes: 1e6, ttlMs: 1000, now: () => now });
    store.set('/a', pageOf(10));
    now = 999;
    expect(store.get('/a')).toBeDefined();
    now = 1000;
    expect(store.get('/a')).toBeUndefined();
    expect([store.size, store.bytes]).toEqual([0, 0]);
  });

  it('evicts least recently used pages to stay within its bytes, and refuses a page larger than all of it', () => {
    const store = new PageStore({ maxBytes: 6000, ttlMs: 1000, now: () => 0 });
    for (const key of ['/a', '/b', '/c']) store.set(key, pageOf(1000));
    store.get('/a');
    store.set('/d', pageOf(2000));
    expect(['/a', '/b', '/c', '/d'].filter((key) => store.get(key))).toEqual(['/a', '/c', '/d']);
    expect(store.bytes).toBeLessThanOrEqual(6000);
    store.set('/huge', pageOf(6000));
    expect(store.get('/huge')).toBeUndefined();
    expect(store.size).toBe(3);
  });

  it('replaces a page stored again under the same key, counting it once', () => {
    const store = new PageStore({ maxBytes: 1e6, ttlMs: 1000, now: () => 0 });
    store.set('/a', pageOf(100));
    const bytes = store.bytes;
    store.set('/a', pageOf(100));
    expect([store.size, store.bytes]).toEqual([1, bytes]);
  });

  it('keeps a page past its time to live for its stale time, no longer fresh', () => {
    let now = 0;
    const store = new PageStore({ maxBytes: 1e6, ttlMs: 1000, staleMs: 500, now: () => now, random: () => 0 });
    const page = pageOf(10);
    store.set('/a', page);
    now = 999;
    expect(store.isFresh(store.get('/a')!)).toBe(true);
    now = 1000;
    expect(store.isFresh(store.get('/a')!)).toBe(false);
    now = 1499;
    expect(store.get('/a')).toBe(page);
    now = 1500;
    expect(store.get('/a')).toBeUndefined();
  });

  it('ends the freshness of pages stored together at different times within the last fifth of the time to live', () => {
    const shares = [0, 0.25, 0.5, 0.75, 0.999];
    let next = 0;
    const store = new PageStore({ maxBytes: 1e6, ttlMs: 1000, now: () => 0, random: () => shares[next++]! });
    for (const key of shares.keys()) store.set(`/${key}`, pageOf(10));
    const ends = [...shares.keys()].map((key) => store.get(`/${key}`)!.freshUntil);
    expect(ends).toEqual([1000, 950, 900, 850, 800]);
  });

  it('counts the compressed forms made for a page, evicting others to stay within its bytes', () => {
    const store = new PageStore({ maxBytes: 6000, ttlMs: 1000, now: () => 0 });
    const a = pageOf(1000);
    store.set('/a', a);
    store.set('/b', pageOf(1000));
    const before = store.bytes;
    store.grow('/a', a, 500);
    expect(store.bytes).toBe(before + 500);
    store.grow('/a', pageOf(1000), 500);
    expect(store.bytes).toBe(before + 500);
    store.grow('/a', a, 3000);
    expect(store.get('/b')).toBeUndefined();
    expect(store.get('/a')).toBe(a);
    expect(store.bytes).toBeLessThanOrEqual(6000);
  });
});
