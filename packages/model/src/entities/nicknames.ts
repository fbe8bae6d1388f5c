/**
 * @module
 * A nickname quoted inside a person's name ("Thomas “Tommy” Reed", "Earvin 'Magic' Johnson"):
 * news copy writes it between the given name and the surname, and the person is Thomas Reed. The
 * marks around it quote no one.
 */
import { isFirstName } from './names.ts';

// A given name, a space, one to three capitalised words in matching marks, a space, a capitalised word.
const NICKNAME =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) (?:“(\p{Lu}[\p{L}\p{N}.-]*(?: \p{Lu}[\p{L}\p{N}.-]*){0,2})”|"(\p{Lu}[\p{L}\p{N}.-]*(?: \p{Lu}[\p{L}\p{N}.-]*){0,2})"|‘(\p{Lu}[\p{L}\p{N}.-]*(?: \p{Lu}[\p{L}\p{N}.-]*){0,2})’|'(\p{Lu}[\p{L}\p{N}.-]*(?: \p{Lu}[\p{L}\p{N}.-]*){0,2})') (?=\p{Lu}\p{Ll})/gu;
const MARKS = /[“"‘']/;

// The last paragraph asked about and its nicknames (see `nicknames`).
let last: { text: string; found: ReadonlyArray<readonly [number, number]> } = { text: '', found: [] };

/**
 * Where `text` quotes a nickname inside a name: for each, the offsets of its opening mark and
 * just after its closing mark. Only after a word the lexicon knows as a given name.
 *
 * @example
 * nicknames('Thomas “Tommy” Reed won.'); // [[7, 14]]
 */
export function nicknames(text: string): ReadonlyArray<readonly [number, number]> {
  if (!MARKS.test(text)) return [];
  // Quotation finding asks once for every mark of a paragraph: scanning the paragraph each time
  // made a paragraph of many marks quadratic (20,000 marks: over a minute).
  if (text === last.text) return last.found;
  const out: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(NICKNAME)) {
    if (!isFirstName(m[1]!)) continue;
    const open = m.index + m[1]!.length + 1;
    out.push([open, m.index + m[0].length - 1]);
  }
  last = { text, found: out };
  return out;
}

/**
 * A name as written with a quoted nickname left out ("Thomas “Tommy” Reed" → "Thomas Reed").
 *
 * @example
 * withoutNickname('Earvin "Magic" Johnson'); // 'Earvin Johnson'
 */
export function withoutNickname(name: string): string {
  if (!MARKS.test(name)) return name;
  const found = nicknames(name);
  if (found.length === 0) return name;
  let out = '';
  let at = 0;
  for (const [open, close] of found) {
    out += name.slice(at, open);
    at = close + 1;
  }
  return out + name.slice(at);
}
