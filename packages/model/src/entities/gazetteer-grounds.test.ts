/**
 * @module
 * Sports grounds as places, on invented sentences: a ground's name may look like a person's or
 * hold a possessive.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a sports ground', () => {
  it('is a place, though its name is no place word', () => {
    const m = extractEntities(article('Booed off', 'The visitors were booed off at Fratton Park after a dull draw.'));
    expect(namesOf(m, 'place')).toEqual(['Fratton Park']);
  });

  it('is filed under its present name when the story gives the old one', () => {
    const m = extractEntities(article('Move', 'The club will leave for Ashburton Grove in two seasons.'));
    expect(namesOf(m, 'place')).toEqual(['Emirates Stadium']);
  });

  it('keeps the possessive of a saint or a founder, and is no person', () => {
    const m = extractEntities(
      article(
        'Grounds',
        'Nobody expected the manager to leave St Mary’s so soon.',
        "A crowd of 40,000 filled St James' Park for the derby.",
        'The hosts scored four tries at Franklin’s Gardens.',
      ),
    );
    expect(namesOf(m, 'person')).toEqual([]);
    expect(namesOf(m, 'place')).toEqual(["Franklin's Gardens", "St James' Park", "St Mary's"]);
  });

  it('is the cricket ground at "Lord’s", but not in "the Lord’s Prayer"', () => {
    const m = extractEntities(article('Test', 'The bowlers struggled at Lord’s on the opening day.'));
    expect(namesOf(m, 'place')).toEqual(["Lord's"]);
    const prayer = extractEntities(article('Service', 'The vicar read the Lord’s Prayer to the crowd.'));
    expect(namesOf(prayer, 'place')).toEqual([]);
  });
});
