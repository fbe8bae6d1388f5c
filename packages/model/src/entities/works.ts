/**
 * @module
 * Titles of works (films, books, albums, shows): a capitalised phrase written as one ("the film
 * Vera Drake", "the musical 'Jerry Springer - The Opera'") names no person, place or
 * organisation, and once a story has written a name as a title, its other mentions are the
 * title too ("Vera Drake won…").
 */
import { isDictionaryWord, isFirstName, knownName } from './names.ts';
import type { Candidate } from './spans.ts';
import { WORK_NOUNS } from './titles.ts';
import type { Token } from './tokenize.ts';

// Nouns for works and made things that are also other words or may stand before a person's name
// ("after the game Andre Nzame said"): a title only when the name is no known one and opens with no given name.
const LOOSE_WORK_NOUNS = new Set(['game', 'games', 'videogames', 'podcast', 'painting', 'installation', 'sculpture', 'poem', 'exhibition']);
// Made things a story names with "called" or "named" ("a mission called Europa Clipper").
const NAMED_THINGS = new Set([
  ...LOOSE_WORK_NOUNS,
  'mission',
  'probe',
  'spacecraft',
  'app',
  'show',
  'program',
  'programme',
  'project',
  'character',
]);
// Words before a fictional character's name, which names no real person.
const CHARACTER = /^(?:character|characters|portrays|portrayed|portraying|portray|voices|voiced|voicing)$/;
const NAMING = /^(?:called|named|titled|entitled|dubbed)$/;
const OPENING = new Set(['"', '“', '‘', "'"]);
const CLOSING = new Set(['"', '”', '’', "'"]);

/**
 * How the candidate is written as a title, if it is: right after a work noun ("the film X", "his
 * novel 'X'", "a film called X"), after a looser one ("the game X", "a mission called X": 'loose',
 * a title only for a name that is no known one and opens with no given name), after "the character" or
 * "portrays" (a character's name, for a name that is no known one), or alone inside quotation marks ("'The Aviator' won"), which news copy uses for
 * titles and nicknames but not for the names of people, places or bodies.
 *
 * @example
 * // "the film Vera Drake" → 'noun'; "'The Aviator' won" → 'quoted'; "Vera Drake said" → undefined
 */
export function writtenAsTitle(
  c: Candidate,
  tokens: readonly Token[],
  text: string,
): 'noun' | 'quoted' | 'loose' | 'character' | undefined {
  let k = c.first - 1;
  if (tokens[k] && OPENING.has(tokens[k]!.text)) k--;
  // "a mission called Europa Clipper", "a poem titled 'Winter Road'": the noun before the naming verb.
  const naming = tokens[k]?.word === true && NAMING.test(tokens[k]!.text);
  if (naming) k--;
  const noun = tokens[k];
  const word = noun?.word && !noun.cap && !noun.possessive ? noun.text.toLowerCase() : '';
  if (WORK_NOUNS.has(word)) return 'noun';
  // "the character Ada Vane", "she portrays Ada Vane": a fictional person, when no known name.
  if (CHARACTER.test(word)) return 'character';
  if (LOOSE_WORK_NOUNS.has(word) || (naming && NAMED_THINGS.has(word))) return 'loose';
  const open = text[c.start - 1];
  let close = text[c.end];
  if (close === ',' || close === '.') close = text[c.end + 1];
  const quoted = open !== undefined && close !== undefined && OPENING.has(open) && CLOSING.has(close) && (open !== "'" || close === "'");
  return quoted ? 'quoted' : undefined;
}

// Works a performer's name is written before ("the Whitney Houston film", "a Bob Dylan song").
const STARRED_WORKS = /^(?:film|films|movie|movies|album|albums|song|songs|single|biopic|documentary|musical|show|tour)$/;
const PLAIN_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Whether the candidate is a person's full name written before a work of theirs ("the Whitney
 * Houston film The Bodyguard"): a given name, then words that are no English words, then a work
 * noun. A name before "film" otherwise reads as the work's own title ("the Harry Potter film").
 *
 * @example
 * // "the Whitney Houston film" → true; "the Harry Potter film" → false ("potter" is a word)
 */
export function starBeforeWork(c: Candidate, tokens: readonly Token[]): boolean {
  const noun = tokens[c.next];
  if (!noun?.word || noun.cap || !STARRED_WORKS.test(noun.text)) return false;
  const words = c.words;
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => PLAIN_WORD.test(w)) &&
    isFirstName(words[0]!) &&
    (knownName(words[0]!)?.type ?? 'person') === 'person' &&
    !words.slice(1).some(isDictionaryWord) &&
    !knownName(c.name)
  );
}
