/**
 * @module
 * The benchmark metric must score exactly as scrapinghub's evaluate.py does, or our figures
 * would not compare with the published ones. Expected values are worked out by hand from it.
 */
import { describe, expect, it } from 'vitest';
import { overallScore, pageF1, precisionOf, recallOf, shingleMatch, shingles, tokenize } from './shingle-metric.ts';
import { sameTitle, tokenF1 } from './text-compare.ts';

describe('tokenize', () => {
  it('takes runs of letters, digits and underscores, in any script, keeping case', () => {
    expect(tokenize('It’s 10:30 — café_bar, Ünïcode ДА 東京!')).toEqual(['It', 's', '10', '30', 'café_bar', 'Ünïcode', 'ДА', '東京']);
  });
});

describe('shingles', () => {
  it('counts repeated 4-token shingles', () => {
    expect(shingles('a b c d a b c d')).toEqual(
      new Map([
        ['a\u0001b\u0001c\u0001d', 2],
        ['b\u0001c\u0001d\u0001a', 1],
        ['c\u0001d\u0001a\u0001b', 1],
        ['d\u0001a\u0001b\u0001c', 1],
      ]),
    );
  });

  it('makes one shingle of a text shorter than four tokens, and none of an empty text', () => {
    expect([...shingles('two words').keys()]).toEqual(['two\u0001words']);
    expect(shingles(' ,. ').size).toBe(0);
  });
});

describe('shingleMatch', () => {
  it('normalises true positives, false positives and false negatives to sum to 1', () => {
    // truth: abcd bcde; predicted: abcd bcdx -> tp 1, fp 1, fn 1
    expect(shingleMatch('a b c d e', 'a b c d x')).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(shingleMatch('', '')).toEqual([0, 0, 0]);
  });
});

describe('precision and recall of a page', () => {
  it('are 1 for a perfect page and follow evaluate.py at the edges', () => {
    expect(precisionOf([1, 0, 0])).toBe(1);
    expect(recallOf([1, 0, 0])).toBe(1);
    expect(precisionOf([0, 0, 1])).toBe(0);
    expect(recallOf([0, 1, 0])).toBe(0);
    expect(pageF1([0.5, 0.25, 0.25])).toBeCloseTo(2 / 3);
  });
});

describe('overallScore', () => {
  it('averages precision over pages that predicted something and recall over pages with a truth', () => {
    const pages = [shingleMatch('a b c d e', 'a b c d e'), shingleMatch('a b c d e', ''), shingleMatch('', 'a b c d')];
    // precision: pages 1 and 3 -> (1 + 0) / 2; recall: pages 1 and 2 -> (1 + 0) / 2
    const score = overallScore(pages);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBe(0.5);
  });

  it('takes F1 as the harmonic mean of the two means, not the mean of page F1s', () => {
    const score = overallScore([
      [1, 0, 0],
      [0.5, 0, 0.5],
    ]);
    expect(score.recall).toBe(0.75);
    expect(score.f1).toBeCloseTo((2 * 0.75) / 1.75);
  });
});

describe('looser comparisons', () => {
  it('tokenF1 scores word overlap regardless of case and order', () => {
    expect(tokenF1('The cat sat', 'sat the CAT')).toBe(1);
    expect(tokenF1('the cat sat', 'the cat sat down')).toBeCloseTo(6 / 7);
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('a', '')).toBe(0);
  });

  it('sameTitle forgives a site name on either side, not a different headline', () => {
    expect(sameTitle('River path reopens', 'River path reopens | Gazette')).toBe(true);
    expect(sameTitle('River path reopens', 'Bridge shut')).toBe(false);
    expect(sameTitle('Gazette', 'River path reopens after two years | Gazette')).toBe(false);
  });
});
