/**
 * @module
 * A run of capitals that holds a known name with "and" in it, then "and" another name, gives
 * the two names; a known name with a word cut short by an apostrophe is one. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('known names with "and" in a list', () => {
  it('ends a known name with "and" in it at the next "and"', () => {
    const bill = extractEntities(article('Bill', 'The bill, with Keane, Belle and Sebastian and Travis, sold out.'));
    expect(namesOf(bill, 'organization')).toEqual(['Belle and Sebastian', 'Keane', 'Travis']);
    const shops = extractEntities(
      article('Shops', 'Profits at Marks and Spencer and Tesco fell, and Cable & Wireless and NTL cut prices.'),
    );
    expect(namesOf(shops, 'organization')).toEqual(['Cable & Wireless', 'Marks & Spencer', 'NTL', 'Tesco']);
  });

  it('reads a known name with a word cut short by an apostrophe whole', () => {
    const m = extractEntities(article('Queue', "Fans of Blazin' Squad and Guns N' Roses queued, and Lil' Kim signed copies."));
    expect(namesOf(m, 'organization')).toEqual(["Blazin' Squad", "Guns N' Roses"]);
    expect(namesOf(m, 'person')).toEqual(["Lil' Kim"]);
  });

  it('keeps a body named after two fields whole', () => {
    const m = extractEntities(article('Schools', 'The Department for Education and Skills said little.'));
    expect(namesOf(m, 'organization')).toEqual(['Department for Education and Skills']);
  });
});
