/**
 * @module
 * Bodies named after a list of fields ("Department for Media, Culture and Sport", "American Academy
 * of Allergy, Asthma and Immunology") or after a university's campus ("University of California, San
 * Diego"), whose commas would otherwise cut them into pieces.
 */
import { isDictionaryWord, isFunctionWord, isLand, knownName } from './names.ts';
import { CALENDAR, ORG_LEADS } from './titles.ts';

/** A body named by a list, with its offsets in the block's text. */
export interface ListedBody {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const CAP = "\\p{Lu}[\\p{L}'’-]*";
const LEADS = `(?:${[...ORG_LEADS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')}) (?:of|for) (?:the )?(?:${CAP} of (?:the )?)?${CAP}(?:, ${CAP})+,? and ${CAP}`;
// Capitalised words, a body's lead word, "of" or "for", then "A, B and C" (serial comma or not),
// the list perhaps after a field's word and "of" ("Centre for the Study of Law, Crime and Media").
const LISTED_AT = new RegExp(`(?:${CAP} )*${LEADS}`, 'uy');
// A cheap test first: most texts name no such body, and every one holds a lead and its list.
const LISTED_TAIL = new RegExp(LEADS, 'u');
// The same, but the capitalised words before the lead read only from the first capital of a run:
// a match starting at a later word, or at a later capital of a word ("Marie" of "Anna-Marie"),
// would have started there. From such a capital inside a word only the lead itself may start one
// ("ABank of …"). Tried at every capital of a long run of capitalised words, the pattern read to
// the run's end from each, and took seconds on a paragraph of repeated names.
const LISTED_FIRST = new RegExp(`(?=\\p{Lu})(?:(?<!\\p{Lu}[\\p{L}'’-]*? ?)(?:${CAP} )*|(?<=[\\p{L}'’-]))${LEADS}`, 'gu');

/** The matches of `LISTED_AT`'s pattern in `text` that a global search for it would find, each run of capitals read once. */
function listedMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let from = 0; from <= text.length; ) {
    // Right after a match and a space, a capitalised word before belongs to that match and does
    // not make the next start redundant: try there first with the plain pattern.
    let m: RegExpExecArray | null = null;
    if (from > 0 && text[from] === ' ') {
      LISTED_AT.lastIndex = from + 1;
      m = LISTED_AT.exec(text);
    }
    if (!m) {
      LISTED_FIRST.lastIndex = from;
      m = LISTED_FIRST.exec(text);
    }
    if (!m) break;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

// "University of California, San Diego": American state universities name each campus by its
// city after a comma; the city, then a comma or the sentence's end, closes the name. Web pages
// often join a city's words with a no-break space ("San\u00a0Diego").
const CAMPUS = new RegExp(`University of (${CAP}(?:[ \u00a0]${CAP})?), (${CAP}(?:[ \u00a0]${CAP}){0,2})(?=[,.;:)]|$)`, 'gu');
const spaced = (s: string): string => s.replace(/\u00a0/g, ' ');

/** "University of California, San Diego": a state (a region) and a known city that is none. */
function campuses(text: string): ListedBody[] {
  const out: ListedBody[] = [];
  for (const m of text.matchAll(CAMPUS)) {
    const city = knownName(spaced(m[2]!));
    if (!isLand(spaced(m[1]!)) || city?.type !== 'place' || isLand(city.name)) continue;
    out.push({ name: spaced(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// "Office on Drugs and Crime", "Council on Energy, Environment and Water": a body's head word,
// "on", then its fields, which are ordinary words ("the Security Council on North Korea" and "the
// Council on Monday" name a body and then a place or a day).
const ON_BODY = new RegExp(
  `(?<![\\p{L}'’-])(?:\\p{Lu}\\p{L}* )*(?:Office|Council|Commission|Committee|Centre|Center|Institute|Panel) on (${CAP}(?:,? ${CAP})*(?:,? and ${CAP}(?: ${CAP})?)?)`,
  'gu',
);

// A cheap test first: most texts name no such body.
const ON_HEAD = /(?:Office|Council|Commission|Committee|Centre|Center|Institute|Panel) on \p{Lu}/u;

/** The bodies named "Head on A and B" whose fields are all ordinary words. */
function onBodies(text: string): ListedBody[] {
  const out: ListedBody[] = [];
  for (const m of text.matchAll(ON_BODY)) {
    const fields = m[1]!.split(/,? (?:and )?|, /).filter((w) => w && w !== 'and');
    if (!fields.every((w) => isDictionaryWord(w) && !knownName(w) && !CALENDAR.has(w.toLowerCase()))) continue;
    // "the Office on Drugs and Crime World Drug Report": a capital after the fields goes on to
    // another name, and where the fields end is unclear.
    if (/^[ \u00a0]\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    // "Stanford’s Center on …": a unit its owner names, not a body on its own.
    if (/['’]s $/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    let start = m.index;
    let name = m[0];
    for (let space = name.indexOf(' '); space > 0 && isFunctionWord(name.slice(0, space)); space = name.indexOf(' ')) {
      start += space + 1;
      name = name.slice(space + 1);
    }
    out.push({ name, start, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The bodies in `text` named "Lead of A, B and C" or "Head on A and B", and state universities
 * named with a campus.
 *
 * @example
 * listedBodies('the Department for Media, Culture and Sport said');
 * // [{ name: 'Department for Media, Culture and Sport', start: 4, end: 44 }]
 * listedBodies('at the University of California, San Diego, said');
 * // [{ name: 'University of California, San Diego', start: 7, end: 42 }]
 */
export function listedBodies(text: string): ListedBody[] {
  const listed = (LISTED_TAIL.test(text) ? listedMatches(text) : []).map((m) => {
    // "A Department for …", "The Academy of …": a word opening the sentence is not the name's.
    let start = m.index;
    let name = m[0];
    for (let space = name.indexOf(' '); space > 0 && isFunctionWord(name.slice(0, space)); space = name.indexOf(' ')) {
      start += space + 1;
      name = name.slice(space + 1);
    }
    // "the Institute of Education's Centre for …": the owner's name is the owner's, not the unit's.
    const owner = /^.*['’]s /su.exec(name)?.[0].length ?? 0;
    return { name: name.slice(owner), start: start + owner, end: m.index + m[0].length };
  });
  const found = ON_HEAD.test(text) ? [...listed, ...onBodies(text)] : listed;
  return text.includes('University of') ? [...found, ...campuses(text)] : found;
}
