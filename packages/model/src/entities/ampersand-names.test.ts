/**
 * @module
 * A name written with "&" and with "and" is one name: the two forms meet in the lookup key, so
 * one person or body in the story and either form found in the lists. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { nameKey } from './names.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('"&" and "and" in a name', () => {
  it('give one key', () => {
    expect(nameKey('Ant & Dec')).toBe(nameKey('Ant and Dec'));
    expect(nameKey('AT&T')).toBe('at&t');
  });

  it('make one entity of a duo written both ways in one story', () => {
    const m = extractEntities(article('Awards', 'Ant & Dec won the prize again. Ant and Dec thanked their viewers.'));
    expect(people(m)).toHaveLength(1);
    expect(m[0]!.count).toBe(2);
  });

  it('find a listed body written with the other form', () => {
    const m = extractEntities(article('Famine', 'The Food & Agriculture Organisation warned of a poor harvest.'));
    expect(namesOf(m, 'organization')).toEqual(['Food and Agriculture Organisation']);
  });
});
