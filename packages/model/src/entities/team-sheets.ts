/**
 * @module
 * Team sheets: a paragraph that lists a side by initial and surname, as sports pages print a
 * line-up ("A Reid; B Shaw, C Doyle (capt), D Kerr; …"). No sentence surrounds the names, so the
 * usual cues are missing; the shape of the list says they are players.
 */

/** One player: an initial (or two, "J-P"), a surname of one or two words, and an optional note ("(capt)"). */
const PLAYER = /^\p{Lu}(?:-\p{Lu})? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: \([^()]{1,24}\))?$/u;
/** "Scotland:", "Replacements:", or a colon left where a page dropped the side's name. */
const HEADING = /^[\p{L} .'’-]{0,40}:\s*/u;
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
  if (text.length > LONGEST) return false;
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
