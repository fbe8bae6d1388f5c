/**
 * @module
 * Products named with their maker's name or a brand of their own are no bodies; the maker named
 * alone still is. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { productName } from './products.ts';
import { article, namesOf } from './test-helpers.ts';

describe('products', () => {
  it('reads a known company followed by product words as the product', () => {
    const m = extractEntities(
      article('Launch', 'Apple said Apple TV will cost less, and Uber Eats will deliver in more towns, Uber said.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Apple', 'Uber']);
  });

  it('reads a product brand and the words after it as a product', () => {
    const m = extractEntities(
      article('Review', 'Owners of old MacBooks can buy games on Xbox Live or the PlayStation Network, wrote Kim Dale.'),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(namesOf(m, 'person')).toEqual(['Kim Dale']);
  });

  it('reads a television service as a product', () => {
    const m = extractEntities(article('Switchover', 'The Freeview website lists the towns it reaches.'));
    expect(namesOf(m, 'organization')).toEqual([]);
  });

  it('reads operating systems, services and consoles as products, alone or opening a name', () => {
    const m = extractEntities(
      article(
        'Update',
        'The patch reaches iOS 17, Android Auto and HomeKit, and Game Boy fans can find it on Google Play, said Ada Rusk of Nokia.',
      ),
    );
    expect(namesOf(m, 'organization')).toEqual(['Nokia']);
    expect(namesOf(m, 'person')).toEqual(['Ada Rusk']);
  });

  it('reads media players and programming tools as products', () => {
    const m = extractEntities(
      article('Software', 'Clips play in QuickTime, RealPlayer or Winamp, and the tool was written in Visual Basic.'),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(namesOf(m, 'person')).toEqual([]);
  });

  it('leaves a name known as a whole, or a company alone, to the lists', () => {
    expect(productName(['Google', 'News'])).toBe(false);
    expect(productName(['Apple'])).toBe(false);
    expect(productName(['Apple', 'TV'])).toBe(true);
    expect(productName(['MacBook', 'Pro'])).toBe(true);
  });
});
