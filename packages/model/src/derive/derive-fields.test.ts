/**
 * @module
 * Tests for word counts, reading time and excerpts.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../block.ts';
import { plain } from '../inline-text.ts';
import { countWords } from './count-words.ts';
import { deriveFields } from './derive-fields.ts';
import { truncateAtWord } from './excerpt.ts';

const para = (text: string): Block => ({ type: 'paragraph', content: plain(text) });

describe('countWords', () => {
  it('counts words, not punctuation or dashes', () => {
    expect(countWords('The path — closed since May — reopened on Monday.')).toBe(8);
    expect(countWords('  ')).toBe(0);
  });

  it('keeps possessives, hyphenated words and numbers whole', () => {
    expect(countWords('The council’s cross-party plan costs £1,250.50')).toBe(6);
  });
});

describe('truncateAtWord', () => {
  it('leaves short text alone apart from whitespace', () => {
    expect(truncateAtWord('  Short\n text. ', 200)).toBe('Short text.');
  });

  it('cuts at a word boundary and adds an ellipsis within the limit', () => {
    const out = truncateAtWord('The river path reopened on Monday after repairs.', 30);
    expect(out).toBe('The river path reopened on…');
    expect(out.length).toBeLessThanOrEqual(30);
  });

  it('drops punctuation before the ellipsis', () => {
    expect(truncateAtWord('Ferries stopped, buses ran late and trains were cancelled', 20)).toBe('Ferries stopped…');
  });
});

describe('deriveFields', () => {
  it('uses the standfirst as the excerpt when there is one', () => {
    const out = deriveFields({ headline: 'Bridge shut', standfirst: 'Engineers found cracks.', body: [para('Long text here.')] });
    expect(out).toEqual({ wordCount: 8, readingTime: 1, excerpt: 'Engineers found cracks.' });
  });

  it('builds the excerpt from the opening paragraphs, skipping headings', () => {
    const first = 'Harbour workers voted on Tuesday to accept a new contract after a month of talks.';
    const body: Block[] = [
      { type: 'heading', level: 2, text: 'Background' },
      para(first),
      para(
        'The deal raises pay over three years and settles a dispute over night shifts that began last spring, when the port extended its opening hours without consulting staff.',
      ),
    ];
    const { excerpt } = deriveFields({ headline: 'Dock deal', body });
    expect(excerpt.startsWith(first + ' The deal raises pay')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(200);
    expect(excerpt).not.toContain('Background');
  });

  it('estimates reading time at about 230 words a minute, never below one', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(deriveFields({ headline: 'H', body: [para(words(1))] }).readingTime).toBe(1);
    expect(deriveFields({ headline: 'H', body: [para(words(919))] }).readingTime).toBe(4);
    expect(deriveFields({ headline: 'H', body: [para(words(1149))] }).readingTime).toBe(5);
  });

  it('counts list items and quotes in the word count', () => {
    const body: Block[] = [
      { type: 'list', ordered: false, items: [plain('one two'), plain('three')] },
      { type: 'quote', text: 'four five', attribution: 'Someone Else' },
    ];
    expect(deriveFields({ headline: 'Six', body }).wordCount).toBe(6);
  });
});
