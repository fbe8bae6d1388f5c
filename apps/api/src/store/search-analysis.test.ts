/**
 * @module
 * The pairs PostgreSQL finds phrases by: built from the words that follow each other in one field,
 * and asked for by a phrase's words in the same way. (That the same queries find the same stories
 * on both databases is the query-equivalence contract's to check.)
 */
import { describe, expect, it } from 'vitest';
import { pairHash, searchQueryLiterals, searchVectorLiterals } from './search-analysis.ts';

const text = { headline: 'Night ferries', standfirst: '', people: 'Ines Calder', tags: '', body: 'Calder sailed at night.' };
const pairs = (literal: string) => new Set(literal.slice(1, -1).split(',').filter(Boolean));

describe('pairs of words', () => {
  it('are the stemmed words that follow each other within a field, never across two', () => {
    const stored = pairs(searchVectorLiterals(text).pairs);
    for (const [a, b] of [
      ['night', 'ferri'],
      ['in', 'calder'],
      ['calder', 'sail'],
      ['at', 'night'],
    ])
      expect(stored.has(pairHash(a!, b!))).toBe(true);
    expect(stored.has(pairHash('ferri', 'in'))).toBe(false);
    expect(stored.has(pairHash('calder', 'calder'))).toBe(false);
    expect(stored.size).toBe(5);
  });

  it('are what a phrase asks for, with positions checked only for three words or more', () => {
    expect(searchQueryLiterals([{ kind: 'phrase', words: ['night', 'ferries'] }])).toEqual({
      rank: "('night' <-> 'ferri')",
      words: '',
      phrases: '',
      pairs: `{${pairHash('night', 'ferri')}}`,
    });
    const long = searchQueryLiterals([
      { kind: 'phrase', words: ['sailed', 'at', 'night'] },
      { kind: 'prefix', word: 'ferr' },
    ]);
    expect(long.words).toBe("'ferr':*");
    expect(long.phrases).toBe("('sail' <-> 'at' <-> 'night')");
    expect(pairs(long.pairs)).toEqual(new Set([pairHash('sail', 'at'), pairHash('at', 'night')]));
  });

  it('are hashed apart for different pairs and alike for the same', () => {
    expect(pairHash('night', 'ferri')).toBe(pairHash('night', 'ferri'));
    expect(pairHash('night', 'ferri')).not.toBe(pairHash('ferri', 'night'));
    expect(pairHash('a', 'bc')).not.toBe(pairHash('ab', 'c'));
    expect(BigInt(pairHash('night', 'ferri'))).toBeLessThan(2n ** 63n);
    expect(pairHash('night', 'ferri')).toMatch(/^[1-9][0-9]*$|^0$/);
  });
});

describe('vectors', () => {
  it('hold a word once, at every position of each of its spellings, and pair it whatever its spelling', () => {
    const spelt = { headline: 'Ferries', standfirst: 'night FERRIES', people: '', tags: '', body: 'Night ferries; night Ferries.' };
    const literals = searchVectorLiterals(spelt);
    expect(literals.vector).toBe("'ferri':1A,4B,9C,11C 'night':3B,8C,10C");
    expect(pairs(literals.pairs)).toEqual(new Set([pairHash('night', 'ferri'), pairHash('ferri', 'night')]));
  });
});
