/**
 * @module
 * "The report said" speaks for whoever the text said wrote the report, on small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers } from './test-helpers.ts';

describe('a document as the speaker', () => {
  it('is its author named before it or after "by", across paragraphs', () => {
    const a = article(
      'Port',
      'Tom Reed read a World Bank report on Monday and met the Port Authority.',
      'The report said the port was "the beating heart of the town and always will be".',
      'A report by the Kelby Harbour Trust came out on Friday. The mayor met the Port Authority.',
      'The report called the port "the beating heart of the town and its future".',
    );
    expect(speakers(a)).toEqual([
      ['the beating heart of the town and always will be', 'World Bank'],
      ['the beating heart of the town and its future', 'Kelby Harbour Trust'],
    ]);
  });

  it('names no one when its author is not named ("a report by the town’s dockers")', () => {
    const a = article(
      'Port',
      'A report by the town’s dockers was published on Monday. The Kelby Harbour Trust met the mayor.',
      'The report said the port was "the beating heart of the town and always will be".',
    );
    expect(speakers(a)).toEqual([['the beating heart of the town and always will be', null]]);
  });
});
