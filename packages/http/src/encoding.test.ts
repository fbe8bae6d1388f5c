import { brotliDecompressSync, gunzipSync, zstdDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compress, encodedEtag, isCompressible, negotiateEncoding, varyOnEncoding } from './encoding.ts';

describe('negotiateEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['zstd;q=1, br;q=0.9', 'zstd'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['br;q=0, gzip;q=0', null],
    ['identity', null],
    ['deflate', null],
    ['', null],
    [undefined, null],
    ['br;q=nonsense, gzip', 'gzip'],
  ] as const)('%s → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('compress', () => {
  const text = Buffer.from('<p>The ferry returns after winter repairs.</p>\n'.repeat(200));
  it('compresses text much smaller, and each coding decodes back to the same bytes', () => {
    const decoders = { br: brotliDecompressSync, zstd: zstdDecompressSync, gzip: gunzipSync };
    for (const coding of ['br', 'zstd', 'gzip'] as const) {
      const packed = compress(text, coding);
      expect(packed.length).toBeLessThan(text.length / 10);
      expect(decoders[coding](packed).equals(text)).toBe(true);
    }
  });
});

describe('the headers of a compressed answer', () => {
  it('give a compressed form its own ETag and vary on Accept-Encoding once', () => {
    expect(encodedEtag('"abc"', 'gzip')).toBe('"abc-gzip"');
    expect(encodedEtag('W/"abc"', 'br')).toBe('W/"abc-br"');
    expect(varyOnEncoding(undefined)).toBe('Accept-Encoding');
    expect(varyOnEncoding('Authorization')).toBe('Authorization, Accept-Encoding');
    expect(varyOnEncoding('Authorization, accept-encoding')).toBe('Authorization, accept-encoding');
  });

  it('compress text and structured text, not images', () => {
    expect(
      ['text/html; charset=utf-8', 'application/json', 'application/rss+xml', 'application/feed+json', 'image/svg+xml'].map(isCompressible),
    ).toEqual([true, true, true, true, true]);
    expect(['image/png', 'font/woff2', 'application/octet-stream', undefined].map(isCompressible)).toEqual([false, false, false, false]);
  });
});
