/**
 * @module
 * townsBeforeStateNames on invented sentences: a town before a state written in full is a place.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { townsBeforeStateNames } from './town-state-names.ts';
import { article } from './test-helpers.ts';

describe('townsBeforeStateNames', () => {
  it('reads towns no list knows before a state in full, without an opening preposition', () => {
    const text = 'In Marlow Ridge, Oregon, and at Quentbury, Nebraska the mills closed.';
    expect(townsBeforeStateNames(text).map((p) => p.name)).toEqual(['Marlow Ridge', 'Quentbury']);
  });

  it('reads no town from a person, an ordinary word, a possessive state or a state before a title', () => {
    expect(townsBeforeStateNames('Nora Blake, Nevada and Today, Texas and Quentbury, Texas’s pride.')).toEqual([]);
    expect(townsBeforeStateNames('said Holtz, Texas Republican, on Monday.')).toEqual([]);
    // A list of bands, one of them named after a state.
    expect(townsBeforeStateNames('Acts include Vellum Choir, Quartzfield, Texas, Mogrin and Bellhaven.')).toEqual([]);
  });

  it('reads a town whose state a name follows after a comma', () => {
    expect(townsBeforeStateNames('at the Quentbury, California, Border Protection centre').map((p) => p.name)).toEqual(['Quentbury']);
  });

  it('makes a town that looks like a person’s name a place in extractEntities', () => {
    const m = extractEntities(article('Lunar bids', 'The firm is based in Varo Estel, California and builds landers.'));
    expect(m.map((x) => [x.entity.type, x.entity.name]).sort()).toEqual([
      ['place', 'California'],
      ['place', 'Varo Estel'],
    ]);
  });
});
