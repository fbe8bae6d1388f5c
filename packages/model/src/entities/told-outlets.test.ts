/**
 * @module
 * A quotation told to an outlet is the named speaker's, never the outlet's: the speaker's role
 * may stand between name and verb with a body's name before it, or without its closing comma,
 * and where the speaker cannot be read the outlet after "told" is still no speaker. Small
 * invented texts.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers as who } from './test-helpers.ts';

const WORDS = 'The plan will work';

describe('quotations told to an outlet', () => {
  it('credits the person whose role names a body before it', () => {
    expect(who(article('Plan', `“${WORDS},” Tom Reed, Acme spokesman, told BBC News.`))).toEqual([[`${WORDS},`, 'Tom Reed']]);
    expect(who(article('Plan', `“${WORDS},” Acme spokesman Tom Reed, Acme spokesman, told BBC News.`))).toEqual([
      [`${WORDS},`, 'Tom Reed'],
    ]);
  });

  it('credits the person whose body closes with a comma before the verb', () => {
    expect(who(article('Plan', `“${WORDS},” Tom Reed from the Widget Association, told the BBC News website.`))).toEqual([
      [`${WORDS},`, 'Tom Reed'],
    ]);
  });

  it('credits the person whose role ends without its comma', () => {
    const a = article('Plan', `“${WORDS},” Mr Reed, Acme’s chief executive said. The Agency took over the market.`);
    expect(who(a)).toEqual([[`${WORDS},`, 'Reed']]);
  });

  it('credits no one rather than the outlet told', () => {
    expect(who(article('Oil', '“Prices will fall,” the oil minister of Libya, told Reuters.'))).toEqual([['Prices will fall,', null]]);
  });
});
