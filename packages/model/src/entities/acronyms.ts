/**
 * @module
 * What a run of capitals that no list knows stands for, from the words around it: the initials of
 * a thing ("the HPV vaccine", "human papillomavirus (HPV)"), a time zone ("11:28 AMT") or part of
 * a reference number ("FHC/ABJ/03"), none of them a body. Unknown initials are otherwise
 * taken for a body's (`guessType`).
 */
import type { Candidate } from './spans.ts';
import { THING_NOUNS } from './titles.ts';
import type { Token } from './tokenize.ts';

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
const NUMBER = /^\d+$/;

/** How an unknown acronym is used where it stands. */
export type AcronymUse = 'thing' | 'none' | undefined;

/** Whether a run of tokens joined by slashes around `at` holds a number ("FHC/ABJ/03/095"). */
function inCode(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (tokens[k - 1]?.text === '/' && tokens[k - 2]?.word) k -= 2;
  let end = at;
  while (tokens[end + 1]?.text === '/' && tokens[end + 2]?.word) end += 2;
  if (k === at && end === at) return false;
  for (let j = k; j <= end; j += 2) if (NUMBER.test(tokens[j]!.text)) return true;
  return false;
}

/**
 * The use of a one-word acronym that no list knows: `'thing'` when it names a thing (before a
 * noun such as "vaccine" or "programme", or spelling out lower-case words in brackets), `'none'`
 * when it is a time zone or part of a code, else undefined.
 *
 * @example
 * // "The HPV vaccine" → 'thing'; "11:28 AMT" → 'none'; "the FDA said" → undefined
 */
export function acronymUse(c: Candidate, tokens: readonly Token[]): AcronymUse {
  if (c.words.length !== 1 || !ACRONYM.test(c.name)) return undefined;
  const before = tokens[c.first - 1];
  // "11:28 AMT", "9.30 EST": a zone after a clock time.
  if (before && NUMBER.test(before.text) && /^[:.]$/.test(tokens[c.first - 2]?.text ?? '') && NUMBER.test(tokens[c.first - 3]?.text ?? ''))
    return 'none';
  if (inCode(tokens, c.first)) return 'none';
  const next = tokens[c.next];
  if (next?.word && !next.cap && THING_NOUNS.has(next.text.toLowerCase())) return 'thing';
  // "human papillomavirus (HPV)": the letters of lower-case words, a term rather than a body.
  if (before?.text === '(' && tokens[c.next]?.text === ')') {
    const spelled = tokens[c.first - 2];
    if (spelled?.word && !spelled.cap && /^\p{Ll}/u.test(spelled.text)) return 'thing';
  }
  return undefined;
}
