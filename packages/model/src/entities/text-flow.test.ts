/**
 * @module
 * The flow of a page's text on small invented pages: a picture set between two paragraphs, with
 * or without a caption, does not part them, so a quotation after it goes on with the speaker
 * before it; a heading does part them.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../block.ts';
import { extractEntities } from './extract-entities.ts';
import { extractQuotes } from './extract-quotes.ts';

const para = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const picture = (caption?: string): Block => ({
  type: 'image',
  src: 'https://example.org/dock.jpg',
  alt: 'The dock',
  ...(caption ? { caption } : {}),
});

function speakers(...body: Block[]): Array<[number, string | null]> {
  const a = { headline: 'Harbour plans', body };
  return extractQuotes(a, extractEntities(a)).map((q) => [q.block, q.speaker?.name ?? null]);
}

const FIRST = '“We worked on the plans for the dock all through the winter,” says Anna Cole of the harbour trust.';
const NEXT = '“We looked at every berth, every crane and every road into the port before we chose.”';

describe('pictures in the flow of the text', () => {
  it('do not part a quotation from the speaker of the paragraph before', () => {
    expect(speakers(para(FIRST), picture(), para(NEXT))).toEqual([
      [0, 'Anna Cole'],
      [2, 'Anna Cole'],
    ]);
    expect(speakers(para(FIRST), picture('The old dock in winter.'), para(NEXT))).toEqual([
      [0, 'Anna Cole'],
      [2, 'Anna Cole'],
    ]);
  });

  it('while a heading does', () => {
    expect(speakers(para(FIRST), { type: 'heading', level: 2, text: 'The Next Steps' }, para(NEXT))).toEqual([
      [0, 'Anna Cole'],
      [2, null],
    ]);
  });
});
