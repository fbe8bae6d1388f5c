/**
 * @module
 * Bodies named after a list of fields ("Department for Media, Culture and Sport", "American Academy
 * of Allergy, Asthma and Immunology") or after a university's campus ("University of California, San
 * Diego"), whose commas would otherwise cut them into pieces.
 */
import { isFunctionWord, isLand, knownName } from './names.ts';
import { ORG_LEADS } from './titles.ts';

/** A body named by a list, with its offsets in the block's text. */
export interface ListedBody {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const CAP = "\\p{Lu}[\\p{L}'’-]*";
// Capitalised words, a body's lead word, "of" or "for", then "A, B and C" (serial comma or not).
const LISTED = new RegExp(
  `(?:${CAP} )*(?:${[...ORG_LEADS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')}) (?:of|for) (?:the )?${CAP}(?:, ${CAP})+,? and ${CAP}`,
  'gu',
);

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

/**
 * The bodies in `text` named "Lead of A, B and C", and state universities named with a campus.
 *
 * @example
 * listedBodies('the Department for Media, Culture and Sport said');
 * // [{ name: 'Department for Media, Culture and Sport', start: 4, end: 44 }]
 * listedBodies('at the University of California, San Diego, said');
 * // [{ name: 'University of California, San Diego', start: 7, end: 42 }]
 */
export function listedBodies(text: string): ListedBody[] {
  const listed = [...text.matchAll(LISTED)].map((m) => {
    // "A Department for …", "The Academy of …": a word opening the sentence is not the name's.
    let start = m.index;
    let name = m[0];
    for (let space = name.indexOf(' '); space > 0 && isFunctionWord(name.slice(0, space)); space = name.indexOf(' ')) {
      start += space + 1;
      name = name.slice(space + 1);
    }
    return { name, start, end: m.index + m[0].length };
  });
  return text.includes('University of') ? [...listed, ...campuses(text)] : listed;
}
