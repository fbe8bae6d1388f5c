/**
 * @module
 * Where a name starts, on invented sentences: "former" and "ex-" belong to a role, never to the
 * name after them.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a name after "former" or "ex-"', () => {
  it('leaves out a capitalised "Former" that opens the sentence', () => {
    const m = extractEntities(article('Talks', 'Former Chelsea striker Tom Brindle has joined a club in Norway.'));
    expect(namesOf(m, 'organization')).toEqual(['Chelsea']);
    expect(namesOf(m, 'person')).toEqual(['Tom Brindle']);
  });

  it('leaves out the prefix of "ex-Chelsea" and "Ex-Arsenal"', () => {
    const m = extractEntities(
      article('Moves', 'The ex-Chelsea coach was unveiled on Monday.', 'Ex-Arsenal defender Ian Pardew watched from the stand.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Arsenal', 'Chelsea']);
  });
});

describe('a capital "I" after a name', () => {
  it('is the pronoun after a place, and a regnal number after a person', () => {
    const m = extractEntities(article('Plans', 'If I were still coaching in England I would back the plan.', 'Charles I was beheaded.'));
    expect(namesOf(m, 'place')).toEqual(['England']);
    expect(namesOf(m, 'person')).toEqual(['Charles I']);
  });
});
