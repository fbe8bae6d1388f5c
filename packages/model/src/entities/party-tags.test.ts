/**
 * @module
 * partyTagStates on invented sentences: a lawmaker's party-and-state tag names the state.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { partyTagStates } from './party-tags.ts';
import { article } from './test-helpers.ts';

describe('partyTagStates', () => {
  it('reads postal codes, AP abbreviations and full names after a party initial', () => {
    const text = 'Rep. Dana Holt (R-TX) and Sen. Ira Vale, D-Calif., spoke, as did Rep. Lu Pike (I-Vermont).';
    expect(partyTagStates(text).map((p) => [p.name, text.slice(p.start, p.end)])).toEqual([
      ['Texas', 'TX'],
      ['California', 'Calif.'],
      ['Vermont', 'Vermont'],
    ]);
  });

  it('finds nothing in words that only look like a tag', () => {
    expect(partyTagStates('The D-Day landings and the I-95 corridor and a T-Mobile store.')).toEqual([]);
    expect(partyTagStates('The CAR-TX plan was shelved.')).toEqual([]);
  });

  it('gives extractEntities the state as a place', () => {
    const m = extractEntities(article('Budget', 'Rep. Dana Holt (R-OK) asked the agency for its plan on Tuesday.'));
    expect(m.filter((x) => x.entity.type === 'place').map((x) => x.entity.name)).toEqual(['Oklahoma']);
  });
});
