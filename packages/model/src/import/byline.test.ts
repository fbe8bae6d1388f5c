/**
 * @module
 * Tests for the byline parser: several authors, prefixes, dates, roles and outlets glued to
 * names, and what is not a person's name, in several scripts.
 */
import { describe, expect, it } from 'vitest';
import { isPersonName, parseByline } from './byline.ts';

const authors = (text: string, siteName?: string) => parseByline(text, { siteName }).authors;

describe('parseByline', () => {
  it('splits several authors and drops the prefixes', () => {
    expect(authors('By Ann Lee, Tom Roe and Eva Sá')).toEqual(['Ann Lee', 'Tom Roe', 'Eva Sá']);
    expect(authors('Analysis by Chris Cillizza')).toEqual(['Chris Cillizza']);
    expect(authors('Words: Ann Lee')).toEqual(['Ann Lee']);
    expect(authors('Par Sébastien Farcis')).toEqual(['Sébastien Farcis']);
    expect(authors('By')).toEqual([]);
    expect(authors('Nicolas Perriault —')).toEqual(['Nicolas Perriault']);
  });

  it('keeps initials inside a name', () => {
    expect(authors('Sarah E. Needleman')).toEqual(['Sarah E. Needleman']);
    expect(authors('Bruce Y. Lee')).toEqual(['Bruce Y. Lee']);
    expect(authors('Nelson D. Schwartz')).toEqual(['Nelson D. Schwartz']);
  });

  it('drops dates, times, places and roles glued to names', () => {
    expect(authors('Carrie ArnoldNovember 18, 2019')).toEqual(['Carrie Arnold']);
    expect(authors('Jeff FoustMonday, November 18, 2019')).toEqual(['Jeff Foust']);
    expect(authors('by Lucas Nolan22 Dec 2016651')).toEqual(['Lucas Nolan']);
    expect(authors('By Brenda  Goodman, MA\n WebMD Health News')).toEqual(['Brenda Goodman']);
    expect(authors('Ilana Muhlstein, MS, RDN')).toEqual(['Ilana Muhlstein']);
    expect(authors('Ann Lee, Staff Writer')).toEqual(['Ann Lee']);
    expect(authors('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toEqual([]);
    expect(parseByline('By Ann Lee in Washington')).toEqual({ authors: ['Ann Lee'] });
    expect(parseByline('By Ann Lee, WASHINGTON')).toEqual({ authors: ['Ann Lee'] });
    expect(parseByline('By Ann Lee, Washington')).toEqual({ authors: ['Ann Lee'] });
  });

  it('keeps an agency or publisher named beside the authors as the source, never as an author', () => {
    expect(parseByline('DANICA KIRKA and JILL LAWLESSAssociated Press')).toEqual({
      authors: ['Danica Kirka', 'Jill Lawless'],
      source: 'Associated Press',
    });
    expect(parseByline('Victor Tangermann and Futurism')).toEqual({ authors: ['Victor Tangermann'], source: 'Futurism' });
    expect(parseByline('Sandee LaMotte, CNN')).toEqual({ authors: ['Sandee LaMotte'], source: 'CNN' });
    expect(parseByline('Finian Cunningham. Sputnik International')).toEqual({
      authors: ['Finian Cunningham'],
      source: 'Sputnik International',
    });
    expect(parseByline('Por Ana Lima | Reuters')).toEqual({ authors: ['Ana Lima'], source: 'Reuters' });
    expect(authors('Reuters')).toEqual([]);
    expect(authors('Telegraph Sport')).toEqual([]);
    expect(authors('Al Jazeera')).toEqual([]);
    expect(authors('The Water Coolest')).toEqual([]);
    expect(authors('Harbour Gazette', 'Harbour Gazette')).toEqual([]);
  });

  it('rejects user names, placeholders and anything else that is not a name', () => {
    for (const junk of [
      'admin',
      'jdadmin',
      'FAIL',
      'Meta name author',
      'staff',
      'Staff',
      'LinkNaija',
      'mcupdate',
      'KWCHCIK',
      'Гость',
      '個人',
      'Contributors to Wikimedia projects',
      '. Lee',
      'https://www.facebook.com/annlee',
    ]) {
      expect(authors(junk), junk).toEqual([]);
    }
  });

  it('reads names in every script', () => {
    expect(authors('肖春芳')).toEqual(['肖春芳']);
    expect(authors('Aleš Vávra')).toEqual(['Aleš Vávra']);
    expect(authors('Анна Иванова и Олег Петров')).toEqual(['Анна Иванова', 'Олег Петров']);
    expect(authors('Γιώργος Παπαδόπουλος')).toEqual(['Γιώργος Παπαδόπουλος']);
    expect(authors('김민수 기자')).toEqual(['김민수']);
  });

  it('isPersonName tells names from the rest', () => {
    expect(isPersonName('Abigail Van Buren')).toBe(true);
    expect(isPersonName('Marcus De Guzman')).toBe(true);
    expect(isPersonName('The Russian')).toBe(false);
    expect(isPersonName('Syrian defense ministries')).toBe(false);
  });
});
