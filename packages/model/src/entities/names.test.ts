/**
 * @module
 * Tests of the name lookup key: every way of writing a name that should meet, meets.
 */
import { describe, expect, it } from 'vitest';
import { knownName, nameKey } from './names.ts';

describe('nameKey', () => {
  it('folds case, curly apostrophes, dots, a leading "the" and runs of whitespace', () => {
    expect(nameKey('The Kremlin')).toBe('kremlin');
    expect(nameKey('the  Kremlin')).toBe('kremlin');
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('St. Joseph')).toBe('st. joseph');
    expect(nameKey('O’Neill')).toBe("o'neill");
    expect(nameKey('Oʼ Neill')).toBe("o' neill");
    expect(nameKey('New\tYork')).toBe('new york');
    expect(nameKey('New  York ')).toBe('new york');
    expect(nameKey('New\u00a0York')).toBe('new york');
    expect(nameKey(' Theresa May')).toBe('theresa may');
    expect(nameKey('Thea Smith')).toBe('thea smith');
    expect(nameKey('The.')).toBe('the');
  });

  it('finds a known name however it is written', () => {
    expect(knownName('the Kremlin')).toEqual(knownName('Kremlin'));
  });
});
