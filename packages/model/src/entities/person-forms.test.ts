/**
 * @module
 * Forms of news copy that only look like a person's name, on small invented texts: an office
 * addressed with an honorific, a title after "the game", "the installation" or "a mission called", and a
 * name whose apposition calls it a work or a body, a title with a number in a list, firms named after people,
 * a question that opens with "Will", a craft named before "probe" or "mission", a fictional character.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('an office addressed with an honorific', () => {
  it('names no person, while an honorific before a surname still does', () => {
    const m = extractEntities(
      article('Hearing', '“With respect, Mr. Ranking Member, the rocket is late,” Kel Durrant told the panel, as Mr. Hollis nodded.'),
    );
    expect(namesOf(m, 'person')).toEqual(['Hollis', 'Kel Durrant']);
  });
});

describe('a title after a looser work noun or a naming verb', () => {
  it('is a work, in every mention, when the name is no known one and opens with no given name', () => {
    const m = extractEntities(
      article(
        'Space',
        'They are developing a mission called Orsa Whitfield, which is due to launch. Whitfield will orbit Jupiter.',
        'The show included the installation Starling Moss by two painters.',
      ),
    );
    expect(namesOf(m, 'person')).toEqual([]);
  });

  it('keeps a person after "the game" or "a man called"', () => {
    const m = extractEntities(article('Cup', 'After the game Andre Nzame said it was hard. A man called Dorian Vale agreed.'));
    expect(namesOf(m, 'person')).toEqual(['Andre Nzame', 'Dorian Vale']);
  });
});

describe('an apposition that calls the name a work or a body', () => {
  it('keeps a work or a body from being a person, and a trade or a possessive keeps the person', () => {
    const m = extractEntities(
      article(
        'Books',
        'Readers loved it. Harrow Lane Weightless, a story of political intrigue, is told by a child.',
        'Figures came from Kestrel Dunmore, the investment bank, on Monday.',
        'Hazel Gilbert, a developer, said so. Tom Orrin, the company’s founder, agreed.',
      ),
    );
    expect(namesOf(m, 'person')).toEqual(['Hazel Gilbert', 'Tom Orrin']);
  });
});

describe('a title with a number in a list', () => {
  it('is a work, not a member taking the list’s type', () => {
    const m = extractEntities(article('Streaming', 'The box offers Netflix, Spotify, Mortal Grove 11, and Rune Hollow 2.'));
    expect(namesOf(m, 'organization')).toEqual(['Netflix', 'Spotify']);
  });
});

describe('firms named after people', () => {
  it('are bodies, not people', () => {
    const m = extractEntities(
      article('Contracts', 'The work went to Northrop Grumman, while Taylor Wimpey and Eli Lilly reported profits.'),
    );
    expect(namesOf(m, 'person')).toEqual([]);
    expect(namesOf(m, 'organization')).toEqual(['Eli Lilly', 'Northrop Grumman', 'Taylor Wimpey']);
  });
});

describe('a question that opens with "Will" or "May"', () => {
  it('keeps the verb out of the name, and a statement keeps the given name', () => {
    const asked = extractEntities(
      article('Race', 'Senator Ada Tarrant led the field. Will Tarrant continue to lead, or will rivals close in?'),
    );
    expect(namesOf(asked, 'person')).toEqual(['Ada Tarrant']);
    const told = extractEntities(article('Race', 'Will Tarrant said he would run again next year.'));
    expect(namesOf(told, 'person')).toEqual(['Will Tarrant']);
  });
});

describe('a craft named before what it is', () => {
  it('names no person', () => {
    const m = extractEntities(article('Space', 'The Kestrel Orrel probe and the Brisa Kellan mission surprised Ada Tarrant.'));
    expect(namesOf(m, 'person')).toEqual(['Ada Tarrant']);
  });
});

describe('a fictional character', () => {
  it('named after "the character" or "portrays" is no person, in any mention', () => {
    const m = extractEntities(
      article('Drama', 'Dana Holt portrays Mira Quell in the drama. The character Tam Orrel dies early. Mira Quell survives.'),
    );
    expect(namesOf(m, 'person')).toEqual(['Dana Holt']);
  });
});

describe('a name after "bring in"', () => {
  it('stays a person, though "in" hints at a place', () => {
    const m = extractEntities(article('Club', 'The chairman decided to bring in Dravko Menic as executive director.'));
    expect(namesOf(m, 'person')).toEqual(['Dravko Menic']);
  });
});

describe('a new clause after a name', () => {
  it('is no apposition that makes the name a work', () => {
    const m = extractEntities(article('Charts', 'Featuring Ada Tarrant and Dravko Menic, the song was written by a radio host.'));
    expect(namesOf(m, 'person')).toEqual(['Ada Tarrant', 'Dravko Menic']);
  });
});
