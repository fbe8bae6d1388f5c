/**
 * @module
 * datelinePlaces on invented openings: capitals, state abbreviations, and openings that are no dateline.
 */
import { describe, expect, it } from 'vitest';
import { datelinePlaces, townsWithStates } from './dateline.ts';
import { extractEntities } from './extract-entities.ts';
import { article } from './test-helpers.ts';

describe('datelinePlaces', () => {
  it('reads a city in capitals and a state abbreviation', () => {
    const text = 'FORT MEADE, Md. (AP) — Officials said on Monday that the base would stay open.';
    expect(datelinePlaces(text).map((p) => [p.name, text.slice(p.start, p.end)])).toEqual([
      ['Fort Meade', 'FORT MEADE'],
      ['Maryland', 'Md.'],
    ]);
  });

  it('reads a city unknown to any list when a state follows it, and a known city in capitals alone', () => {
    expect(datelinePlaces('Pinebrook, Ore. — The mill closed.').map((p) => p.name)).toEqual(['Pinebrook', 'Oregon']);
    expect(datelinePlaces('CAIRO: The talks resumed.').map((p) => p.name)).toEqual(['Cairo']);
  });

  it('finds no dateline in a heading-like opening or a plain sentence', () => {
    expect(datelinePlaces('BREAKING NEWS: The club has signed a keeper.')).toEqual([]);
    expect(datelinePlaces('Update: the road is open again.')).toEqual([]);
    expect(datelinePlaces('Pinebrook, a mill town, lost its mill.')).toEqual([]);
  });

  it('gives extractEntities the places, not an organisation made of the capitals', () => {
    const m = extractEntities(article('Flu', 'ST. ALBANS, Vt. (AP) — Health officials reported a second case.'));
    expect(m.map((x) => [x.entity.type, x.entity.name]).sort()).toEqual([
      ['organization', 'Associated Press'],
      ['place', 'St. Albans'],
      ['place', 'Vermont'],
    ]);
  });
});

describe('townsWithStates', () => {
  it('reads a town and its state written by postal code or abbreviation, but not a person with a degree', () => {
    const text = 'Shows in Cedar Hollow, CA and Camden, N.J. were announced by Nora Blake, MD, on Friday.';
    expect(townsWithStates(text).map((p) => p.name)).toEqual(['Cedar Hollow', 'California', 'Camden', 'New Jersey']);
  });
});
