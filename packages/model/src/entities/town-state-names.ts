/**
 * @module
 * A town followed by its American state written in full ("Palo Alto, California", "Kent,
 * Washington"): news copy places a town this way, so the words before the state are a place even
 * when no list knows them and they look like a person's name.
 */
import { type DatelinePlace, STATE_NAMES } from './dateline.ts';
import { isCommonWord, isFirstName, isFunctionWord, knownName } from './names.ts';

const FULL = [...STATE_NAMES].sort((a, b) => b.length - a.length).join('|');
// One to three capitalised words, a comma, a state in full; then the end of a clause, a word in
// lower case or, after a comma, a name ("the San Ysidro, California, Customs … facility"): not a
// letter of a longer word ("Virginian"), a possessive ("Texas's senator") or a further capitalised
// word ("Texas Republican"). A capital straight after the state is a page's lost line break.
const TOWN_STATE = new RegExp(
  `(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{Ll}'’-]+ ){0,2}\\p{Lu}[\\p{Ll}'’-]+), (?:${FULL})(?=$|[.;:)!?\\n]|,? \\p{Ll}|, \\p{Lu}|\\p{Lu})`,
  'gu',
);

const STATE_AFTER_COMMA = new RegExp(`, (?:${FULL})`);

/**
 * The towns no list knows, written before a state's full name, with their offsets.
 *
 * @example
 * townsBeforeStateNames('The firm moved to Palo Alto, California, last year.');
 * // [{ name: 'Palo Alto', start: 18, end: 27 }]
 */
export function townsBeforeStateNames(text: string): DatelinePlace[] {
  // Most blocks name no state after a comma: a search from ", " is cheaper than one from every capital.
  if (!STATE_AFTER_COMMA.test(text)) return [];
  const places: DatelinePlace[] = [];
  for (const m of text.matchAll(TOWN_STATE)) {
    const words = m[1]!.split(' ');
    let start = m.index;
    // "Deacon Blue, Idlewild, Texas, Mogwai and …": a member of a list of names, one of them a state.
    const end = m.index + m[0].length;
    if (text.slice(start - 2, start) === ', ' && /^, \p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // "In Hawthorne, California": a preposition or adverb opening the sentence is no part of the town.
    while (words.length > 0 && isFunctionWord(words[0]!)) start += words.shift()!.length + 1;
    if (words.length === 0) continue;
    const town = words.join(' ');
    // "Today, Texas …", "Nora Blake, Nevada's …": an ordinary word or a person's name is no town.
    if (knownName(town) || (words.length === 1 && isCommonWord(town)) || isFirstName(words[0]!)) continue;
    places.push({ name: town, start, end: start + town.length });
  }
  return places;
}
