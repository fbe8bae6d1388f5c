/**
 * @module
 * Tests of the response cache on its own: revisions, expiry and which entries eviction keeps.
 */
import { describe, expect, it } from 'vitest';
import { cachedForm } from './compression.ts';
import { ResponseCache } from './response-cache.ts';

const now = new Date('2026-05-08T12:00:00Z');
const text = (entry: { body: Uint8Array } | undefined) => (entry ? new TextDecoder().decode(entry.body) : undefined);

describe('ResponseCache', () => {
  it('serves an entry only at the revision it was stored under, with a strong ETag of its bytes', () => {
    const cache = new ResponseCache();
    const stored = cache.set('a', '{"n":1}', { revision: 7, now });
    expect(stored.etag).toMatch(/^"[\w-]{22}"$/);
    expect(text(cache.get('a', { revision: 7, now }))).toBe('{"n":1}');
    expect(cache.get('a', { revision: 8, now })).toBeUndefined();
    expect(cache.stats()).toEqual({ entries: 1, bytes: 7, hits: 1, misses: 1 });
  });

  it('stops serving an entry at its expiry', () => {
    const cache = new ResponseCache();
    cache.set('a', '[]', { revision: 1, now, expires: new Date(now.getTime() + 1000) });
    expect(cache.get('a', { revision: 1, now: new Date(now.getTime() + 999) })).toBeDefined();
    expect(cache.get('a', { revision: 1, now: new Date(now.getTime() + 1000) })).toBeUndefined();
  });

  it('keeps at most its size, evicting the oldest entries not read since they were stored', () => {
    const cache = new ResponseCache(3);
    const at = { revision: 1, now };
    for (const key of ['a', 'b', 'c']) cache.set(key, key, at);
    cache.set('d', 'd', at); // a goes: nothing was read yet, so the oldest
    cache.get('c', at);
    cache.set('e', 'e', at); // b goes, not c: c was read
    cache.set('f', 'f', at); // d goes
    expect(['a', 'b', 'c', 'd', 'e', 'f'].filter((k) => cache.get(k, at))).toEqual(['c', 'e', 'f']);
  });

  it('keeps at most its bytes, counting each compressed form kept beside a body', () => {
    const cache = new ResponseCache(100, 10_000);
    const at = { revision: 1, now };
    // Text that compresses: each body is 3,000 bytes, its Brotli form far less.
    const body = (n: number) => JSON.stringify({ n, text: 'the night ferry sails at ten '.repeat(200) }).slice(0, 3000);
    for (const key of ['a', 'b', 'c']) cache.set(key, body(key.charCodeAt(0)), at);
    expect(cache.stats()).toMatchObject({ entries: 3, bytes: 9000 });
    const brotli = cachedForm(cache.get('a', at)!, 'br');
    expect(brotli.encoding).toBe('br');
    expect(cache.stats().bytes).toBe(9000 + brotli.body.length);
    // The same form again is not counted twice.
    cachedForm(cache.get('a', at)!, 'br');
    expect(cache.stats().bytes).toBe(9000 + brotli.body.length);
    cache.set('d', body(100), at); // over 10,000 bytes: a goes, the oldest, none passed over yet
    expect(['a', 'b', 'c', 'd'].filter((k) => cache.has(k))).toEqual(['b', 'c', 'd']);
    expect(cache.stats().bytes).toBe(9000); // a's compressed form went with it
  });

  it('answers with a body larger than its whole budget but does not keep it', () => {
    const cache = new ResponseCache(100, 1000);
    const at = { revision: 1, now };
    cache.set('small', 'x'.repeat(500), at);
    const big = cache.set('big', 'y'.repeat(2000), at);
    expect(big.body.length).toBe(2000);
    expect(cache.get('big', at)).toBeUndefined();
    expect(cache.get('small', at)).toBeDefined();
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 500 });
  });

  it('frees the bytes of an entry replaced under the same key, and of everything on clear', () => {
    const cache = new ResponseCache(100, 1000);
    const at = { revision: 1, now };
    cache.set('a', 'x'.repeat(600), at);
    cache.set('a', 'x'.repeat(700), { revision: 2, now });
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 700 });
    cache.clear();
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});
