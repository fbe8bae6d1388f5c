/**
 * @module
 * Unknown initials on invented sentences: a thing's, a unit, a time zone or a code are no body; a
 * body's initials still are one. Social media handles are no entity.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article } from './test-helpers.ts';

const bodies = (...paragraphs: string[]): string[] =>
  extractEntities(article('Notes', ...paragraphs))
    .filter((m) => m.entity.type === 'organization')
    .map((m) => m.entity.name)
    .sort();

describe('initials no list knows', () => {
  it('are a thing, not a body, before a noun such as vaccine or programme, throughout the story', () => {
    expect(bodies('The QRV vaccine is cheap, and doctors in Leeds now offer QRV to adults.')).toEqual([]);
    expect(bodies('Three firms joined the ZLPT programme. ZLPT was set up to cut launch costs.')).toEqual([]);
  });

  it('are a term when they spell out lower-case words in brackets', () => {
    expect(bodies('Patients with chronic wobble syndrome (CWS) were studied; CWS is rare.')).toEqual([]);
  });

  it('are no body after a clock time or inside a reference number', () => {
    expect(bodies('Posted on 3 May at 11:28 QMT by the desk.')).toEqual([]);
    expect(bodies('The suit, numbered QKB/QTR/03/095/2018, was filed on Monday.')).toEqual([]);
  });

  it('stay a body where the context makes them one, even beside a thing noun elsewhere', () => {
    expect(bodies('The ZLPT programme ended. Engineering group ZLPT said it would appeal.')).toEqual(['ZLPT']);
    expect(bodies('A spokesman for the QXF said the rules were fair.')).toEqual(['QXF']);
  });

  it('are a thing when made plural, wherever the story writes them, and a unit after a quantity', () => {
    expect(bodies('Dealers sold more TKVs this year, and the new TKV has six seats.')).toEqual([]);
    expect(bodies('The plant makes 1.6 QW now and will reach 30 QW by 2030.')).toEqual([]);
    expect(bodies('In 2019 ZLPT said it would grow.')).toEqual(['ZLPT']);
  });
});

describe('a word in capitals the story also writes in lower case', () => {
  it('is shouted, not initials, and takes what its other mentions suggest', () => {
    const m = extractEntities(article('News', 'KORVIK, NORWAY', 'The firm is headquartered in Korvik and employs 300 people.'));
    expect(m.filter((x) => x.entity.slug === 'korvik').map((x) => x.entity.type)).toEqual(['place']);
    expect(bodies('KORVIK, NORWAY', 'The firm is headquartered in Korvik and employs 300 people.')).toEqual([]);
  });
});

describe('social media handles', () => {
  it('are no entity', () => {
    expect(bodies('Vote for @HarrowCouncil and @MaraVance today, the post said.')).toEqual([]);
  });
});
