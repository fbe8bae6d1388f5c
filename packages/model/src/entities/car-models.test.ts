/**
 * @module
 * A maker and its car model name a product, not a person or a place; the maker alone stays a
 * body. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { carModel } from './car-models.ts';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('car models', () => {
  it('reads a maker and its model as no person and no place', () => {
    const m = extractEntities(
      article('Recall', 'Owners of a Vauxhall Corsa, a Kia Sorento or a Hyundai Santa Fe should call Ford, wrote Nell Ashby.'),
    );
    expect(people(m)).toEqual(['Nell Ashby']);
    expect(namesOf(m, 'place')).toEqual([]);
    expect(namesOf(m, 'organization')).toEqual(['Ford']);
  });

  it('needs the maker and the model together', () => {
    expect(carModel(['Seat', 'Ibiza', 'FR'])).toBe(true);
    expect(carModel(['Alfa', 'Romeo', 'Giulia'])).toBe(true);
    expect(carModel(['Ibiza'])).toBe(false);
    expect(carModel(['Seat'])).toBe(false);
  });
});
