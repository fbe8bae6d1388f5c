/**
 * @module
 * Tests for the short-line tests behind the body cleaners.
 */
import { describe, expect, it } from 'vitest';
import { isBylineLine, isCaptionLine, isDateline, isEndMarker, isFurnitureLine, isShareLine } from './html-clean-lines.ts';

describe('isDateline', () => {
  it('recognises labelled date and time stamps in several languages', () => {
    for (const line of [
      'PUBLISHED: 10:48, Tue, Nov 19, 2019',
      '| UPDATED: 11:05, Tue, Nov 19, 2019',
      'Updated 5:27 am CST, Wednesday, November 20, 2019',
      'Published 1 day ago',
      'Published November 20th, 2019 - 07:50 GMT',
      'segunda-feira, 22 de janeiro de 2018 às 0:13',
      '02 Ago 2017',
    ]) {
      expect(isDateline(line), line).toBe(true);
    }
  });

  it('leaves sentences that mention dates alone', () => {
    expect(isDateline('The council voted on Nov. 19, 2019.')).toBe(false);
    expect(isDateline('March')).toBe(false);
  });

  it('takes figures with no month, day, time or year in them (a cell of a table) for data, not a date', () => {
    expect(isDateline('1,204,310[7] (42nd)')).toBe(false);
    expect(isDateline('88.5 (12th)')).toBe(false);
    expect(isDateline('12/03/2019')).toBe(true);
    expect(isDateline('2019')).toBe(true);
  });
});

describe('isBylineLine', () => {
  it('recognises "By" lines, agency names and lines that start with an author', () => {
    expect(isBylineLine('By Ann Lee and Tom Roe', [])).toBe(true);
    expect(isBylineLine('Reuters', [])).toBe(true);
    expect(isBylineLine('Robert Burns, AP National Security Writer', ['Robert Burns'])).toBe(true);
    expect(isBylineLine('(Reporting by Ann Lee; Editing by Tom Roe)', [])).toBe(true);
  });

  it('does not take prose, or a brand that shares its name with the byline, for a byline', () => {
    expect(isBylineLine('Lee said the council would vote in May.', ['Ann Lee'])).toBe(false);
    expect(isBylineLine('Beachbody Performance Energize', ['Beachbody'])).toBe(false);
    expect(isBylineLine('Ann Leeway opened the meeting', ['Ann Lee'])).toBe(false);
    expect(isBylineLine('Bystanders watched from the bridge.', [])).toBe(false);
  });

  it('keeps a sentence about the author, whose subject is the name, as the text it is', () => {
    expect(isBylineLine('Ann Lee is the Gazette’s river correspondent.', ['Ann Lee'])).toBe(false);
    expect(isBylineLine('ANN LEE WRITES ABOUT THE HARBOUR EVERY WEEK', ['Ann Lee'])).toBe(false);
    expect(isBylineLine('Ann Lee, river correspondent', ['Ann Lee'])).toBe(true);
  });
});

describe('isCaptionLine', () => {
  it('recognises credits and captions that end in a credit', () => {
    expect(isCaptionLine('(Image: © NASA/ESA)')).toBe(true);
    expect(isCaptionLine('Image: Hanwha Q cells')).toBe(true);
    expect(isCaptionLine('Natalie Naccache | Bloomberg | Getty Images')).toBe(true);
    expect(isCaptionLine('A ferry leaves the harbour at dawn. (AP Photo/Ann Lee, File)')).toBe(true);
    expect(isCaptionLine('Image copyright Getty Images')).toBe(true);
  });

  it('leaves sentences about photos alone', () => {
    expect(isCaptionLine('The photo was taken at dawn by a passer-by.')).toBe(false);
    expect(isCaptionLine('She works for the AP (the Associated Press) in London.')).toBe(false);
  });
});

describe('isFurnitureLine', () => {
  it('recognises prompts, notices and counters', () => {
    for (const line of [
      'Skip to content',
      'Advertisement',
      'Continue Reading Below',
      'This slideshow requires JavaScript.',
      'Image 1 of / 8',
      'This website uses cookies to improve your experience. Accept',
      'Sign up for our daily newsletter',
      'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.',
      'Email Ann Lee at ann@example.org or follow her @annlee.',
      'GET THE APP BY CLICKING HERE',
      '12 comments',
      '2.289',
      'Tags: council, river, flooding',
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it('leaves article sentences alone, even ones that use the same words', () => {
    expect(
      isFurnitureLine(
        'Residents can subscribe to the council minutes, which have listed every vote taken since the river path first closed in 1998.',
      ),
    ).toBe(false);
    expect(isFurnitureLine('The advertisement ran for three weeks before the regulator stepped in.')).toBe(false);
    expect(isFurnitureLine('Copyright 2019 Gazette. All rights reserved.')).toBe(false);
  });
});

describe('isShareLine', () => {
  it('recognises rows of share buttons, whatever the language', () => {
    expect(isShareLine('Whatsapp   Facebook   Pint   Baixar')).toBe(true);
    expect(isShareLine('Share this: Twitter | Email')).toBe(true);
  });

  it('needs every word to be a network or a share verb', () => {
    expect(isShareLine('Facebook shares fell')).toBe(false);
    expect(isShareLine('Twitter')).toBe(false);
  });
});

describe('isEndMarker', () => {
  it('recognises headings that open post-article furniture', () => {
    expect(isEndMarker('You may also like')).toBe(true);
    expect(isEndMarker('About the author')).toBe(true);
    expect(isEndMarker('More from UK')).toBe(true);
    expect(isEndMarker('Related:')).toBe(true);
  });

  it('leaves ordinary subheadings alone', () => {
    expect(isEndMarker('More on the council vote below.')).toBe(false);
    expect(isEndMarker('Related costs')).toBe(false);
  });
});
