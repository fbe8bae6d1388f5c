/** @module */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEDIA_MAX_BYTES, formatSize, mediaMaxBytes, tooLarge } from './media-limit.ts';

describe('mediaMaxBytes', () => {
  it('reads MEDIA_MAX_BYTES as the API does, with its default otherwise', () => {
    expect(mediaMaxBytes({ MEDIA_MAX_BYTES: ' 5242880 ' })).toBe(5242880);
    expect(mediaMaxBytes({})).toBe(DEFAULT_MEDIA_MAX_BYTES);
    expect(mediaMaxBytes({ MEDIA_MAX_BYTES: '5MB' })).toBe(DEFAULT_MEDIA_MAX_BYTES);
  });
});

describe('tooLarge', () => {
  it('refuses a file over the limit, saying both sizes', () => {
    expect(tooLarge({ size: 3_500_000 }, 3 * 1024 * 1024)).toBe('it is too large (3.3 MB; the most accepted is 3 MB).');
    expect(tooLarge({ size: 3 * 1024 * 1024 }, 3 * 1024 * 1024)).toBeNull();
    expect(formatSize(1500)).toBe('2 KB');
  });
});
