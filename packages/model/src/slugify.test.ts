/**
 * @module
 * Tests for slugify.
 */
import { describe, expect, it } from 'vitest';
import { Slug } from './common.ts';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it('lower-cases and joins words with single hyphens', () => {
    expect(slugify('  City Council Votes -- on the River Path!  ')).toBe('city-council-votes-on-the-river-path');
  });

  it('strips diacritics and folds letters NFKD leaves alone', () => {
    expect(slugify('Café Niño in Łódź, Straße Ærø')).toBe('cafe-nino-in-lodz-strasse-aero');
  });

  it('keeps possessives as one word with curly or straight apostrophes', () => {
    expect(slugify('Putin’s Victory Day Parade')).toBe('putins-victory-day-parade');
    expect(slugify("The mayor's plan")).toBe('the-mayors-plan');
  });

  it('cuts at a word boundary within the limit', () => {
    expect(slugify('alpha beta gamma delta', 12)).toBe('alpha-beta');
    expect(slugify('alpha beta gamma delta', 10)).toBe('alpha-beta');
    expect(slugify('alpha beta gamma delta', 9)).toBe('alpha');
  });

  it('cuts a single over-long word rather than returning nothing', () => {
    expect(slugify('Supercalifragilistic', 5)).toBe('super');
  });

  it('returns an empty string when nothing usable is left', () => {
    expect(slugify('Новости дня')).toBe('');
    expect(slugify('— … —')).toBe('');
    expect(slugify('')).toBe('');
  });

  it('always produces something the Slug schema accepts', () => {
    const samples = ['A -- B', '--lead and trail--', '1,782 files in 5 folders', 'Ünïcödé ★ symbols ★', 'x'.repeat(300)];
    for (const s of samples) expect(Slug.safeParse(slugify(s)).success, s).toBe(true);
    expect(slugify('x'.repeat(300)).length).toBe(80);
  });
});
