/**
 * @module
 * Tests of the rendition list and addresses shared by the API and the renderers.
 */
import { describe, expect, it } from 'vitest';
import { mediaSrcset, renditionHeight, renditionWidths } from './media-renditions.ts';

describe('renditionWidths', () => {
  it('never goes wider than the picture, and includes its own width when it is narrower than the widest', () => {
    expect(renditionWidths(5000)).toEqual([320, 640, 1024, 1600, 2000]);
    expect(renditionWidths(2000)).toEqual([320, 640, 1024, 1600, 2000]);
    expect(renditionWidths(1200)).toEqual([320, 640, 1024, 1200]);
    expect(renditionWidths(200)).toEqual([200]);
  });

  it('writes a srcset of one encoding with each width, and rounds heights as the API does', () => {
    const media = { id: 'd'.repeat(64), width: 700, height: 500 };
    expect(mediaSrcset(media, 'webp')).toBe(
      `/media/${media.id}/320.webp 320w, /media/${media.id}/640.webp 640w, /media/${media.id}/700.webp 700w`,
    );
    expect(renditionHeight(media, 320)).toBe(229);
  });
});
