/**
 * @module
 * Tests of the response cache on its own: revisions, expiry and which entries eviction keeps.
 */
import { describe, expect, it } from 'vitest';
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
    expect(cache.stats()).toEqual({ entries: 1, hits: 1, misses: 1 });
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
});
