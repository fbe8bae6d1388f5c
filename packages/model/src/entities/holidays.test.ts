/**
 * @module
 * Holidays and yearly events named with no head word are no entity. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { isHoliday } from './holidays.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('holidays', () => {
  it('reads religious and public holidays as no body', () => {
    const m = extractEntities(article('Trading', 'Shops stayed open for Diwali, Hanukkah, Passover and Thanksgiving, Tesco said.'));
    expect(namesOf(m, 'organization')).toEqual(['Tesco']);
  });

  it('reads holidays of two words as no one', () => {
    const m = extractEntities(article('Prices', 'Before Yom Kippur and Rosh Hashanah, and after Mardi Gras, fares rose, Ann Hale said.'));
    expect(people(m)).toEqual(['Ann Hale']);
  });

  it('knows a holiday by its name alone', () => {
    expect(isHoliday('Burns Night')).toBe(true);
    expect(isHoliday('Glastonbury')).toBe(false);
  });
});
