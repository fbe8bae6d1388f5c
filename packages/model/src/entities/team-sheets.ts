/**
 * @module
 * Team sheets: a paragraph that lists a side by initial and surname, as sports pages print a
 * line-up ("A Reid; B Shaw, C Doyle (capt), D Kerr; …"). No sentence surrounds the names, so the
 * usual cues are missing; the shape of the list says they are players.
 */
import type { Candidate } from './spans.ts';
import type { Token } from './tokenize.ts';

/** One player: an initial (or two, "J-P"), a surname of one or two words, and an optional note ("(capt)"). */
const PLAYER = /^\p{Lu}(?:-\p{Lu})? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: \([^()]{1,24}\))?$/u;
/** "Scotland:", "Replacements:", or a colon left where a page dropped the side's name. */
const HEADING = /^[\p{L} .'’-]{0,40}:\s*/u;
/** A sheet opens with its heading or its first player: most paragraphs fail this before any split. */
const OPENING = /^\s*(?:[\p{L} .'’-]{0,40}:\s*)?\p{Lu}(?:-\p{Lu})? \p{L}/u;
// A line-up is short; longer text is prose, and the check stays cheap on hostile input.
const LONGEST = 2_000;

/**
 * Whether a paragraph is a team sheet: at least five entries split by commas or semicolons,
 * nearly all of them initial and surname.
 *
 * @example
 * isTeamSheet('Replacements: A Reid, B Shaw, C Doyle, D Kerr, E Lyle.'); // true
 * isTeamSheet('A Reid said B Shaw had gone.'); // false
 */
export function isTeamSheet(text: string): boolean {
  if (text.length > LONGEST || !OPENING.test(text)) return false;
  const items = text
    .trim()
    .replace(HEADING, '')
    .replace(/\.$/, '')
    .split(/\s*[;,]\s*/);
  if (items.length < 5) return false;
  const players = items.filter((item) => PLAYER.test(item)).length;
  return players >= 5 && players >= items.length * 0.8;
}

/** An initial as a team sheet writes it: "J", "J-P". */
export const isBareInitial = (word: string): boolean => /^\p{Lu}(?:-\p{Lu})?$/u.test(word);

/**
 * The player a candidate of a team sheet names, if it is one: an initial and a surname of one or
 * two words ("C Doyle", "M Di Rollo"). The initial "A" reads as the article and is left out of the
 * candidate, so it is taken back here; "A N Other" holds a place for a player yet to be named.
 *
 * @example
 * const text = 'A Reid; B Shaw, C Doyle, D Kerr, E Lyle.';
 * const tokens = tokenize(text);
 * playerAt(findCandidates(tokens, text)[0]!, tokens, text); // { start: 0, name: 'A Reid', words: ['A', 'Reid'] }
 */
export function playerAt(
  c: Candidate,
  tokens: readonly Token[],
  text: string,
): { start: number; name: string; words: string[] } | undefined {
  const a = tokens[c.first - 1];
  const start = a?.text === 'A' && a.end + 1 === c.start ? a.start : c.start;
  const words = start === c.start ? [...c.words] : ['A', ...c.words];
  const surname = words.slice(1);
  if (surname.length === 0 || surname.length > 2 || !isBareInitial(words[0]!) || surname.some((w) => w.length < 2)) return undefined;
  return { start, name: text.slice(start, c.end), words };
}
