/**
 * @module
 * The renditions of a stored picture and their addresses: one list, used by the API that makes
 * them and by every renderer that points at them (`srcset`, `og:image`, JSON-LD, feeds).
 */
import type { MediaRef } from '../block.ts';

/** The widths made of every picture, never wider than the original. */
export const MEDIA_WIDTHS = [320, 640, 1024, 1600, 2000] as const;

/** The encodings of each width, most compact first (the order of `<source>` elements). */
export const MEDIA_FORMATS = ['avif', 'webp', 'jpg'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

/** The media type of each encoding. */
export const MEDIA_FORMAT_TYPES: Record<MediaFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };

/** The size of the crop made for sharing (`og:image`, JSON-LD), as social sites ask for it. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The widths made of a picture `width` pixels wide: each listed width below it, and the
 * picture's own width when it is narrower than the widest listed one.
 *
 * @example
 * renditionWidths(1200); // [320, 640, 1024, 1200]
 * renditionWidths(5000); // [320, 640, 1024, 1600, 2000]
 */
export function renditionWidths(width: number): number[] {
  const largest = Math.min(width, MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1]!);
  return [...MEDIA_WIDTHS.filter((w) => w < largest), largest];
}

/**
 * The path of one rendition, relative to the API's origin.
 *
 * @example
 * mediaPath('ab…', 640, 'webp'); // '/media/ab…/640.webp'
 */
export function mediaPath(id: string, width: number, format: MediaFormat): string {
  return `/media/${id}/${width}.${format}`;
}

/**
 * The path of the 1200×630 JPEG crop for sharing.
 *
 * @example
 * sharePath('ab…'); // '/media/ab…/share.jpg'
 */
export function sharePath(id: string): string {
  return `/media/${id}/share.jpg`;
}

/**
 * A `srcset` of one encoding of `media`, each rendition with its width, prefixed by `base`
 * (the API's origin, or '' for a path).
 *
 * @example
 * mediaSrcset({ id: 'ab…', width: 800, height: 600 }, 'webp'); // '/media/ab…/320.webp 320w, /media/ab…/640.webp 640w, /media/ab…/800.webp 800w'
 */
export function mediaSrcset(media: MediaRef, format: MediaFormat, base = ''): string {
  return renditionWidths(media.width)
    .map((w) => `${base}${mediaPath(media.id, w, format)} ${w}w`)
    .join(', ');
}

/**
 * The height of the rendition `width` pixels wide, as the API rounds it.
 *
 * @example
 * renditionHeight({ id: 'ab…', width: 4000, height: 3000 }, 640); // 480
 */
export function renditionHeight(media: MediaRef, width: number): number {
  return Math.max(1, Math.round((media.height * width) / media.width));
}
