/**
 * @module
 * "He said" after an unnamed source, on small invented texts: the pronoun is the source's.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers } from './test-helpers.ts';

describe('a pronoun after an unnamed source', () => {
  it('refers to the source, across a paragraph and after "But"', () => {
    const a = article(
      'Port',
      'Tom Reed met the mayor on Monday.',
      'But a spokesman for the council told reporters that the meeting had gone well.',
      'He said the talks were "open and frank on both sides".',
    );
    expect(speakers(a)).toEqual([['open and frank on both sides', null]]);
  });

  it('still refers to the person named after the source, or of the pronoun’s gender', () => {
    const a = article(
      'Port',
      'A council spokeswoman said the meeting had gone well. Tom Reed was less sure.',
      'He said the talks were "open but not frank at all".',
      'A council spokeswoman said the port would stay open. Later Tom Reed spoke again.',
      'He said the plan was "the best the town could hope for".',
    );
    expect(speakers(a)).toEqual([
      ['open but not frank at all', 'Tom Reed'],
      ['the best the town could hope for', 'Tom Reed'],
    ]);
  });
});

describe('a pronoun after an unnamed source that follows its quotation', () => {
  it('refers to the source, whether the verb comes before it or after', () => {
    const whose = (opening: string, paragraph: string) => speakers(article('Port', opening, paragraph)).map(([, who]) => who);
    const spokesman =
      '"The boats will be back by the spring," a council spokesman said. He added that it cost "far less than anyone feared".';
    expect(whose('Tom Reed opened the new quay on Monday.', spokesman)).toEqual([null, null]);
    const official =
      '"The boats will be back by the spring," said a council official, who asked not to be named. "The town has waited long enough," she added.';
    expect(whose('Anna Cole opened the new quay on Monday.', official)).toEqual([null, null]);
  });
});

describe('an unnamed source opening the sentence', () => {
  it('speaks, whatever body the sentence names before the verb', () => {
    const a = article(
      'Port',
      'The Kelby Harbour Trust met the mayor on Monday.',
      'A spokesman for the Kelby Harbour Trust, which owns the quay, told reporters: "The port will stay open for now."',
    );
    expect(speakers(a)).toEqual([['The port will stay open for now.', null]]);
  });
});
