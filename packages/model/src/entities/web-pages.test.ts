/**
 * @module
 * Names as web pages other than news copy write them: venues on a tour's dates, and the rules
 * that keep such pages' furniture from being read as people or bodies.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a venue named by its kind of building', () => {
  it('is a place when it ends in arena, amphitheatre, pavilion, auditorium or creek', () => {
    const m = extractEntities(
      article(
        'Dates',
        'The trio opens at Larkfield Amphitheater, then plays Corbin Arena and the Hollis Pavilion.',
        'A last show at Mabry Auditorium near Pine Creek was added on Friday.',
      ),
    );
    expect(namesOf(m, 'place')).toEqual(['Corbin Arena', 'Hollis Pavilion', 'Larkfield Amphitheater', 'Mabry Auditorium', 'Pine Creek']);
    expect(namesOf(m, 'person')).toEqual([]);
  });
});

describe('initials after a name', () => {
  it('are cut from a full name, where they start something else', () => {
    const m = extractEntities(article('Review', 'Reviewed by: Peter Galloway RRP: 80 Euro. Notes by Clara Whitby PDF download.'));
    expect(namesOf(m, 'person')).toEqual(['Clara Whitby', 'Peter Galloway']);
  });

  it('make a capitalised word no person, even when described', () => {
    const m = extractEntities(article('Phones', 'Palm ID, a fingerprint reader, and a bigger battery are new this year.'));
    expect(namesOf(m, 'person')).toEqual([]);
  });

  it('stay as a post-nominal or a regnal number', () => {
    const m = extractEntities(article('Visit', 'King Henry VIII met Mary Lott MBE at the palace.'));
    expect(namesOf(m, 'person')).toEqual(['Henry VIII', 'Mary Lott']);
  });
});

describe('a name alone in brackets', () => {
  it('is a person where its words are shaped like a name (a cast after the characters)', () => {
    const m = extractEntities(
      article('Films', 'The story follows a ferryman (Dervla Quennell) and his son (Osric Varga), who never speak.'),
    );
    expect(namesOf(m, 'person')).toEqual(['Dervla Quennell', 'Osric Varga']);
  });

  it('is not a person where its words are ordinary words', () => {
    const m = extractEntities(article('Films', 'The story is set in a harbour town (Grey Water) over one winter.'));
    expect(namesOf(m, 'person')).toEqual([]);
  });
});
