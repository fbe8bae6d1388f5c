/**
 * @module
 * Names that only look like people's: common English words (SCOWL's, in word-data.ts), trades
 * capitalised inside a name, model numbers and job titles, on small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { isDictionaryWord } from './names.ts';
import { article, people, speakers } from './test-helpers.ts';

describe('isDictionaryWord', () => {
  it('knows common words and their plurals, but not given names or surnames', () => {
    expect(['Regional', 'Operations', 'Activities', 'platform'].filter(isDictionaryWord)).toHaveLength(4);
    expect(['Paganini', 'Rose', 'Williams', 'Jones'].filter(isDictionaryWord)).toEqual([]);
  });
});

describe('names made of common words are no people', () => {
  it('takes two capitalised common words mid-sentence for no person', () => {
    const m = extractEntities(
      article('Changes', 'The group moved its Regional Operations to Leeds, and Basic Activities were cut at the Space Forums.'),
    );
    expect(people(m)).toEqual([]);
  });

  it('takes no common word standing alone for a surname', () => {
    const m = extractEntities(
      article(
        'Show',
        'The maker showed the ZX Roadster Concept in March; the Concept has two seats.',
        'Fans of Broken Order will know Order 12, and Moon Tide Jedi players train as a Jedi.',
      ),
    );
    expect(people(m)).toEqual([]);
  });

  it('reads a trade capitalised inside a name as part of it, and keeps a trade before a given name', () => {
    const m = extractEntities(
      article('Launch', 'The first Model B sold out, and Star Wars Legends followed.', 'Actor Tom Hanks and radio DJ Trevor Nelson came.'),
    );
    expect(people(m)).toEqual(['Tom Hanks', 'Trevor Nelson']);
  });

  it('takes a job title for no person', () => {
    const m = extractEntities(article('Hire', 'The agency hired Martin Kessler as its first Chief Strategy Officer on Monday.'));
    expect(people(m)).toEqual(['Martin Kessler']);
  });
});

describe('names that are a field, a club or a product', () => {
  it('takes a phrase of common words for no person, even as the subject of "said"', () => {
    const m = extractEntities(article('Raids', 'The High Commissioner for Human Rights said the raids broke the law.'));
    expect(people(m)).toEqual([]);
  });

  it('takes a name ending in a place, with no given name, for no person', () => {
    const m = extractEntities(
      article('Transfer', 'The fee secured the signing of Athletic Bilbao keeper Tom Reed, and Paris Hilton was there.'),
    );
    expect(people(m)).toEqual(['Paris Hilton', 'Tom Reed']);
  });

  it('takes a name written with a model number for a product throughout the story', () => {
    const m = extractEntities(
      article('Phones', 'The Harbour Tab 3 is now on sale, said Anna Cole.', 'Harbour Tab sold well last year, and Tom Reed bought one.'),
    );
    expect(people(m)).toEqual(['Anna Cole', 'Tom Reed']);
  });
});

describe('a nationality before a full name', () => {
  it('is no part of the name, as an adjective or as a noun', () => {
    const m = extractEntities(
      article('Final', 'The cup went to Argentine Tom Reed, while Welshman Dan Hale and Texan Anna Cole lost to Paul Newman.'),
    );
    expect(people(m)).toEqual(['Anna Cole', 'Dan Hale', 'Paul Newman', 'Tom Reed']);
  });
});

describe('titles of American copy and lists of tags', () => {
  it('reads Speaker, Prosecutor and Treasurer as titles before a name', () => {
    const m = extractEntities(article('Vote', 'The bill passed after House Speaker Dan Hale and Prosecutor Jo Lane spoke.'));
    expect(people(m)).toEqual(['Dan Hale', 'Jo Lane']);
  });

  it('takes no list member of common words only for a person', () => {
    const m = extractEntities(article('Port', 'Anna Cole won the vote.', 'Topics: Tom Reed, Port Closures, Road Works'));
    expect(people(m)).toEqual(['Anna Cole', 'Tom Reed']);
  });
});

describe('a person the context names', () => {
  it('takes a name right after a verb of saying, but not after "told", for a person', () => {
    const m = extractEntities(
      article('Probe', '“The probe is ready,” comments Robin Vantreek of the agency, and Dan Hale told Harbour Weekly so.'),
    );
    expect(people(m)).toEqual(['Dan Hale', 'Robin Vantreek']);
  });

  it('takes a name before an apposition giving an office for a person, not before another name', () => {
    const m = extractEntities(
      article('Shares', 'Pankaj Vorhees, Head of Research at Kelby Capital, was cautious, as was Sunil Marg, the chief economist.'),
    );
    expect(people(m)).toEqual(['Pankaj Vorhees', 'Sunil Marg']);
    expect(people(extractEntities(article('Shares', 'The founder of Harbour Tide, Prince of Kelby, spoke.')))).toEqual([]);
  });
});

describe('a body, an office of it, then a full name', () => {
  it('names the body and the person apart', () => {
    const a = article('Launch', '“We are ready,” NASA Administrator Jim Castel said, and BBC Director Tom Reed agreed.');
    expect(people(extractEntities(a))).toEqual(['Jim Castel', 'Tom Reed']);
    expect(speakers(a)).toEqual([['We are ready,', 'Jim Castel']]);
  });
});
