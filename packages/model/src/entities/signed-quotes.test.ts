/**
 * @module
 * Signature lines on small invented pages: a line holding only a source's name, in brackets or
 * after a dash, signs the block quotations just above it; a heading ends the run a passage
 * without one inherits its speaker from.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../block.ts';
import { extractEntities } from './extract-entities.ts';
import { extractQuotes } from './extract-quotes.ts';
import { signatureOf } from './signed-quotes.ts';
import { tokenize } from './tokenize.ts';

const para = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const quote = (text: string): Block => ({ type: 'quote', text });
const heading = (text: string): Block => ({ type: 'heading', level: 2, text });

function speakers(...body: Block[]): Array<[number, string | null]> {
  const a = { headline: 'What the critics say', body };
  return extractQuotes(a, extractEntities(a)).map((q) => [q.block, q.speaker?.name ?? null]);
}

describe('signature lines', () => {
  it('reads a line holding only a name, in brackets or after a dash', () => {
    const named = (text: string) => {
      const tokens = tokenize(text);
      const k = tokens.findIndex((t) => t.text === 'Anna');
      return [{ from: k, to: k + 2, entity: { type: 'person' as const, name: 'Anna Cole', slug: 'anna-cole' } }];
    };
    for (const text of ['[Anna Cole]', '— Anna Cole', 'Anna Cole'])
      expect(signatureOf(tokenize(text), named(text) as never)?.name).toBe('Anna Cole');
    expect(signatureOf(tokenize('Anna Cole agreed.'), named('Anna Cole agreed.') as never)).toBeNull();
  });

  it('gives the block quotations above a signature to the source it names', () => {
    expect(
      speakers(
        para('Reviewers have had a week with the new console. Here is what they said:'),
        quote('The controller feels solid in the hand and the menus are quick to load.'),
        quote('I would still wait for the price to drop before buying one.'),
        para('[CNET]'),
        quote('Setup took ten minutes and the games ran smoothly on a slow connection.'),
        para('— Anna Cole'),
      ),
    ).toEqual([
      [1, 'CNET'],
      [2, 'CNET'],
      [4, 'Anna Cole'],
    ]);
  });

  it('knows the tech outlets Wired and PC World as sources', () => {
    expect(speakers(quote('Battery life is the best we have measured on any handheld this year.'), para('[Wired]'))).toEqual([
      [0, 'Wired'],
    ]);
    expect(speakers(quote('Battery life is the best we have measured on any handheld this year.'), para('[PC World]'))).toEqual([
      [0, 'PC World'],
    ]);
  });

  it('takes a block quotation holding marks of its own as one quotation, unless it attributes them', () => {
    expect(
      speakers(
        quote('The service is not yet the “Netflix of games” that some had hoped for, and the library is still thin.'),
        para('[CNET]'),
      ),
    ).toEqual([[0, 'CNET']]);
    expect(speakers(quote('“We will keep the port open for years,” Anna Cole said at the launch.'))).toEqual([[0, 'Anna Cole']]);
  });

  it('gives a passage under a new heading no speaker from before the heading', () => {
    expect(
      speakers(
        para('Tom Reed tested the console for a week at home.'),
        heading('Streaming Quality'),
        quote('The picture stayed sharp for hours and never once dropped a frame.'),
      ),
    ).toEqual([[2, null]]);
  });
});
