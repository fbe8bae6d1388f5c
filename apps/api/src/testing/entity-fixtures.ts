/**
 * @module
 * Test helpers: invented articles with people, places, organisations and quotations given
 * outright, so store tests do not depend on what the extractor finds. Never imported by
 * production code.
 */
import { type ArticleInput, type EntityType, type Mention, type Quote, slugify } from '@dateline/model';
import { story } from './fixtures.ts';

/**
 * A mention of `name`, named `count` times, first in `block`.
 *
 * @example
 * named('person', 'Vladimir Putin', 3);
 */
export function named(type: EntityType, name: string, count = 1, block = 0): Mention {
  return { entity: { type, name, slug: slugify(name) }, count, firstPosition: { block, offset: 0 } };
}

/**
 * A quotation of `text` in `block`, said by `speaker` (null: nobody named).
 *
 * @example
 * said('Vladimir Putin', 'We are ready', 0, { role: 'Russian President' });
 */
export function said(speaker: string | null, text: string, block = 0, extra: Partial<Quote> = {}): Quote {
  return { text, speaker: speaker === null ? null : { name: speaker, slug: slugify(speaker) }, block, kind: 'direct', ...extra };
}

/**
 * `story(n)` with a two-paragraph body naming the given people, places and organisations, and
 * the given quotations.
 *
 * @example
 * reported(1, [named('place', 'Moscow', 2)], [said('Vladimir Putin', 'Talks went well')]);
 */
export function reported(n: number, mentions: Mention[], quotes: Quote[] = [], overrides: Partial<ArticleInput> = {}): ArticleInput {
  const names = mentions.map((m) => m.entity.name).join(', ') || 'nobody';
  return story(n, {
    body: [
      { type: 'paragraph', content: [{ type: 'text', text: `Report ${n} names ${names}.` }] },
      { type: 'paragraph', content: [{ type: 'text', text: quotes.map((q) => `“${q.text}”`).join(' ') || 'No one spoke.' }] },
    ],
    mentions,
    quotes,
    ...overrides,
  });
}
