/** @module */
import { afterEach, describe, expect, it } from 'vitest';
import { resultCount } from './result-count.ts';

describe('resultCount', () => {
  it('counts exactly, one result apart, and says when the count stopped short', () => {
    expect([resultCount(1, true), resultCount(2345, true), resultCount(10_000, false)]).toEqual([
      '1 result',
      '2,345 results',
      'More than 10,000 results',
    ]);
  });

  it("writes the count in the site's language and number format", () => {
    process.env.SITE_LOCALE = 'fr-FR';
    // French groups thousands with a narrow no-break space.
    expect([resultCount(1, true), resultCount(2345, true), resultCount(10_000, false)]).toEqual([
      '1 résultat',
      '2\u202f345 résultats',
      'Plus de 10\u202f000 résultats',
    ]);
  });
});

afterEach(() => {
  delete process.env.SITE_LOCALE;
});
