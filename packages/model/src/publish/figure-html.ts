/**
 * @module
 * An image with its caption and credit, as HTML. An image whose address is not safe is left out
 * and its caption still shown; with neither, nothing.
 */
import type { Image } from '../block.ts';
import { attribute, escapeText } from './html-text.ts';
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
  if (!src && !hasCaption) return '';
  let html = `<figure${attribute('class', options.class)}${attribute('id', id)}>`;
  if (src) {
    html += `<img${attribute('src', src)}${attribute('alt', image.alt)}${attribute('loading', eager ? 'eager' : 'lazy')} decoding="async"`;
    html += `${eager ? ' fetchpriority="high"' : ''}>`;
  }
  if (hasCaption) {
    html += `<figcaption>${escapeText(image.caption ?? '')}`;
    if (image.credit) html += `${image.caption ? ' ' : ''}<small class="credit">Credit: ${escapeText(image.credit)}</small>`;
    html += '</figcaption>';
  }
  return `${html}</figure>`;
}
