/**
 * @module
 * `enrich`: the mentions and quotations of an article in one pass over its text.
 */
import type { Mention } from './entity.ts';
import { type EntitySource, resolveEntities, textUnits, toMentions } from './extract-entities.ts';
import { quotesIn } from './extract-quotes.ts';
import type { Quote } from './quote.ts';

/** What `enrich` adds to an article. */
export interface Enrichment {
  readonly mentions: Mention[];
  readonly quotes: Quote[];
}

/**
 * The people, places and organisations an article names and who said what in it. The text is
 * split and tokenised once for both.
 *
 * @example
 * const { mentions, quotes } = enrich(article);
 * const speakers = new Set(quotes.map((q) => q.speaker?.slug));
 */
export function enrich(article: EntitySource): Enrichment {
  const units = textUnits(article);
  const mentions = toMentions(resolveEntities(units));
  return { mentions, quotes: quotesIn(units, mentions) };
}
