/**
 * @module
 * Speakers the text names through someone else, on small invented texts: an unnamed source
 * speaking for a body or a person, "they said", and a writing that reads what its writer says.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers } from './test-helpers.ts';

const MET = 'Anna Cole met the Kelby Harbour Trust on Monday.';
const WORDS = 'We will keep the port open for years';
const who = (...paragraphs: string[]): Array<string | null> => speakers(article('Port', ...paragraphs)).map(([, s]) => s);

describe('an unnamed source after the quotation', () => {
  it('speaks for the body or person after "for" or "to", who did not speak', () => {
    expect(who(MET, `“${WORDS},” a spokesperson for the Kelby Harbour Trust said.`)).toEqual([null]);
    expect(who(MET, `“${WORDS},” the spokesman for the Kelby Harbour Trust told reporters.`)).toEqual([null]);
    expect(who(MET, `“${WORDS},” said an aide to Anna Cole.`)).toEqual([null]);
  });

  it('is the person the text names in apposition', () => {
    expect(who(MET, `“${WORDS},” a spokesman for the Kelby Harbour Trust, Tom Reed, said.`)).toEqual(['Tom Reed']);
    expect(who(MET, `“${WORDS},” said a spokesman for the Kelby Harbour Trust, Tom Reed.`)).toEqual(['Tom Reed']);
  });
});

describe('"they said"', () => {
  it('names no one alone after two people', () => {
    expect(who('Anna Cole and Tom Reed met the mayor on Monday.', `“${WORDS},” they said.`)).toEqual([null]);
    expect(who('Anna Cole and Tom Reed met the mayor on Monday.', `“${WORDS},” said they.`)).toEqual([null]);
  });
});

describe('a writing that reads', () => {
  it('speaks for the person who wrote it, named or referred to', () => {
    expect(who(MET, `Anna Cole’s statement read: “${WORDS}.”`)).toEqual(['Anna Cole']);
    expect(who(MET, `Her letter said: “${WORDS}.”`)).toEqual(['Anna Cole']);
    expect(who('Tom Reed met the mayor.', `His post read: “${WORDS}.”`)).toEqual(['Tom Reed']);
  });

  it('is no one named when the text does not say whose it is', () => {
    expect(who('The port closed on Monday.', `The statement read: “${WORDS}.”`)).toEqual([null]);
  });
});

describe('a relative who speaks', () => {
  it('is no one named, not the person the text names them by', () => {
    expect(who('Anna Cole met Tom Reed.', `“${WORDS},” Cole’s husband said.`)).toEqual([null]);
    expect(who('Anna Cole met Tom Reed.', `“${WORDS},” her sister told reporters.`)).toEqual([null]);
  });

  it('is the person named in apposition', () => {
    expect(who('Anna Cole met the mayor.', `“${WORDS},” Anna Cole’s husband, Tom Reed, said.`)).toEqual(['Tom Reed']);
  });
});
