/**
 * @module
 * A story's lead image from the fields of the editor page and the library picture last chosen
 * for it: the picture keeps its library reference (from which the site makes `srcset` and
 * `og:image`) for as long as its address is the one the library gave.
 */
import type { Image } from '@dateline/model/core';

/** The lead image's fields as typed. */
export interface LeadFields {
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

/**
 * The lead image the fields describe, or undefined when the address is empty. `chosen` is the
 * library picture behind them (chosen, uploaded or loaded with the story); a typed address other
 * than its own drops the reference, since it no longer names that picture.
 *
 * @example
 * leadImageFrom({ src: '/media/ab…/2000.jpg', alt: 'The pier', caption: '', credit: '' }, chosen); // { src, alt, media: { id: 'ab…', … } }
 */
export function leadImageFrom(fields: LeadFields, chosen: Image | null | undefined): Image | undefined {
  const src = fields.src.trim();
  if (!src) return undefined;
  const image: Image = { src, alt: fields.alt.trim() };
  if (fields.caption.trim()) image.caption = fields.caption.trim();
  if (fields.credit.trim()) image.credit = fields.credit.trim();
  if (chosen?.media && chosen.src === src) image.media = chosen.media;
  return image;
}

/**
 * The fields for a library picture newly chosen as the lead image: its address and the words the
 * library keeps for it (the previous picture's words do not describe it).
 *
 * @example
 * fieldsOf(media.image); // { src: '/media/ab…/2000.jpg', alt: 'The pier', caption: '', credit: '' }
 */
export function fieldsOf(image: Image | undefined): LeadFields {
  return { src: image?.src ?? '', alt: image?.alt ?? '', caption: image?.caption ?? '', credit: image?.credit ?? '' };
}
