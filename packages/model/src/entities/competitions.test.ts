/**
 * @module
 * Leagues named as competitions, on invented sentences: no entity, unlike a league that is a body.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a league', () => {
  it('is no body when it names a competition', () => {
    const m = extractEntities(
      article(
        'Fixtures',
        'The Champions League draw left Arsenal facing a long trip.',
        'Their rivals sit third in the Premier League, and La Liga resumes next week.',
      ),
    );
    expect(namesOf(m, 'organization')).toEqual(['Arsenal']);
  });

  it('is a body when it is no competition', () => {
    const m = extractEntities(article('Talks', 'Arab League ministers met on Sunday.'));
    expect(namesOf(m, 'organization')).toEqual(['Arab League']);
  });
});
