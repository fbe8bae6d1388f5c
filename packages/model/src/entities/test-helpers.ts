/**
 * @module
 * Test support: an article from plain paragraphs, as the extractors read it.
 */
import type { Block } from '../block.ts';
import type { EntitySource } from './extract-entities.ts';

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
