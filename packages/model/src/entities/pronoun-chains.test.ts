/**
 * @module
 * Pronoun chains on small invented texts: a name after the pronoun that opens its sentence is not
 * who the next "she" refers to, and a person the text once called "he" is no later "she".
 */
import { describe, expect, it } from 'vitest';
import { afterPronoun, subjectPronouns } from './pronoun-chains.ts';
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
});
