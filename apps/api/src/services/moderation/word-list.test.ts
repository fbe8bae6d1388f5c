/**
 * @module
 * Tests of word lists and whole-word matching.
 */
import { describe, expect, it } from 'vitest';
import { parseWordList, wordMatcher } from './word-list.ts';

describe('parseWordList', () => {
  it('splits on commas, trims, lower-cases and drops empties and repeats', () => {
    expect(parseWordList(' Casino, free money ,,CASINO, ')).toEqual(['casino', 'free money']);
    expect(parseWordList(undefined)).toEqual([]);
    expect(parseWordList(' , ')).toEqual([]);
  });
});

describe('wordMatcher', () => {
  const match = wordMatcher(['casino', 'free money', 'ass', 'c++', 'cañon']);

  it('finds listed words in any case, in list order', () => {
    expect(match('FREE money at the Casino!')).toEqual(['casino', 'free money']);
  });

  it('matches whole words only', () => {
    expect(match('casinos, classic, passage, bass')).toEqual([]);
    expect(match('the cañones are deep')).toEqual([]);
    expect(match('an ass.')).toEqual(['ass']);
  });

  it('matches a phrase across any whitespace, and words with symbols literally', () => {
    expect(match('free\n  money')).toEqual(['free money']);
    expect(match('I write C++ daily; the Cañon is deep')).toEqual(['c++', 'cañon']);
    expect(match('c+ and c++x')).toEqual([]);
  });

  it('matches nothing with an empty list', () => {
    expect(wordMatcher([])('anything at all')).toEqual([]);
  });
});
