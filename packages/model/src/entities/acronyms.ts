/**
 * @module
 * What a run of capitals that no list knows stands for, from the words around it: the initials of
 * a thing ("the HPV vaccine", "human papillomavirus (HPV)", "SUVs"), a time zone ("11:28 AMT"), a
 * unit ("1.6 GW") or part of a reference number ("FHC/ABJ/03"), none of them a body. Unknown initials are otherwise
 * taken for a body's (`guessType`).
 */
import type { Candidate } from './spans.ts';
import { THING_NOUNS } from './titles.ts';
import type { Token } from './tokenize.ts';

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
const NUMBER = /^\d+$/;
const PLURAL_ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}s$/u;
const QUANTITY = /^\d[\d.,]*$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

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
  // "new SUVs", "Intensive Care Units (ICUs)": initials made plural are a thing's, and so are
  // the same initials anywhere in the story (the caller files the singular).
  if (c.words.length === 1 && PLURAL_ACRONYM.test(c.name)) return 'thing';
  if (c.words.length !== 1 || !ACRONYM.test(c.name)) return undefined;
  const before = tokens[c.first - 1];
  // "1.64 GW", "600 MW": a unit after a quantity (a year such as "2019" is no quantity).
  if (before?.word && QUANTITY.test(before.text) && !YEAR.test(before.text)) return 'none';
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
