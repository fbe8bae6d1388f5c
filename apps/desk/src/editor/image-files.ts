/**
 * @module
 * Small rules of pictures in the editor, without the DOM: which rendition to show as a
 * thumbnail, and whether a paste is a picture to upload or text to convert.
 */
import type { MediaRef } from '@dateline/model/core';

/**
 * The widths the API makes of every picture (the model's `MEDIA_WIDTHS`, kept here so the editor's
 * bundle does not load the publishing code; a test compares the two).
 */
export const THUMB_WIDTHS = [320, 640, 1024, 1600, 2000] as const;

/**
 * The WebP rendition of `media` closest to `wanted` pixels wide without being narrower (or the
 * widest there is).
 *
 * @example
 * thumbnailPath({ id: 'ab…', width: 2400, height: 1600 }, 640); // '/media/ab…/640.webp'
 * thumbnailPath({ id: 'ab…', width: 500, height: 400 }, 640); // '/media/ab…/500.webp'
 */
export function thumbnailPath(media: MediaRef, wanted: number): string {
  const largest = Math.min(media.width, THUMB_WIDTHS.at(-1)!);
  const widths = [...THUMB_WIDTHS.filter((w) => w < largest), largest];
  const width = widths.find((w) => w >= wanted) ?? largest;
  return `/media/${media.id}/${width}.webp`;
}

/**
 * Whether a paste holding `fileCount` files is a picture to upload rather than text: files win
 * unless the HTML beside them has text of its own (Word and spreadsheets put a picture of the
 * copied text on the clipboard too, and then the text is what was meant).
 *
 * @example
 * pasteIsFile('', 1); // true
 * pasteIsFile('<meta charset="utf-8"><img src="https://example.org/a.jpg">', 1); // true
 * pasteIsFile('<p>Quarterly figures</p>', 1); // false
 */
export function pasteIsFile(html: string, fileCount: number): boolean {
  if (fileCount === 0) return false;
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|\s/g, '');
  return text === '';
}
