/**
 * @module
 * Body blocks: an article body is an ordered list of these, discriminated by `type`,
 * so a renderer is one switch over the block type.
 */
import * as z from 'zod';
import { InlineContent } from './inline.ts';

/**
 * A picture kept in the API's media store: its id (the SHA-256 of the file) and its size, from
 * which a renderer derives the renditions (`/media/<id>/<width>.<avif|webp|jpg>`).
 *
 * @example
 * MediaRef.parse({ id: 'ab12…', width: 4000, height: 3000 });
 */
export const MediaRef = z
  .object({
    id: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'the 64 hex digits of a stored picture')
      .meta({ description: 'The id of the picture in the media library.' }),
    width: z.int().min(1).max(100_000),
    height: z.int().min(1).max(100_000),
  })
  .meta({ id: 'MediaRef', description: 'A picture in the media library, with its size in pixels.' });
export type MediaRef = z.infer<typeof MediaRef>;

/**
 * An image with its text alternative, caption and credit.
 *
 * @example
 * Image.parse({ src: '/img/pier.jpg', alt: 'The pier at dawn', credit: 'A. Photographer' });
 */
export const Image = z
  .object({
    src: z
      .string()
      .max(2048)
      .regex(/^(?:https?:\/\/|\/(?!\/))/i, 'an http(s) URL or a path starting with /')
      .meta({ description: 'Image URL (http, https or a site path).' }),
    alt: z.string().max(500).meta({ description: 'Text alternative; empty only for a purely decorative image.' }),
    caption: z.string().max(1000).optional().meta({ description: 'Caption shown under the image.' }),
    credit: z.string().max(300).optional().meta({ description: 'Photographer or agency.' }),
    media: MediaRef.optional(),
  })
  .meta({ id: 'Image', description: 'An image with alt text, caption and credit.' });
export type Image = z.infer<typeof Image>;

/**
 * A paragraph of inline content.
 *
 * @example
 * ParagraphBlock.parse({ type: 'paragraph', content: [{ type: 'text', text: 'It reopened.' }] });
 */
export const ParagraphBlock = z
  .object({ type: z.literal('paragraph'), content: InlineContent })
  .meta({ id: 'ParagraphBlock', description: 'A paragraph.' });
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;

/**
 * A subheading inside the body; level 1 is reserved for the headline.
 *
 * @example
 * HeadingBlock.parse({ type: 'heading', level: 2, text: 'What happens next' });
 */
export const HeadingBlock = z
  .object({
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]).meta({ description: 'Heading level, 2 to 4.' }),
    text: z.string().min(1).max(300),
  })
  .meta({ id: 'HeadingBlock', description: 'A subheading (level 2 to 4).' });
export type HeadingBlock = z.infer<typeof HeadingBlock>;

/**
 * A quotation set apart from the text (a pull quote or block quote).
 *
 * @example
 * QuoteBlock.parse({ type: 'quote', text: 'We will reopen by May.', attribution: 'The harbour master' });
 */
export const QuoteBlock = z
  .object({
    type: z.literal('quote'),
    text: z.string().min(1).max(5000),
    attribution: z.string().max(300).optional().meta({ description: 'Who said or wrote it.' }),
  })
  .meta({ id: 'QuoteBlock', description: 'A block quotation with optional attribution.' });
export type QuoteBlock = z.infer<typeof QuoteBlock>;

/**
 * A bulleted or numbered list.
 *
 * @example
 * ListBlock.parse({ type: 'list', ordered: false, items: [[{ type: 'text', text: 'First' }]] });
 */
export const ListBlock = z
  .object({
    type: z.literal('list'),
    ordered: z.boolean().meta({ description: 'Numbered when true, bulleted when false.' }),
    items: z.array(InlineContent).min(1),
  })
  .meta({ id: 'ListBlock', description: 'An ordered or unordered list.' });
export type ListBlock = z.infer<typeof ListBlock>;

/**
 * An image placed in the body.
 *
 * @example
 * ImageBlock.parse({ type: 'image', src: 'https://example.org/a.jpg', alt: 'A ferry' });
 */
export const ImageBlock = Image.extend({ type: z.literal('image') }).meta({
  id: 'ImageBlock',
  description: 'An image within the body.',
});
export type ImageBlock = z.infer<typeof ImageBlock>;

/**
 * One block of an article body.
 *
 * @example
 * const block = Block.parse({ type: 'heading', level: 2, text: 'What happens next' });
 */
export const Block = z
  .discriminatedUnion('type', [ParagraphBlock, HeadingBlock, QuoteBlock, ListBlock, ImageBlock])
  .meta({ id: 'Block', description: 'A body block, discriminated by type.' });
export type Block = z.infer<typeof Block>;
