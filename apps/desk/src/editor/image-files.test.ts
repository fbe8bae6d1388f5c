/** @module */
import { MEDIA_WIDTHS, renditionWidths } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { pasteIsFile, THUMB_WIDTHS, thumbnailPath } from './image-files.ts';

const id = 'a'.repeat(64);

describe('thumbnailPath', () => {
  it('uses the widths the API makes', () => {
    expect(THUMB_WIDTHS).toEqual(MEDIA_WIDTHS);
  });

  it('picks the narrowest rendition at least as wide as wanted, never one that does not exist', () => {
    expect(thumbnailPath({ id, width: 2400, height: 1600 }, 640)).toBe(`/media/${id}/640.webp`);
    expect(thumbnailPath({ id, width: 2400, height: 1600 }, 700)).toBe(`/media/${id}/1024.webp`);
    expect(thumbnailPath({ id, width: 500, height: 400 }, 640)).toBe(`/media/${id}/500.webp`);
    expect(thumbnailPath({ id, width: 200, height: 100 }, 640)).toBe(`/media/${id}/200.webp`);
    for (const width of [200, 320, 500, 1200, 2000, 5000]) {
      const chosen = Number(/\/(\d+)\.webp$/.exec(thumbnailPath({ id, width, height: 100 }, 640))![1]);
      expect(renditionWidths(width)).toContain(chosen);
    }
  });
});

describe('pasteIsFile', () => {
  it('takes a file pasted alone or with HTML that is only the picture', () => {
    expect(pasteIsFile('', 1)).toBe(true);
    expect(pasteIsFile('<meta charset="utf-8"><img src="https://example.org/a.jpg" alt="">', 1)).toBe(true);
  });

  it('leaves text with a picture of itself (Word, spreadsheets) and pastes without files to the text paste', () => {
    expect(pasteIsFile('<p>Quarterly figures</p>', 1)).toBe(false);
    expect(pasteIsFile('', 0)).toBe(false);
  });
});
