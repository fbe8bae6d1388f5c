/**
 * @module
 * tokenize: possessives, hyphenated tails, sentence openers, line breaks and camel-cased brands.
 */
import { describe, expect, it } from 'vitest';
import { runs } from './runs.ts';
import { tokenize } from './tokenize.ts';

const words = (text: string) => tokenize(text).filter((t) => t.word);

describe('tokenize', () => {
  it('keeps initials written apart ("W. M. Keck") inside one sentence', () => {
    expect(words('staff at the J. R. Hollin Observatory said so').map((t) => [t.text, t.opener])).toEqual([
      ['staff', true],
      ['at', false],
      ['the', false],
      ['J.', false],
      ['R.', false],
      ['Hollin', false],
      ['Observatory', false],
      ['said', false],
      ['so', false],
    ]);
  });

  it('drops possessive endings and marks that the name ends there', () => {
    const [putin, guest] = words('Putin’s guest');
    expect([putin!.text, putin!.endsName, putin!.possessive, guest!.text]).toEqual(['Putin', true, true, 'guest']);
  });

  it('keeps the capitalised head of a hyphenated word with a lower-case tail, and whole names', () => {
    expect(words('Trump-era tariffs hit Jean-Claude and el-Sisi').map((t) => [t.text, t.cap])).toEqual([
      ['Trump', true],
      ['tariffs', false],
      ['hit', false],
      ['Jean-Claude', true],
      ['and', false],
      ['el-Sisi', true],
    ]);
  });

  it('keeps a romanised given name whole after a family name, but still cuts an English tail', () => {
    expect(words('Park Min-joon met the Tory-led panel and Kang Bush-era staff').map((t) => t.text)).toEqual([
      'Park',
      'Min-joon',
      'met',
      'the',
      'Tory',
      'panel',
      'and',
      'Kang',
      'Bush',
      'staff',
    ]);
  });

  it('marks the first word of each sentence and of each quotation, but not after "Mr."', () => {
    const openers = words('He left. Mr. Blair said “Yes” then.')
      .filter((t) => t.opener)
      .map((t) => t.text);
    expect(openers).toEqual(['He', 'Mr', 'Yes']);
  });

  it('treats camel-cased brands as capitalised and dotted acronyms as one word', () => {
    expect(words('eBay and the U.S. market').map((t) => [t.text, t.cap])).toEqual([
      ['eBay', true],
      ['and', false],
      ['the', false],
      ['U.S.', true],
      ['market', false],
    ]);
  });

  it('ends a name at a line break and opens the next line as a sentence', () => {
    const tokens = tokenize('Halvor Labs, Bergen, Norway\nTessel Works, Leeds');
    expect(tokens.filter((t) => t.word && t.opener).map((t) => t.text)).toEqual(['Halvor', 'Tessel']);
    expect(
      runs(tokens).map(([from, to]) =>
        tokens
          .slice(from, to)
          .map((t) => t.text)
          .join(' '),
      ),
    ).toEqual(['Halvor Labs', 'Bergen', 'Norway', 'Tessel Works', 'Leeds']);
  });
});
