/**
 * @module
 * A quotation as the attribution finds it, with what its surroundings showed for linking it to
 * others afterwards, and the speaker the next unattributed quotation may go on with.
 */
import type { QuoteFacts } from './linked-quotes.ts';
import type { Quote, QuoteKind } from './quote.ts';
import type { Named } from './quote-reading.ts';

/** A quotation found, with the facts `linkQuotes` reads. */
export interface FoundQuote {
  readonly quote: Quote;
  readonly fact: QuoteFacts;
}

/** The block and speaker of the quotation found last: a quotation that follows may go on with them. */
export interface LastQuote {
  readonly block: number;
  readonly speaker: Named | null;
}

/**
 * The quotation `text` of `block` by `speaker` (null when the text names no one), with the role
 * the text gives them when it gives one.
 *
 * @example
 * quoteOf('We will stay.', null, undefined, 2, 'direct');
 * // { text: 'We will stay.', speaker: null, block: 2, kind: 'direct' }
 */
export function quoteOf(text: string, speaker: Named | null, role: string | undefined, block: number, kind: QuoteKind): Quote {
  return {
    text,
    speaker: speaker ? { name: speaker.name, slug: speaker.slug } : null,
    ...(role ? { role } : {}),
    block,
    kind,
  };
}
