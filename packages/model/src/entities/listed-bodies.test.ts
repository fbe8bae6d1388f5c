/**
 * @module
 * listedBodies on invented sentences: bodies named after a list of fields, and lists that are no body.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { listedBodies } from './listed-bodies.ts';
import { article, namesOf } from './test-helpers.ts';

describe('listedBodies', () => {
  it('reads a body named after a list of fields as one name, without the word opening the sentence', () => {
    expect(
      listedBodies(
        'A Ministry of Fisheries, Forests and Parks report said the Northern Academy of Music, Drama, and Dance would close.',
      ).map((b) => b.name),
    ).toEqual(['Ministry of Fisheries, Forests and Parks', 'Northern Academy of Music, Drama, and Dance']);
  });

  it('reads a list after a field and "of", and leaves the owner before a possessive out', () => {
    expect(
      listedBodies('Ed Hale of the Ardley Institute’s Centre for the Study of Law, Crime and Media spoke.').map((b) => b.name),
    ).toEqual(['Centre for the Study of Law, Crime and Media']);
  });

  it('leaves a list of places or people alone', () => {
    expect(listedBodies('She toured Leeds, York and Hull with Ann Bell, Tom Ray and Jo Park.')).toEqual([]);
  });

  it('gives extractEntities one organisation, not its pieces', () => {
    const m = extractEntities(article('Arts', 'The Department for Arts, Heritage and Sport announced the grants on Monday.'));
    expect(m.map((x) => [x.entity.type, x.entity.name])).toEqual([['organization', 'Department for Arts, Heritage and Sport']]);
  });

  it('keeps a state university’s campus, named by a known city after a comma, in its name', () => {
    const m = extractEntities(
      article('Study', 'A chemist at the University of California, Los Angeles, and a team at the University of Texas, San\u00a0Antonio.'),
    );
    expect(m.map((x) => [x.entity.type, x.entity.name])).toEqual([
      ['organization', 'University of California, Los Angeles'],
      ['organization', 'University of Texas, San Antonio'],
    ]);
  });

  it('leaves a university alone before a country or a word that is no known city', () => {
    expect(listedBodies('She left the University of Oxford, England, and the University of Ohio, Smith said.')).toEqual([]);
  });

  it('reads a body named "Head on A and B" when its fields are ordinary words', () => {
    const m = extractEntities(
      article('Air', 'The Delhi-based Council on Soil, Water and Forests said the Senate Committee on Rural Affairs would meet.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Council on Soil, Water and Forests', 'Senate Committee on Rural Affairs']);
  });

  it('leaves a body before a place, a day, another name or its owner’s possessive alone', () => {
    expect(
      listedBodies(
        'The Security Council on North Korea, the Council on Monday, the Office on Drugs and Crime Annual Report and Leeds University’s Centre on Housing.',
      ),
    ).toEqual([]);
  });
});
