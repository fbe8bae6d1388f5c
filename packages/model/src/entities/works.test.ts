/**
 * @module
 * A performer's full name before a work of theirs ("the Nina Castell film") is the person, where
 * other names before a work noun are the work's own title. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, people } from './test-helpers.ts';

describe('a star before a work', () => {
  it('reads a full name before "film" or "song" as the performer', () => {
    const m = extractEntities(article('Score', 'He wrote music for the Nina Castell film and for a Bob Dylan song last year.'));
    expect(people(m)).toEqual(['Bob Dylan', 'Nina Castell']);
  });

  it('leaves a name made of English words before "film" a title', () => {
    const m = extractEntities(article('Queues', 'Queues formed for the new Tom Thumb film in the spring.'));
    expect(people(m)).toEqual([]);
  });
});
