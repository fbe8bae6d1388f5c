/**
 * @module
 * A place that stands for a trade stays a place before a club's role word. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('places that stand for a trade', () => {
  it('keeps Hollywood a place before "player"', () => {
    const m = extractEntities(article('Rights', 'Hollywood player Dan Roe bought the rights, and critics in Hollywood approved.'));
    expect(namesOf(m, 'place')).toEqual(['Hollywood']);
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(people(m)).toEqual(['Dan Roe']);
  });

  it('still reads a town before a club role as its club', () => {
    const m = extractEntities(article('Transfer', 'Leicester boss Tom Vale signed a new winger.'));
    expect(namesOf(m, 'organization')).toEqual(['Leicester']);
  });
});
