/**
 * @module
 * Who said what: quotations found in an article and the speaker each is attributed to.
 */
import * as z from 'zod';
import { Slug } from '../common.ts';

/**
 * Whether the quotation is a whole statement or words lifted into the writer's own sentence.
 *
 * @example
 * QuoteKind.parse('partial'); // Putin called Xi his “main guest”
 */
export const QuoteKind = z
  .enum(['direct', 'partial'])
  .meta({ id: 'QuoteKind', description: 'direct: a statement quoted whole; partial: a few quoted words inside the writer’s sentence.' });
export type QuoteKind = z.infer<typeof QuoteKind>;

/**
 * The person (or body) a quotation is attributed to.
 *
 * @example
 * Speaker.parse({ name: 'Vladimir Putin', slug: 'vladimir-putin' });
 */
export const Speaker = z
  .object({
    name: z.string().min(1).max(200).meta({ description: 'The speaker’s fullest name in the article.' }),
    slug: Slug.meta({ description: 'Same slug as the speaker’s mention, so quotes join to entities.' }),
  })
  .meta({ id: 'Speaker', description: 'Who a quotation is attributed to.' });
export type Speaker = z.infer<typeof Speaker>;

/**
 * A quotation in an article.
 *
 * @example
 * const q = Quote.parse({
 *   text: 'Our relationship is composed and confident',
 *   speaker: { name: 'Xi Jinping', slug: 'xi-jinping' },
 *   role: 'Chinese President',
 *   block: 9,
 *   kind: 'direct',
 * });
 */
export const Quote = z
  .object({
    text: z.string().min(1).max(5000).meta({ description: 'The quoted words, without the quotation marks.' }),
    speaker: Speaker.nullable().meta({ description: 'null when the text names no one, e.g. "a spokesman said".' }),
    role: z.string().min(1).max(200).optional().meta({ description: 'The speaker’s role or title as written, e.g. "Chinese President".' }),
    block: z.int().nonnegative().meta({ description: 'Index of the body block the quotation is in.' }),
    kind: QuoteKind,
  })
  .meta({ id: 'Quote', description: 'A quotation and who said it.' });
export type Quote = z.infer<typeof Quote>;
