/**
 * @module
 * Bodies named after a list of fields ("Department for Media, Culture and Sport", "American Academy
 * of Allergy, Asthma and Immunology"), whose commas would otherwise cut them into pieces.
 */
import { isFunctionWord } from './names.ts';
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

/**
 * The bodies in `text` named "Lead of A, B and C".
 *
 * @example
 * listedBodies('the Department for Media, Culture and Sport said');
 * // [{ name: 'Department for Media, Culture and Sport', start: 4, end: 44 }]
 */
export function listedBodies(text: string): ListedBody[] {
  return [...text.matchAll(LISTED)].map((m) => {
    // "A Department for …", "The Academy of …": a word opening the sentence is not the name's.
    let start = m.index;
    let name = m[0];
    for (let space = name.indexOf(' '); space > 0 && isFunctionWord(name.slice(0, space)); space = name.indexOf(' ')) {
      start += space + 1;
      name = name.slice(space + 1);
    }
    return { name, start, end: m.index + m[0].length };
  });
}
