/**
 * @module
 * A town followed by its American state written in full ("Palo Alto, California", "Kent,
 * Washington"): news copy places a town this way, so the words before the state are a place even
 * when no list knows them and they look like a person's name.
 */
import { type DatelinePlace, POSTAL } from './dateline.ts';
import { isCommonWord, isFirstName, isFunctionWord, knownName } from './names.ts';

const FULL = [...new Set(POSTAL.values())].sort((a, b) => b.length - a.length).join('|');
// One to three capitalised words, a comma, a state in full; then no lower-case letter (not
// "Virginian"), no possessive ("Texas's senator") and no further capitalised word ("Texas Republican").
const TOWN_STATE = new RegExp(
  `(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{Ll}'’-]+ ){0,2}\\p{Lu}[\\p{Ll}'’-]+), (?:${FULL})(?![\\p{Ll}'’]| \\p{Lu})`,
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
