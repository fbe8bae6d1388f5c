/**
 * @module
 * A language's name is no place, after "in" or anywhere else. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { isLanguage } from './languages.ts';
import { article, namesOf } from './test-helpers.ts';

describe('languages', () => {
  it('reads a language after "in" as no place', () => {
    const m = extractEntities(article('Film', 'The film is spoken in Aramaic and Hebrew, and signs in Inverness are in Gaelic.'));
    expect(namesOf(m, 'place')).toEqual(['Inverness']);
  });

  it('knows languages that are no nationality word', () => {
    expect(isLanguage('Swahili')).toBe(true);
    expect(isLanguage('Kenya')).toBe(false);
  });
});
