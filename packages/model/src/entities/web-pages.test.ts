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

describe('a town and a state’s or a province’s abbreviation', () => {
  it('reads a Canadian province by its postal code or its AP abbreviation', () => {
    const m = extractEntities(article('Tour', 'The band plays Kingston, ON on Friday and Regina, Sask. a week later.'));
    expect(namesOf(m, 'place')).toEqual(['Kingston', 'Ontario', 'Regina', 'Saskatchewan']);
  });

  it('starts the next town where capitals after a comma are no state’s', () => {
    const m = extractEntities(article('Tour', 'Then the Tollgate Hall – St. Louis, St. Louis, MO date.'));
    expect(namesOf(m, 'place')).toContain('St. Louis');
    expect(namesOf(m, 'place')).not.toContain('Louis');
  });

  it('leaves the town in its list, so an undecided venue before it is a place too', () => {
    const m = extractEntities(article('Tour', 'June 3 -- Harrowgate Stage, Kingston, ON'));
    expect(namesOf(m, 'place')).toEqual(['Harrowgate Stage', 'Kingston', 'Ontario']);
  });

  it('keeps a saint’s abbreviation with its stop in the name, but not a street’s', () => {
    const m = extractEntities(article('Trip', 'They flew from St. Petersburg to St. Louis, and parked on Elm St. Police came.'));
    expect(namesOf(m, 'place')).toEqual(['St Petersburg', 'St. Louis']);
    expect(m.map((x) => x.entity.name)).not.toContain('Elm St. Police');
  });
});

describe('a name with a capital inside it', () => {
  it('is a company where it acts in the story', () => {
    const m = extractEntities(article('Jobs', 'Later TaskBee hired forty people. TaskBee says it will hire more.'));
    expect(namesOf(m, 'organization')).toEqual(['TaskBee']);
  });

  it('is no body before a noun, after its maker’s name, or in brackets after lower-case words', () => {
    const m = extractEntities(
      article(
        'Gadgets',
        'Nobody misses Sony’s GlowMat. GlowMat alternatives cost less.',
        'Each worker asks for the next job (NextJob), and NextJob calls wait for an answer.',
      ),
    );
    expect(namesOf(m, 'organization')).toEqual(['Sony']);
  });
});

describe('titles before a body’s word', () => {
  it('describe the body, not a person', () => {
    const m = extractEntities(
      article(
        'Survey',
        'Dana Pike, senior analyst at industry analyst firm NorthGale, spoke first.',
        'Company director Ann Low spoke next.',
      ),
    );
    expect(namesOf(m, 'organization')).toEqual(['NorthGale']);
    expect(namesOf(m, 'person')).toEqual(['Ann Low', 'Dana Pike']);
  });
});

describe('a royal’s title', () => {
  it('stays with a given name alone, as royals are known', () => {
    const m = extractEntities(article('Palace', 'Her son, Prince Edwin, met Queen Maud on Monday, said Mr Holt.'));
    expect(namesOf(m, 'person')).toEqual(['Holt', 'Prince Edwin', 'Queen Maud']);
  });
});
