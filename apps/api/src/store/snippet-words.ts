/**
 * @module
 * The words of a body a snippet is made from, as the index reads them (see search-analysis.ts),
 * each with its index key when it may match a term of the search, else an empty key: stemming
 * every word of a body cost more than the rest of a snippet.
 */
import { indexKey, UNICODE_WORD } from './search-analysis.ts';
import { SNIPPET_WORDS } from './search-text.ts';

/** A word of a body: `text.slice(start, end)`, with its index key, or `''` when it cannot match. */
export interface Token {
  start: number;
  end: number;
  key: string;
}

// Porter stems keep a word's beginning: at most the last character of a stem is not the word's
// own (`y` to `i`, an added `e`), so a word can only match a term whose stem, less a few final
// characters, it starts with. Other words are not stemmed at all.
export const LEAD_SLACK = 3;

/**
 * What a word must start with to have `stem`, or to start with it (see `LEAD_SLACK`). A stem of
 * three letters or fewer keeps its first letter, as no rule leaves a stem empty: without it a
 * term such as `the` had every word of a body stemmed.
 *
 * @example
 * wordLead('ferri'); // 'fe'
 * wordLead('the'); // 't'
 */
export function wordLead(stem: string): string {
  return stem.slice(0, Math.max(1, stem.length - LEAD_SLACK));
}

/**
 * False when the word `text[start, end)` cannot have the stem of any term (see `wordLead`);
 * `ascii` when the word is known to be ASCII letters and digits.
 */
function mayMatch(text: string, start: number, end: number, leads: readonly string[], ascii: boolean): boolean {
  if (!ascii) for (let i = start; i < end; i += 1) if (text.charCodeAt(i) >= 128) return true;
  // Loops rather than `leads.some`: this runs for every word read, and a closure made for each
  // cost about a tenth of a snippet.
  for (const lead of leads) {
    if (end - start < lead.length) continue;
    let k = 0;
    for (; k < lead.length; k += 1) {
      const c = text.charCodeAt(start + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== lead.charCodeAt(k)) break;
    }
    if (k === lead.length) return true;
  }
  return false;
}

// By code point: a letter outside the Basic Multilingual Plane (𝐀) is one match, not two halves.
const NON_ASCII = /[^\x00-\x7f]/gu;
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}\p{Mn}]/u;

/**
 * What characters `text` has: `ascii` only; `ascii-words` when some are past ASCII but no word
 * character is, so its words are still runs of ASCII letters and digits (four tenths of the BBC
 * texts, with only `£`, quotes or dashes); `unicode` otherwise.
 *
 * @example
 * bodyCharacters('Fares rose to £2.'); // 'ascii-words'
 */
export function bodyCharacters(text: string): BodyCharacters {
  NON_ASCII.lastIndex = 0;
  let m = NON_ASCII.exec(text);
  if (m === null) return 'ascii';
  for (; m !== null; m = NON_ASCII.exec(text)) if (WORD_CHARACTER.test(m[0])) return 'unicode';
  return 'ascii-words';
}

/** See `bodyCharacters`. */
export type BodyCharacters = 'ascii' | 'ascii-words' | 'unicode';

const isAsciiWordCharacter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The words read of a body, and how many of them start past the region read (`past`). */
export interface BodyTokens {
  tokens: Token[];
  past: number;
}

/**
 * The words of `body` from `from` until `SNIPPET_WORDS` + 1 words past `to`, keyed when they
 * may have the stem of a term, that is start with one of `leads` (see `wordLead`). `characters`
 * is `bodyCharacters(body)`, when known.
 *
 * @example
 * bodyTokens('Ferries sailed.', 0, 15, ['fe']).tokens; // [{ start: 0, end: 7, key: 'ferri' }, { start: 8, end: 14, key: '' }]
 */
export function bodyTokens(
  body: string,
  from: number,
  to: number,
  leads: readonly string[],
  characters: BodyCharacters = bodyCharacters(body),
): BodyTokens {
  const tokens: Token[] = [];
  let past = 0;
  if (characters !== 'unicode') {
    // A loop over character codes: a regular expression's match and its text for every word cost twice as much.
    for (let i = from, n = body.length; i < n && past <= SNIPPET_WORDS; i += 1) {
      if (!isAsciiWordCharacter(body.charCodeAt(i))) continue;
      const start = i;
      while (i + 1 < n && isAsciiWordCharacter(body.charCodeAt(i + 1))) i += 1;
      tokens.push({ start, end: i + 1, key: mayMatch(body, start, i + 1, leads, true) ? indexKey(body.slice(start, i + 1)) : '' });
      if (start > to) past += 1;
    }
    return { tokens, past };
  }
  UNICODE_WORD.lastIndex = from;
  for (let m = UNICODE_WORD.exec(body); m !== null && past <= SNIPPET_WORDS; m = UNICODE_WORD.exec(body)) {
    const end = m.index + m[0].length;
    tokens.push({ start: m.index, end, key: mayMatch(body, m.index, end, leads, false) ? indexKey(m[0]) : '' });
    if (m.index > to) past += 1;
  }
  return { tokens, past };
}
