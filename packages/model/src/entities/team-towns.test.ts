/**
 * @module
 * A town named for its team once the story has named the team in full ("the Tolland Hawks").
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a town named for its team', () => {
  it('is the team where the story names the team in full', () => {
    const m = extractEntities(
      article('Week 9', 'The Denver Comets beat the Tulsa Hawks on Sunday.', 'Denver led at half-time, and Tulsa never caught up.'),
    );
    expect(namesOf(m, 'place')).toEqual([]);
    expect(namesOf(m, 'organization')).toEqual(['Denver', 'Denver Comets', 'Tulsa', 'Tulsa Hawks']);
  });

  it('stays a town after "in", and where no team of its name is in the story', () => {
    const m = extractEntities(
      article('Week 9', 'The Denver Comets play next in Tulsa.', 'Tulsa and Wichita, said the paper, need new stadiums.'),
    );
    expect(namesOf(m, 'place')).toEqual(['Tulsa', 'Wichita']);
  });

  it('takes a town and a plural nickname for a team, but not a town and a plural place word', () => {
    const m = extractEntities(article('Week 9', 'The Leeds Rhinos trained at a ground near Chicago Heights.'));
    expect(namesOf(m, 'organization')).toEqual(['Leeds Rhinos']);
  });

  it('is left alone in a newspaper’s name, whose last word heads a body ("Times")', () => {
    const m = extractEntities(article('Review', 'The Tulsa Times said Tulsa was growing.'));
    expect(namesOf(m, 'place')).toEqual(['Tulsa']);
  });
});
