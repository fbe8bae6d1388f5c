/**
 * @module
 * Names two lists give two types: the hand-kept meaning wins over a city of the generated data
 * unless the context asks for a place, an outlet written with a capital "The" is no ocean, and a
 * street is one place however it is written. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('names that are also cities', () => {
  it('reads a painter known by his surname as the person', () => {
    const m = extractEntities(article('Auction', 'A sketch by Dali sold for twice its estimate on Tuesday.'));
    expect(people(m)).toEqual(['Dali']);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('reads a broadcaster that shares a city’s name as the body', () => {
    const m = extractEntities(article('Drama', 'The series, made by ITV’s Granada, drew nine million viewers.'));
    expect(namesOf(m, 'organization')).toEqual(['Granada', 'ITV']);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('files the broadcaster’s short name with its full one', () => {
    const m = extractEntities(article('Soaps', 'Granada TV said the cast would return, and Granada Television confirmed the date.'));
    expect(namesOf(m, 'organization')).toEqual(['Granada']);
  });

  it('reads the same name as the city where the context asks for a place', () => {
    const m = extractEntities(article('Holiday', 'The couple bought a flat in Granada last spring.'));
    expect(namesOf(m, 'place')).toEqual(['Granada']);
    expect(namesOf(m, 'organization')).toEqual([]);
  });

  it('keeps a firm that shares a city’s name a body after "shares in"', () => {
    const m = extractEntities(article('Markets', 'Traders bought shares in Hitachi after the results.'));
    expect(namesOf(m, 'organization')).toEqual(['Hitachi']);
  });
});

describe('an outlet named like a place', () => {
  it('reads "The Atlantic" with a capital article mid-sentence as the magazine', () => {
    const m = extractEntities(article('Interview', 'The senator told The Atlantic that she would not stand again.'));
    expect(namesOf(m, 'organization')).toEqual(['The Atlantic']);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('reads "the Atlantic" in lower case as the ocean', () => {
    const m = extractEntities(article('Voyage', 'The crew rowed across the Atlantic in fifty days.'));
    expect(namesOf(m, 'place')).toEqual(['Atlantic']);
    expect(namesOf(m, 'organization')).toEqual([]);
  });
});

describe('Downing Street', () => {
  it('is one place, its short form included', () => {
    const m = extractEntities(article('Budget', 'Downing Street denied the report, and a Downing St aide called it false.'));
    expect(namesOf(m, 'place')).toEqual(['Downing Street']);
    expect(people(m)).toEqual([]);
    expect(namesOf(m, 'organization')).toEqual([]);
  });

  it('is the place "Number 10" names too', () => {
    const m = extractEntities(article('Budget', 'Number 10 said the talks would go on, and a minister left Downing Street at noon.'));
    expect(namesOf(m, 'place')).toEqual(['Downing Street']);
    expect(namesOf(m, 'organization')).toEqual([]);
  });
});
