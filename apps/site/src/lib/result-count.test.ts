/** @module */
import { describe, expect, it } from 'vitest';
import { resultCount } from './result-count.ts';

describe('resultCount', () => {
  it('counts exactly, one result apart, and says when the count stopped short', () => {
    expect([resultCount(1, true), resultCount(2345, true), resultCount(10_000, false)]).toEqual([
      '1 result',
      '2,345 results',
      'More than 10,000 results',
    ]);
  });
});
