/**
 * @module
 * Pronoun chains on small invented texts: a name after the pronoun that opens its sentence is not
 * who the next "she" refers to, nor is a name in the words a closing "…, he said" (or "…, Anna
 * Cole said") reports, and a person the text once called "he" is no later "she".
 */
import { describe, expect, it } from 'vitest';
import { afterPronoun, reportedBeforePronoun, subjectPronouns } from './pronoun-chains.ts';
import { article, speakers as who } from './test-helpers.ts';
import { tokenize } from './tokenize.ts';

describe('pronoun chains', () => {
  it('finds "he" and "she" outside quotations only', () => {
    const text = 'She met Tom Reed. “He is late,” she said.';
    const spans = [{ open: 18, close: 30, text: 'He is late,' }];
    expect(subjectPronouns(tokenize(text), spans).map((p) => p.word)).toEqual(['she', 'she']);
    expect(afterPronoun([{ at: 0, word: 'she' }], 'she', 0, 2)).toBe(true);
    expect(afterPronoun([{ at: 0, word: 'she' }], 'he', 0, 2)).toBe(false);
  });

  it('passes over a name that follows the same pronoun in its sentence', () => {
    expect(
      who(
        article(
          'Inn',
          'Anna Cole runs the inn by the harbour. She gave me the number of her sister, Maria Dunn.',
          '“We will keep the doors open,” she said.',
        ),
      ),
    ).toEqual([['We will keep the doors open,', 'Anna Cole']]);
    expect(
      who(
        article(
          'Inn',
          'Tom Reed spoke first at the hearing. He then cited the report by Mark Dunn.',
          '“I cannot disagree with any of it,” he concluded.',
        ),
      ),
    ).toEqual([['I cannot disagree with any of it,', 'Tom Reed']]);
  });

  it('keeps a name that opens the sentence before the pronoun', () => {
    expect(who(article('Inn', 'Anna Cole said she had met Maria Dunn.', '“We will keep the doors open,” she said.'))).toEqual([
      ['We will keep the doors open,', 'Anna Cole'],
    ]);
  });

  it('learns from "he said" that a name of either sex is a man’s', () => {
    expect(
      who(
        article(
          'Inn',
          'Kerry Vance opened the inn in May.',
          'Jordan Pike, who built the bar, also remembers the winter. “It was a hard few months for us,” he said.',
          'Not everyone was ready to leave. “We will keep the doors open for years,” she said.',
        ),
      ),
    ).toEqual([
      ['It was a hard few months for us,', 'Jordan Pike'],
      ['We will keep the doors open for years,', 'Kerry Vance'],
    ]);
  });

  it('learns a name’s sex from the pronouns of a sentence naming that person alone', () => {
    const later = '“We will keep the doors open for years,” she said.';
    expect(
      who(article('Inn', 'Kerry Vance opened the inn in May.', 'Casey Whitlock sold the bar in June before his move to the coast.', later)),
    ).toEqual([['We will keep the doors open for years,', 'Kerry Vance']]);
  });

  it('learns a name’s sex from a gendered noun before the name', () => {
    const later = '“We will keep the doors open for years,” she said.';
    expect(
      who(article('Inn', 'Kerry Vance opened the inn in May.', 'The deal was signed by businessman Casey Whitlock in June.', later)),
    ).toEqual([['We will keep the doors open for years,', 'Kerry Vance']]);
  });

  it('gives a quotation opening a paragraph to the person a pronoun opening the sentence before refers to', () => {
    expect(
      who(
        article(
          'Inn',
          'Tom Reed met Anna Cole at the inn.',
          'She was blunt about the plans afterwards.',
          '“We will keep the doors open for years.”',
        ),
      ),
    ).toEqual([['We will keep the doors open for years.', 'Anna Cole']]);
  });

  it('tells the reported words of a closing "…, he said" from a clause of its own', () => {
    const reported = tokenize('Tom Reed would lead the campaign, he said.');
    const own = tokenize('When Tom Reed arrived, he said he was tired.');
    const span = (tokens: ReturnType<typeof tokenize>) => [0, tokens.length] as const;
    expect(reportedBeforePronoun(reported, subjectPronouns(reported, []), span(reported), { from: 0, to: 2 })).toBe(true);
    expect(reportedBeforePronoun(reported, subjectPronouns(reported, []), span(reported), { from: 0, to: 2 }, 'she')).toBe(false);
    expect(reportedBeforePronoun(own, subjectPronouns(own, []), span(own), { from: 1, to: 3 })).toBe(false);
  });

  it('passes over a name in the words a closing "…, he said" reports', () => {
    expect(
      who(
        article(
          'Harbour',
          'The harbour board will meet on Monday, Mark Ellery, the board secretary, told local radio. Mr Dunstan had shown "the same resolve as ever" since the storm, he said.',
          'He said: "I have not been told the date and nor, I think, has anyone else."',
        ),
      ),
    ).toEqual([
      ['the same resolve as ever', 'Mark Ellery'],
      ['I have not been told the date and nor, I think, has anyone else.', 'Mark Ellery'],
    ]);
  });

  it('keeps a name that says the quotation itself, or that a question ends the sentence of', () => {
    expect(
      who(
        article(
          'Harbour',
          'Harbour master Mark Ellery said: "The boats will be back in the water by spring," he said.',
          'Anna Cole also spoke. "We need the quay," she said.',
        ),
      ),
    ).toEqual([
      ['The boats will be back in the water by spring,', 'Mark Ellery'],
      ['We need the quay,', 'Anna Cole'],
    ]);
    expect(
      who(
        article(
          'Harbour',
          'Tom Reed met the fishermen.',
          'Mr Reed said it was hard to answer when people asked "Who will pay for the quay?" "I have heard that question all week," he said.',
        ),
      ),
    ).toEqual([
      ['Who will pay for the quay?', null],
      ['I have heard that question all week,', 'Tom Reed'],
    ]);
  });

  it('passes over a name after a pronoun when a description ("the 23-year-old") refers back', () => {
    expect(
      who(
        article(
          'Open',
          'Anna Cole reached the last eight with a win in straight sets. She will now meet Maria Dunn.',
          '"I am looking forward to that one," said the 23-year-old.',
        ),
      ),
    ).toEqual([['I am looking forward to that one,', 'Anna Cole']]);
    expect(
      who(
        article(
          'Derby',
          'Tom Reed has signed a new deal at the club. He had been told he was free to leave by Mark Ellery last summer.',
          'The defender said: "I never wanted to go anywhere else."',
        ),
      ),
    ).toEqual([['I never wanted to go anywhere else.', 'Tom Reed']]);
  });

  it('passes over a name in the words a name closing the sentence reports, unless that sayer is not the pronoun’s', () => {
    const opening = 'Tom Reed has let the harbour town down, Anna Cole has said.';
    const described = '"The quay is falling apart and nobody will pay for it," the councillor said.';
    expect(who(article('Quay', opening, described))).toEqual([['The quay is falling apart and nobody will pay for it,', 'Anna Cole']]);
    const his = '"We did all we could with the money we had," he said.';
    expect(who(article('Quay', opening, his))).toEqual([['We did all we could with the money we had,', 'Tom Reed']]);
  });
});
