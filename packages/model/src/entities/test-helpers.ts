/**
 * @module
 * Test support: an article from plain paragraphs, as the extractors read it.
 */
import type { Block } from '../block.ts';
import type { EntityType, Mention } from './entity.ts';
import { type EntitySource, extractEntities } from './extract-entities.ts';
import { extractQuotes } from './extract-quotes.ts';

/**
 * An article whose body is one paragraph per string.
 *
 * @example
 * article('Talks', 'Putin met Xi.'); // { headline: 'Talks', body: [paragraph] }
 */
export function article(headline: string, ...paragraphs: string[]): EntitySource {
  const body: Block[] = paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  return { headline, body };
}

/**
 * Each quotation of the article with its speaker's name (null when no one is named).
 *
 * @example
 * speakers(article('Talks', '“We agreed,” Putin said.')); // [['We agreed,', 'Putin']]
 */
export function speakers(a: EntitySource): Array<[string, string | null]> {
  return extractQuotes(a, extractEntities(a)).map((q) => [q.text, q.speaker?.name ?? null]);
}

/**
 * The names of one type among the mentions, sorted, for comparing with a list.
 *
 * @example
 * namesOf(extractEntities(article('Talks', 'Putin met Xi.')), 'person'); // ['Putin', 'Xi']
 */
export function namesOf(mentions: readonly Mention[], type: EntityType): string[] {
  return mentions
    .filter((m) => m.entity.type === type)
    .map((m) => m.entity.name)
    .sort();
}

/**
 * The names of the people among `mentions`, sorted.
 *
 * @example
 * people(extractEntities(article('Talks', 'Putin met Xi.'))); // ['Putin', 'Xi']
 */
export function people(mentions: readonly Mention[]): string[] {
  return namesOf(mentions, 'person');
}
