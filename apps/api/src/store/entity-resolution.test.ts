/**
 * @module
 * Tests of what a short name may join: the keys full names are filed under, and the choice.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../testing/entity-fixtures.ts';
import { resolutionRenames, shortForms, shortKey } from './entity-resolution.ts';

describe('shortKey', () => {
  it('files a person under the surname and an organisation under its initials', () => {
    expect(shortKey('person', 'George W Bush')).toBe('bush');
    expect(shortKey('person', 'Martin Luther King Jr')).toBe('king');
    expect(shortKey('person', 'Blair')).toBeNull();
    expect(shortKey('organization', 'International Monetary Fund')).toBe('imf');
    expect(shortKey('organization', 'Bank of England')).toBe('be');
    expect(shortKey('organization', 'BBC')).toBeNull();
    expect(shortKey('place', 'New York')).toBeNull();
    // Every form of a name stored under one slug files it under one key, whichever came first.
    expect(shortKey('person', 'Robert Kilroy Silk', 'robert-kilroy-silk')).toBe(shortKey('person', 'Robert Kilroy-Silk'));
  });
});

describe('resolutionRenames', () => {
  const putin = named('person', 'Putin');
  const forms = shortForms([putin], []);

  it('joins the one full name known, and none of two', () => {
    expect(
      resolutionRenames([putin], forms, new Map([['person putin', [{ name: 'Vladimir Putin', slug: 'vladimir-putin' }]]]), []),
    ).toEqual([{ op: 'rename', from: { type: 'person', slug: 'putin', name: 'Putin' }, to: { type: 'person', name: 'Vladimir Putin' } }]);
    const two = new Map([
      [
        'person putin',
        [
          { name: 'Vladimir Putin', slug: 'vladimir-putin' },
          { name: 'Lyudmila Putin', slug: 'lyudmila-putin' },
        ],
      ],
    ]);
    expect(resolutionRenames([putin], forms, two, [])).toEqual([]);
  });

  it('leaves a given name alone across stories, and initials unless an alias', () => {
    const charles = named('person', 'Charles');
    expect(
      resolutionRenames(
        [charles],
        shortForms([charles], []),
        new Map([['person charles', [{ name: 'Ray Charles', slug: 'ray-charles' }]]]),
        [],
      ),
    ).toEqual([]);
    const nhs = named('organization', 'NHS');
    const known = new Map([['organization nhs', [{ name: 'Norfolk High School', slug: 'norfolk-high-school' }]]]);
    expect(resolutionRenames([nhs], shortForms([nhs], []), known, [])).toEqual([]);
    const alias = new Map([['organization nhs', [{ name: 'National Health Service', slug: 'national-health-service', byAlias: true }]]]);
    expect(resolutionRenames([nhs], shortForms([nhs], []), alias, [])).toMatchObject([{ to: { name: 'National Health Service' } }]);
  });

  it('joins a double-barrelled surname only to a full name ending with all of it', () => {
    const bare = named('person', 'Kilroy-Silk');
    const known = new Map([
      [
        'person silk',
        [
          { name: 'Robert Kilroy-Silk', slug: 'robert-kilroy-silk' },
          { name: 'Jane Silk', slug: 'jane-silk' },
        ],
      ],
    ]);
    expect(resolutionRenames([bare], shortForms([bare], []), known, [])).toMatchObject([{ to: { name: 'Robert Kilroy-Silk' } }]);
  });

  it('asks the story first, and leaves what editors decided', () => {
    const inStory = [putin, named('person', 'Lyudmila Putin')];
    const known = new Map([['person putin', [{ name: 'Vladimir Putin', slug: 'vladimir-putin' }]]]);
    expect(resolutionRenames(inStory, shortForms(inStory, []), known, [])).toMatchObject([{ to: { name: 'Lyudmila Putin' } }]);
    expect(shortForms([putin], [{ op: 'add', entity: { type: 'person', name: 'Putin' } }])).toEqual([]);
    expect(resolutionRenames([putin], forms, known, [{ op: 'remove', entity: { type: 'person', slug: 'vladimir-putin' } }])).toEqual([]);
    expect(resolutionRenames([putin], forms, known, [], new Set(['person putin vladimir-putin']))).toEqual([]);
  });
});
