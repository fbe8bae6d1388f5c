/**
 * @module
 * A name with no given name after "according to", "reported by", "in an interview with",
 * "worked at" or "shares of" is a body: a source, an outlet, an employer. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('sources, outlets and employers from their context', () => {
  it('reads a name after "according to" or "reported by" as a body', () => {
    const m = extractEntities(article('Sales', 'According to Zorvane, sales rose.', 'The fall was first reported by Bexlin on Monday.'));
    expect(namesOf(m, 'organization')).toEqual(['Bexlin', 'Zorvane']);
  });

  it('reads the outlet of an interview, an employer and a listed company as bodies', () => {
    const m = extractEntities(
      article(
        'Jobs',
        'In an interview with Quarvo, the minister said no.',
        'She previously worked at Tellimor.',
        'He said shares of Drennick fell.',
      ),
    );
    expect(namesOf(m, 'organization')).toEqual(['Drennick', 'Quarvo', 'Tellimor']);
  });

  it('reads the author of data, a survey or a report as a body', () => {
    const m = extractEntities(article('Prices', 'Data from Quarvex showed prices rose, and a survey by Tellimor agreed.'));
    expect(namesOf(m, 'organization')).toEqual(['Quarvex', 'Tellimor']);
  });

  it('reads a name with no given name before "reported" as an outlet', () => {
    const m = extractEntities(
      article('Deal', 'Zorvane reported on Monday that the deal was off.', 'Dismal reports from the shops followed.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Zorvane']);
  });

  it('reads a name owning a chief executive in initials as a company', () => {
    const m = extractEntities(article('Exit', 'Analysts said Zorvane’s CEO would leave in May.'));
    expect(namesOf(m, 'organization')).toEqual(['Zorvane']);
  });

  it('reads an ordinary word in square brackets signing a quotation as its outlet', () => {
    const m = extractEntities(article('Reviews', '“The games are few and the price is high.”', '[Wired]'));
    expect(namesOf(m, 'organization')).toEqual(['Wired']);
  });

  it('reads an agency’s photo credit as the agency', () => {
    const m = extractEntities(article('Visit', 'The minister toured the port. (AP Photo/Tom Reed)'));
    expect(namesOf(m, 'organization')).toEqual(['Associated Press']);
    expect(namesOf(m, 'person')).toEqual(['Tom Reed']);
  });

  it('leaves a person with a given name, or a named person’s surname, to the people', () => {
    const m = extractEntities(
      article('Sales', 'Tom Reed runs the shop.', 'According to Reed, sales rose, and according to Anna Cole they will rise again.'),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(namesOf(m, 'person')).toEqual(['Anna Cole', 'Tom Reed']);
  });
});
