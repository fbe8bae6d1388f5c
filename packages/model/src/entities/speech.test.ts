/**
 * @module
 * Verbs of saying in their bare form, as plural subjects and "went on to" use them, on small
 * invented texts.
 */
import { describe, expect, it } from 'vitest';
import { isSayVerb } from './speech.ts';
import { article, speakers as who } from './test-helpers.ts';

describe('verbs of saying in their bare form', () => {
  it('attributes a few quoted words after "officials argue", "went on to warn", "critics believe"', () => {
    const a = article(
      'Port',
      'Tom Reed met the mayor on Monday.',
      'Reed went on to warn that the old quay would be "left to rot".',
      'Harbour officials argue the trust has not been "entirely honest" with the town.',
      'Some critics believe the plan is a "costly mistake" for the port.',
    );
    expect(who(a)).toEqual([
      ['left to rot', 'Tom Reed'],
      ['entirely honest', null],
      ['costly mistake', null],
    ]);
  });

  it('leaves out the nouns that share a verb’s form ("his claim", "fears that")', () => {
    expect(['argue', 'warn', 'believe', 'admit', 'insist'].every(isSayVerb)).toBe(true);
    expect(['claim', 'fear', 'stress', 'note'].some(isSayVerb)).toBe(false);
  });
});
