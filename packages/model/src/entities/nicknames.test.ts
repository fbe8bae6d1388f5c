/**
 * @module
 * How people's names are written, on small invented texts: a nickname quoted inside the name,
 * romanised given names with an English-looking part, two particles before a surname, and
 * initials with stops.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { nicknames, withoutNickname } from './nicknames.ts';
import { article, people, speakers } from './test-helpers.ts';

describe('nicknames', () => {
  it('finds a quoted nickname between a given name and a surname, in any pair of marks', () => {
    expect(nicknames('Thomas “Tommy” Reed won.')).toEqual([[7, 14]]);
    expect(withoutNickname('Thomas "Tommy" Reed')).toBe('Thomas Reed');
    expect(withoutNickname('Anna ‘The Hammer’ Cole')).toBe('Anna Cole');
  });

  it('finds none after a word that is no given name, or before a lower-case word', () => {
    expect(nicknames('The band “Harbour Lights” Played on.')).toEqual([]);
    expect(nicknames('Thomas “Tommy” said no.')).toEqual([]);
  });
});

describe('a person with a quoted nickname', () => {
  it('is one person under the name without the nickname, and the marks quote no one', () => {
    const a = article(
      'Fight night',
      'Thomas “Tommy” Reed won his third fight on Saturday, said the promoter.',
      'Reed said: “I trained harder than ever for this one.”',
    );
    expect(people(extractEntities(a))).toEqual(['Thomas Reed']);
    expect(speakers(a)).toEqual([['I trained harder than ever for this one.', 'Thomas Reed']]);
  });

  it('keeps straight marks and the words after the name', () => {
    const a = article('Fight night', 'The crowd cheered as Anna "Hammer" Cole entered the ring.');
    expect(people(extractEntities(a))).toEqual(['Anna Cole']);
  });
});

describe('romanised given names', () => {
  it('keeps a given name whose second syllable is an English word ("Jae-in")', () => {
    const a = article('Summit', 'South Korean President Moon Jae-in met the envoy in Busan.', 'Moon said little after the talks.');
    expect(people(extractEntities(a))).toEqual(['Moon Jae-in']);
  });

  it('still cuts an English tail after an English head ("Sit-in")', () => {
    const a = article('Protest', 'The Harbour Sit-in drew hundreds, said Anna Cole.');
    expect(people(extractEntities(a))).toEqual(['Anna Cole']);
  });
});

describe('Korean given names after a common family name', () => {
  it('keeps any two syllables, English-looking ones too', () => {
    const a = article('Summit', 'The envoy met Han Duck-soo and Ri Yong-ho in Seoul.');
    expect(people(extractEntities(a))).toEqual(['Han Duck-soo', 'Ri Yong-ho']);
  });
});

describe('names with two particles or with initials', () => {
  it('keeps "de la" and "van der" inside the name', () => {
    const a = article('Report', 'The report by Anna de la Cruz and Tom van der Berg was read out in Rio de Janeiro.');
    expect(people(extractEntities(a))).toEqual(['Anna de la Cruz', 'Tom van der Berg']);
  });

  it('takes initials with stops before a surname for a person, but not before a common word', () => {
    const a = article('Report', 'A.J. Reed and T.J. Hartigan met the U.S. Army team and N.C. State fans.');
    expect(people(extractEntities(a))).toEqual(['A.J. Reed', 'T.J. Hartigan']);
  });
});
