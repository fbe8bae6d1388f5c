import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, DEFAULT_PORT, DEFAULT_STALE_MS, DEFAULT_TTL_MS, readServerSettings } from './settings.ts';

describe('readServerSettings', () => {
  it('listens on 127.0.0.1:4321 with a five-second, 32 MB cache by default', () => {
    expect(readServerSettings({})).toEqual({
      host: '127.0.0.1',
      port: DEFAULT_PORT,
      pageCache: { ttlMs: DEFAULT_TTL_MS, staleMs: DEFAULT_STALE_MS, maxBytes: DEFAULT_MAX_BYTES, bypassCookies: null },
    });
    expect([DEFAULT_PORT, DEFAULT_TTL_MS, DEFAULT_STALE_MS, DEFAULT_MAX_BYTES]).toEqual([4321, 5000, 30_000, 32 * 1024 * 1024]);
  });

  it('reads HOST, PORT and the cache settings', () => {
    const settings = readServerSettings({
      HOST: '0.0.0.0',
      PORT: '8080',
      PAGE_CACHE_TTL_MS: '2000',
      PAGE_CACHE_STALE_MS: '0',
      PAGE_CACHE_MAX_BYTES: '1048576',
      PAGE_CACHE_BYPASS_COOKIES: ' dateline-flash , session ',
    });
    expect(settings).toEqual({
      host: '0.0.0.0',
      port: 8080,
      pageCache: { ttlMs: 2000, staleMs: 0, maxBytes: 1048576, bypassCookies: new Set(['dateline-flash', 'session']) },
    });
  });

  it.each(['off', 'OFF', 'false', '0'])('turns the cache off with PAGE_CACHE=%s', (value) => {
    expect(readServerSettings({ PAGE_CACHE: value }).pageCache).toBeNull();
  });

  it('falls back to the defaults for values it cannot use', () => {
    const settings = readServerSettings({ PORT: 'http', PAGE_CACHE_TTL_MS: '-5', PAGE_CACHE_MAX_BYTES: '1.5' });
    expect(settings.port).toBe(DEFAULT_PORT);
    expect(settings.pageCache).toMatchObject({ ttlMs: DEFAULT_TTL_MS, maxBytes: DEFAULT_MAX_BYTES });
  });
});
