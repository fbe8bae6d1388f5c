/**
 * @module
 * Forms of news copy that only look like a person's name, on small invented texts: an office
 * addressed with an honorific.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('an office addressed with an honorific', () => {
  it('names no person, while an honorific before a surname still does', () => {
    const m = extractEntities(
      article('Hearing', '“With respect, Mr. Ranking Member, the rocket is late,” Kel Durrant told the panel, as Mr. Hollis nodded.'),
    );
    expect(namesOf(m, 'person')).toEqual(['Hollis', 'Kel Durrant']);
  });
});
