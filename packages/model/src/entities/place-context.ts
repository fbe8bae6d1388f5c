/**
 * @module
 * What the words around a name say of it as a place: "-based" and "-born", a lower-case kind of
 * place after it ("counties"), a name after "in" that is shaped like a place's, and "<state>
 * State" as a university. Kept apart from classify.ts, which weighs these with every other cue.
 */
import { STATE_NAMES } from './dateline.ts';
import { isCommonWord, isDemonym, isDictionaryWord, knownName } from './names.ts';
import type { Candidate } from './spans.ts';
import type { Token } from './tokenize.ts';

/** "Irish", "Uruguayan": a nationality, which the demonym list may lack ("Irish-born", "the Irish province"). */
const nationalityWord = (w: string): boolean =>
  isDemonym(w) || (w.length >= 5 && knownName(w) === undefined && /(?:an|ish|ese|i)$/.test(w));

// Who a place before "-based" is home to: bodies and people with a trade ("an Android-based phone" is no place).
const BASED_WHO = new Set(
  `company;companies;firm;firms;startup;start-up;group;bank;lender;retailer;chain;charity;agency;band;studio;developer;
publisher;maker;manufacturer;outfit;club;team;tank;nonprofit;newspaper;airline;insurer;broadcaster;artist;rapper;singer;
writer;author;photographer;designer;lawyer;attorney;architect;chef;journalist;reporter;activist;entrepreneur;investor;
analyst;economist;consultant;consultancy;doctor;musician;duo;trio;family;couple;organisation;organization;business;businesses`.split(
    /;\s*/,
  ),
);

/**
 * "Cupertino-based computer company", "Brookfield-born singer": a name written straight before
 * "-born" or "-raised", or before "-based" with a body or a trade within the next three words.
 *
 * @example
 * // "the Cupertino-based computer company": true for "Cupertino"; "an Android-based phone": false
 */
export function homeTown(c: Candidate, tokens: readonly Token[], text: string): boolean {
  const tail = /^-(based|born|raised)\b/.exec(text.slice(c.end, c.end + 8))?.[1];
  if (!tail || nationalityWord(c.name) || c.titled) return false;
  if (tail !== 'based') return true;
  for (let k = c.next; k < c.next + 3 && tokens[k]?.word && !tokens[k]!.cap; k++) {
    if (BASED_WHO.has(tokens[k]!.text.toLowerCase())) return true;
  }
  return false;
}

const STREETS = /^(?:Lane|Hill|Park|Green|Heath|Cross|Gate|End|Row|Way|Walk|Wharf|Quay|Market|Street|Road|Square|Bridge)$/;
const lastWord = (words: readonly string[]): string => words.at(-1) ?? '';

/**
 * Whether a name after "in" may be a place no list knows: not a title with a number or a subtitle
 * after it ("in Red Dead Redemption 2", "in Wolfenstein: Youngblood"), not made of ordinary words
 * alone ("in Performance mode", "in Towns Project"), holding no ampersand ("in A&E", as bodies are
 * written) and no body's name ("at Celtic Connections").
 *
 * @example
 * // "in Red Dead Redemption 2": false; "in Brick Lane": true
 */
export function placeShaped(c: Candidate, tokens: readonly Token[]): boolean {
  const next = tokens[c.next];
  if (next && ((!next.word && next.text === ':') || /^(?:\d{1,2}|I{2,3}|IV)$/.test(next.text))) return false;
  // "South Wales", "Brick Lane", "Canary Wharf": ordinary words that hold a known place or end in a
  // word for a street or a quarter are a place's name.
  const placeWord = c.words.some((w) => knownName(w)?.type === 'place') || STREETS.test(lastWord(c.words));
  if ((c.words.every((w) => isDictionaryWord(w) || isCommonWord(w)) && !placeWord) || c.name.includes('&')) return false;
  return !(c.words.length > 1 && c.words.some((w) => knownName(w)?.type === 'organization'));
}

// Kinds of place written in lower case after their names ("Cass and Van Buren counties").
const PLACE_KINDS =
  /^(?:county|counties|province|provinces|states|district|districts|township|townships|parish|parishes|borough|boroughs)$/;

/**
 * Whether the candidate, alone or as a member of a list of capitalised names, stands before a
 * kind of place in lower case ("Cass and Van Buren counties", "Kalamazoo county").
 *
 * @example
 * // "Berrien, Cass and Van Buren counties": true for each of the three names
 */
export function beforePlaceKind(c: Candidate, tokens: readonly Token[]): boolean {
  let k = c.next;
  for (let n = 0; n < 40; n++, k++) {
    const t = tokens[k];
    if (!t || !(t.text === ',' || t.text === 'and' || t.text === 'or' || (t.word && t.cap)) || t.possessive) break;
  }
  const kind = tokens[k];
  // "Arab states": a nationality names people, not a place.
  // "Member states" opening a sentence: ordinary words alone name no place here.
  const ordinary = c.words.every((w) => isDictionaryWord(w) || isCommonWord(w));
  return kind?.word === true && !kind.cap && PLACE_KINDS.test(kind.text) && !c.words.some(nationalityWord) && !ordinary;
}

/**
 * Whether "<state> State" names the state's university: "Penn State", "Ohio State", but not the
 * two states written so as places ("New York State", "Washington State").
 *
 * @example
 * stateUniversity('Ohio'); // true
 */
export const stateUniversity = (state: string): boolean =>
  state === 'Penn' || (STATE_NAMES.has(state) && state !== 'New York' && state !== 'Washington');
