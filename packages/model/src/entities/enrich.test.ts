/**
 * @module
 * enrich: mentions and quotations together, and the article schemas that carry them.
 */
import { describe, expect, it } from 'vitest';
import { ArticleInput } from '../article.ts';
import { enrich } from './enrich.ts';
import { extractEntities } from './extract-entities.ts';
import { extractQuotes } from './extract-quotes.ts';
import { article } from './test-helpers.ts';

const sample = article(
  'Summit ends in Minsk',
  'Russian President Vladimir Putin met Belarusian leader Alexander Lukashenko in Minsk, the Belta agency said.',
  '“We agreed on gas prices,” Putin said.',
);

describe('enrich', () => {
  it('gives the same mentions and quotations as the two extractors', () => {
    const mentions = extractEntities(sample);
    expect(enrich(sample)).toEqual({ mentions, quotes: extractQuotes(sample, mentions) });
  });

  it('produces fields an article accepts, and articles without them still parse', () => {
    const { mentions, quotes } = enrich(sample);
    expect(quotes.map((q) => q.speaker?.slug)).toEqual(['vladimir-putin']);
    const input = ArticleInput.parse({ headline: sample.headline, body: sample.body, mentions, quotes });
    expect(input.mentions).toEqual(mentions);
    expect(input.quotes).toEqual(quotes);
    const bare = ArticleInput.parse({ headline: sample.headline, body: sample.body });
    expect(bare.mentions).toEqual([]);
    expect(bare.quotes).toEqual([]);
  });

  it('rejects a mention with a bad slug or a quotation without a kind', () => {
    const [first] = enrich(sample).mentions;
    expect(() =>
      ArticleInput.parse({ headline: 'x', body: sample.body, mentions: [{ ...first, entity: { ...first!.entity, slug: 'Not A Slug' } }] }),
    ).toThrow();
    expect(() => ArticleInput.parse({ headline: 'x', body: sample.body, quotes: [{ text: 'hi', speaker: null, block: 0 }] })).toThrow();
  });
});
