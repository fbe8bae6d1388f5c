/**
 * @module
 * An image with its caption and credit, as HTML. An image whose address is not safe is left out
 * and its caption still shown; with neither, nothing.
 */
import type { Image, MediaRef } from '../block.ts';
import { attribute, escapeText } from './html-text.ts';
import { MEDIA_FORMAT_TYPES, mediaPath, mediaSrcset, renditionWidths } from './media-renditions.ts';
import { safeImageSrc } from './safe-link.ts';

export interface FigureOptions {
  /** The lead image is above the fold: load it at once rather than lazily. */
  eager?: boolean | undefined;
  class?: string | undefined;
  /** For an image in an article body: its block's id (see `blockId`). */
  id?: string | undefined;
}

/**
 * The `<figure>` of `image`, or an empty string when it has neither a safe address nor a caption.
 *
 * @example
 * figureHtml({ src: '/media/pier.jpg', alt: 'The pier', caption: 'At dawn.' }, { eager: true });
 * // '<figure><img src="/media/pier.jpg" alt="The pier" loading="eager" decoding="async" fetchpriority="high"><figcaption>At dawn.</figcaption></figure>'
 */
export function figureHtml(image: Image, options: FigureOptions = {}): string {
  const { eager = false, id } = options;
  const src = safeImageSrc(image.src);
  const hasCaption = Boolean(image.caption || image.credit);
  if (!src && !image.media && !hasCaption) return '';
  let html = `<figure${attribute('class', options.class)}${attribute('id', id)}>`;
  const loading = `${attribute('loading', eager ? 'eager' : 'lazy')} decoding="async"${eager ? ' fetchpriority="high"' : ''}`;
  if (image.media) html += pictureHtml(image.media, image.alt, loading);
  else if (src) html += `<img${attribute('src', src)}${attribute('alt', image.alt)}${loading}>`;
  if (hasCaption) {
    html += `<figcaption>${escapeText(image.caption ?? '')}`;
    if (image.credit) html += `${image.caption ? ' ' : ''}<small class="credit">Credit: ${escapeText(image.credit)}</small>`;
    html += '</figcaption>';
  }
  return `${html}</figure>`;
}

/** The width a picture takes in the text column (65ch), and the whole viewport below it. */
const FIGURE_SIZES = '(min-width: 42rem) 42rem, 100vw';

/**
 * A stored picture as `<picture>`: AVIF and WebP sources, a JPEG `<img>` with every width in its
 * `srcset`, its size set so the page does not move while it loads. Paths are the site's own
 * (`/media/…`), which it forwards to the API.
 *
 * @example
 * pictureHtml({ id: 'ab…', width: 1200, height: 800 }, 'The pier', ' loading="lazy" decoding="async"');
 */
function pictureHtml(media: MediaRef, alt: string, loading: string): string {
  const sizes = attribute('sizes', FIGURE_SIZES);
  const sources = (['avif', 'webp'] as const)
    .map((f) => `<source${attribute('type', MEDIA_FORMAT_TYPES[f])}${attribute('srcset', mediaSrcset(media, f))}${sizes}>`)
    .join('');
  const fallback = mediaPath(media.id, renditionWidths(media.width).find((w) => w >= 1024) ?? renditionWidths(media.width).at(-1)!, 'jpg');
  return `<picture>${sources}<img${attribute('src', fallback)}${attribute('srcset', mediaSrcset(media, 'jpg'))}${sizes}${attribute('width', String(media.width))}${attribute('height', String(media.height))}${attribute('alt', alt)}${loading}></picture>`;
}
