/**
 * @module
 * Inline content: runs of text with emphasis, and links. The model never stores HTML strings,
 * so every renderer escapes text and checks link targets instead of trusting markup.
 */
import * as z from 'zod';

/**
 * Emphasis that can apply to a run of text.
 *
 * @example
 * Mark.options; // ['em', 'strong', 'code']
 */
export const Mark = z.enum(['em', 'strong', 'code']).meta({ id: 'Mark', description: 'Emphasis on a run of text.' });
export type Mark = z.infer<typeof Mark>;

/**
 * A run of plain text with optional emphasis.
 *
 * @example
 * const run: TextRun = { type: 'text', text: 'never', marks: ['em'] };
 */
export const TextRun = z
  .object({
    type: z.literal('text'),
    text: z.string().min(1).meta({ description: 'The characters, as plain text (never HTML).' }),
    marks: z.array(Mark).optional().meta({ description: 'Emphasis applied to the whole run.' }),
  })
  .meta({ id: 'TextRun', description: 'A run of plain text.' });
export type TextRun = z.infer<typeof TextRun>;

/**
 * Link targets a reader can follow safely: http(s), mailto, or a path on the same site.
 *
 * @example
 * LinkHref.safeParse('/articles/river-path').success; // true
 * LinkHref.safeParse('javascript:alert(1)').success; // false
 */
export const LinkHref = z
  .string()
  .max(2048)
  .regex(/^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i, 'an http(s) or mailto URL, a path starting with /, or a #fragment')
  .meta({ description: 'http(s) or mailto URL, site path or fragment; never javascript: or data:.' });
export type LinkHref = z.infer<typeof LinkHref>;

/**
 * A link around one or more text runs.
 *
 * @example
 * const link: Link = { type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'the report' }] };
 */
export const Link = z
  .object({
    type: z.literal('link'),
    href: LinkHref,
    title: z.string().max(300).optional(),
    children: z.array(TextRun).min(1),
  })
  .meta({ id: 'Link', description: 'A hyperlink around text runs.' });
export type Link = z.infer<typeof Link>;

/**
 * One piece of inline content: a text run or a link.
 *
 * @example
 * Inline.parse({ type: 'text', text: 'Hello' });
 */
export const Inline = z.discriminatedUnion('type', [TextRun, Link]).meta({ id: 'Inline' });
export type Inline = z.infer<typeof Inline>;

/**
 * Inline content of a paragraph or list item: at least one run.
 *
 * @example
 * InlineContent.parse([{ type: 'text', text: 'Hello' }]);
 */
export const InlineContent = z.array(Inline).min(1).meta({ id: 'InlineContent' });
export type InlineContent = z.infer<typeof InlineContent>;
