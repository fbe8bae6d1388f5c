/**
 * @module
 * Tests of what a short name may join: the keys full names are filed under, and the choice.
 */
import { describe, expect, it } from 'vitest';
import { named } from '../testing/entity-fixtures.ts';
import { fullNameLookup, resolutionRenames, shortForms, shortKey, shortNamesToCheck } from './entity-resolution.ts';

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

describe('shortNamesToCheck', () => {
  const kilroySilk = { type: 'person', slug: 'robert-kilroy-silk', key: 'silk' };
  const short = (name: typeof kilroySilk, s: string) => ({ ...name, short: s });

  it('looks up each short name of a new full name, organisations and places aside', () => {
    const lookup = fullNameLookup([kilroySilk, { type: 'organization', slug: 'international-monetary-fund', key: 'imf' }]);
    expect(lookup).toEqual({ people: [kilroySilk], keys: ['silk'], shorts: ['kilroy-silk', 'silk'] });
    expect(fullNameLookup([{ type: 'organization', slug: 'bank-of-england', key: 'be' }])).toBeNull();
  });

  it('checks a short name stored as an entity, or one another full name filed under its key may end with', () => {
    // Nothing names "Silk" or "Kilroy-Silk", and no other full name is filed under "silk": nothing to queue.
    expect(shortNamesToCheck([kilroySilk], [{ key: 'silk', slug: 'robert-kilroy-silk' }])).toEqual([]);
    // A story names "Silk" alone: it may now join the new full name.
    expect(shortNamesToCheck([kilroySilk], [{ key: null, slug: 'silk' }])).toEqual([short(kilroySilk, 'silk')]);
    // Another full name ends with "-silk" but not with "-kilroy-silk": only "Silk" may have joined it.
    expect(shortNamesToCheck([kilroySilk], [{ key: 'silk', slug: 'jane-silk' }])).toEqual([short(kilroySilk, 'silk')]);
    expect(shortNamesToCheck([kilroySilk], [{ key: 'silk', slug: 'ann-kilroy-silk' }])).toEqual([
      short(kilroySilk, 'kilroy-silk'),
      short(kilroySilk, 'silk'),
    ]);
    // LIKE ignores case, and reads _ and % as wildcards: such a short name is always looked at.
    expect(shortNamesToCheck([kilroySilk], [{ key: 'silk', slug: 'Jane-SILK' }])).toEqual([short(kilroySilk, 'silk')]);
    const odd = { type: 'person', slug: 'jo-o_k', key: 'o_k' };
    expect(shortNamesToCheck([odd], [{ key: 'o_k', slug: 'ann-zzzz' }])).toEqual([short(odd, 'o_k')]);
  });
});
