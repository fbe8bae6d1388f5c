/**
 * @module
 * The listed clubs of Europe's smaller leagues, on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a listed European club', () => {
  it('is a body by its full name', () => {
    const m = extractEntities(article('Coach', 'He now coaches Viking Stavanger after a spell with Red Star Belgrade.'));
    expect(namesOf(m, 'organization')).toEqual(['Red Star Belgrade', 'Viking Stavanger']);
    expect(namesOf(m, 'person')).toEqual([]);
  });

  it('is a body by its town where a sports context shows it', () => {
    const m = extractEntities(article('Ligue 1', 'Lyon beat Nantes 2-0 on Sunday.'));
    expect(namesOf(m, 'organization')).toEqual(['Lyon', 'Nantes']);
  });
});

describe('a rugby club named by a small town', () => {
  it('is a body by the town’s name alone', () => {
    const m = extractEntities(article('Pool draw', 'The holders play Castres at home before facing Treviso away.'));
    expect(namesOf(m, 'organization')).toEqual(['Castres', 'Treviso']);
  });
});
