/**
 * @module
 * Forms of news copy that make a name a place or keep it from being a person's, on small invented
 * texts: a town before "-based" or "-born", what a name after "in" must look like to be a place, and
 * a name shaped like a person’s after "atop" or "near", names before "counties" or "township", and a
 * state university ("Ohio State"), a title with a pronoun and an ampersand after "in", a celestial body.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a place before "-based" or "-born"', () => {
  it('is a place when a body or a trade follows "-based", and always before "-born"', () => {
    const m = extractEntities(article('Deal', 'The Quentbury-based software company hired the Marlow-born singer Ann Vale on Monday.'));
    expect(namesOf(m, 'place')).toEqual(['Marlow', 'Quentbury']);
  });

  it('is no place before "-based" and a thing', () => {
    const m = extractEntities(article('Phones', 'The Zentro-based phone and a Koros-based laptop went on sale.'));
    expect(namesOf(m, 'place')).toEqual([]);
  });
});

describe('a name after "in" that no list knows', () => {
  it('is a place when shaped like one, but not a title with a number or subtitle, ordinary words or a body’s name', () => {
    const m = extractEntities(
      article(
        'Weekend',
        'The crew filmed in Dunmarrow, then played for hours in Stone Ledger 2 and in Vantor: Ashfall.',
        'The phone runs faster in Night Mode, and the band sold out at Celtic Harbours.',
      ),
    );
    expect(namesOf(m, 'place')).toEqual(['Dunmarrow']);
  });
});

describe('a name shaped like a person’s after "atop" or "near"', () => {
  it('is a place, and the same shape elsewhere a person', () => {
    const m = extractEntities(article('Sky', 'Astronomers working atop Kalani Hoku and near Veshti Maru met Tamsin Orrel on Friday.'));
    expect(namesOf(m, 'place')).toEqual(['Kalani Hoku', 'Veshti Maru']);
    expect(namesOf(m, 'person')).toEqual(['Tamsin Orrel']);
  });
});

describe('names before a kind of place in lower case', () => {
  it('are places, alone or as a list, but a nationality is not', () => {
    const m = extractEntities(
      article('Outbreak', 'Cases were found in Orrin, Tasker and Van Holt counties, in Quell township and across Arab states.'),
    );
    expect(namesOf(m, 'place')).toEqual(['Orrin', 'Quell', 'Tasker', 'Van Holt']);
  });
});

describe('a state’s name before "State"', () => {
  it('is its university, except New York State', () => {
    const m = extractEntities(article('Football', 'Ohio State quarterback Dane Holt beat Iowa State, then flew to New York State.'));
    expect(namesOf(m, 'place')).toEqual(['New York State']);
    expect(namesOf(m, 'organization')).toEqual(['Iowa State', 'Ohio State']);
  });
});

describe('a title with a pronoun, and an ampersand after "in"', () => {
  it('names no place', () => {
    const m = extractEntities(
      article('Advice', 'Read "Five Things in Gadgets You Need" and then wait in A&E in Dunmarrow, said Dana Holt.'),
    );
    expect(namesOf(m, 'place')).toEqual(['Dunmarrow']);
  });
});

describe('a celestial body named after its kind', () => {
  it('is no place anywhere in the story', () => {
    const m = extractEntities(article('Map', 'Scientists in Houston mapped the moon Kerrow. Methane lakes lie in Kerrow, the team said.'));
    expect(namesOf(m, 'place')).toEqual(['Houston']);
  });
});

describe('a nationality the demonym list may lack', () => {
  it('is no place before "-born" or "province"', () => {
    const m = extractEntities(article('Rugby', 'The Irish-born coach said the Irish province had improved in Dunmarrow.'));
    expect(namesOf(m, 'place')).toEqual(['Dunmarrow']);
  });
});

describe('ordinary words after "in" that still name a place', () => {
  it('holds a known place or ends in a word for a street, and a clause after it is no apposition', () => {
    const m = extractEntities(
      article('Film', 'Set in North Wales, the film follows a baker. She spoke from a cafe in Copper Lane on Monday.'),
    );
    expect(namesOf(m, 'place')).toEqual(['Copper Lane', 'North Wales']);
  });
});
