/**
 * @module
 * Reported speech whose attribution closes the sentence, descriptions after the verb, and the
 * source a story's opening paragraph describes and the next one names, a few quoted words deep in
 * the clause a verb of saying reports, on small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers as who } from './test-helpers.ts';

const MET = 'Tom Reed met the mayor on Monday.';

describe('attribution after the quotation', () => {
  it('reads a clause of saying that closes the sentence, after more of the writer’s words', () => {
    const a = article(
      'Port',
      MET,
      'Dock workers would face a "long and hard winter" if the port closed, a union spokesman said on Friday.',
      'The port would stay open "for as long as the ships come in" and would hire again, Reed said.',
    );
    expect(who(a)).toEqual([
      ['long and hard winter', null],
      ['for as long as the ships come in', 'Tom Reed'],
    ]);
  });

  it('reads "says the trust": a description after the verb, the one body of the story it fits', () => {
    const a = article(
      'Port',
      'The Kelby Harbour Trust and Anna Cole met the Port Authority on Monday.',
      'The port had been "the beating heart of the town" for a century and would stay open, says the trust.',
    );
    expect(who(a)).toEqual([['the beating heart of the town', 'Kelby Harbour Trust']]);
  });

  it('gives the source an opening paragraph describes to the one the next paragraph names', () => {
    const a = article(
      'Port',
      'The port of Kelby is "the beating heart of the town" and must not close, a leading union figure has said.',
      'Tom Reed, who leads the dockers, told the council on Monday that jobs were at risk.',
    );
    expect(who(a)).toEqual([['the beating heart of the town', 'Tom Reed']]);
  });

  it('leaves a source described further down the story unnamed', () => {
    const a = article(
      'Port',
      MET,
      'The port of Kelby is "the beating heart of the town" and must not close, a leading union figure has said.',
      'Anna Cole, who leads the dockers, told the council on Monday that jobs were at risk.',
    );
    expect(who(a)).toEqual([['the beating heart of the town', null]]);
  });
});

describe('according to', () => {
  it('names the person or body, also through "a statement from", and before the quotation', () => {
    const a = article(
      'Port',
      'Tom Reed met the mayor on Monday.',
      'The port would stay open "for as long as the ships come in", according to a statement from the Kelby Harbour Trust.',
      'According to Anna Cole, the port is "the beating heart of the town and always will be".',
      'The quay would be rebuilt "within two years at the latest", according to reports.',
    );
    expect(who(a)).toEqual([
      ['for as long as the ships come in', 'Kelby Harbour Trust'],
      ['the beating heart of the town and always will be', 'Anna Cole'],
      ['within two years at the latest', null],
    ]);
  });
});

describe('a few quoted words deep in a reported clause', () => {
  it('gives them to the subject of the verb that opens the clause, however long the clause', () => {
    const a = article(
      'Port',
      MET,
      'Last month the Kelby Harbour Trust said it opposed the plan to close the old dry dock when there was already a "severe shortage" of berths.',
      'Reed warned that the ferry company would struggle to keep its winter timetable on the island route without a "proper subsidy".',
    );
    expect(who(a)).toEqual([
      ['severe shortage', 'Kelby Harbour Trust'],
      ['proper subsidy', 'Tom Reed'],
    ]);
  });

  it('still leaves out a title or a slogan far from a verb that reports no clause', () => {
    const a = article(
      'Port',
      MET,
      'Reed praised the crews who had kept the old ferry running through the long storms of the winter on the "Island Star".',
    );
    expect(who(a)).toEqual([]);
  });
});
