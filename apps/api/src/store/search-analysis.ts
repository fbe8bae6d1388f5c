/**
 * @module
 * One text analysis for both databases: words as SQLite's FTS5 `unicode61` tokenizer reads them
 * (letters, digits and private-use characters; marks go on the word; everything else separates
 * words), folded to lower case without diacritics, then stemmed by FTS5's Porter rules (see
 * porter-stem.ts). SQLite's index does this itself; PostgreSQL's vectors and queries are built
 * from it here, so a query finds the same stories on both: no stop words dropped, `café` found
 * by `cafe`, `O'Neill` two words on both sides.
 */
import { porterStem } from './porter-stem.ts';
import type { SearchTerm } from './search-query.ts';
import type { SearchText } from './search-text.ts';

/** unicode61's token characters (letters, digits, private use); marks continue a token. */
export const UNICODE_WORD = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{Mn}]*/gu;
const ASCII = /^[\x00-\x7f]*$/;

// Stems of folded words seen, as news text repeats its words; cleared whole when full.
const stems = new Map<string, string>();
const MAX_STEMS = 100_000;

/**
 * `word` in lower case as unicode61 folds it (final sigma as sigma) with the diacritics of Latin
 * letters removed, as `remove_diacritics 2` does: other scripts keep theirs, and letters such as
 * `ø` and `ł`, which are not a base letter and a mark, stay as they are.
 */
function fold(word: string): string {
  return word.toLowerCase().replace(/ς/g, 'σ').normalize('NFD').replace(/(\p{Script=Latin})\p{Mn}+/gu, '$1').normalize('NFC');
}

/**
 * A word as the index keys it: folded (lower case, no diacritics) and stemmed.
 *
 * @example
 * indexKey('Ferries'); // 'ferri'
 * indexKey('Café'); // 'cafe'
 */
export function indexKey(word: string): string {
  const folded = ASCII.test(word) ? word.toLowerCase() : fold(word);
  let stem = stems.get(folded);
  if (stem === undefined) {
    stem = ASCII.test(folded) ? porterStem(folded) : Buffer.from(porterStem(Buffer.from(folded).toString('latin1')), 'latin1').toString();
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(folded, stem);
  }
  return stem;
}

/** PostgreSQL's limits on a vector: positions run to 16,383, a lexeme keeps 256 of them, and a lexeme is under 2 KiB. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_LEXEME_BYTES = 2046;

/** Fields of the searchable text with their weights, best first, as `ts_rank_cd` reads them. */
const WEIGHTS: readonly [keyof SearchText, 'A' | 'B' | 'C'][] = [
  ['headline', 'A'],
  ['standfirst', 'B'],
  ['people', 'B'],
  ['tags', 'B'],
  ['body', 'C'],
];

/**
 * The weighted `tsvector` of `text` as PostgreSQL's input syntax (`'ferri':3A,9C 'harbour':1A`):
 * every word keyed by `indexKey` at its position, fields one after another with a gap between
 * them so a phrase never runs from one field into the next (as FTS5 columns are apart).
 *
 * @example
 * searchVectorLiteral({ headline: 'Ferries return', standfirst: '', people: '', tags: '', body: '' }); // "'ferri':1A 'return':2A"
 */
export function searchVectorLiteral(text: SearchText): string {
  const lexemes = new Map<string, string[]>();
  let position = 0;
  for (const [field, weight] of WEIGHTS) {
    for (const match of text[field].matchAll(UNICODE_WORD)) {
      position = Math.min(position + 1, MAX_POSITION);
      const lexeme = indexKey(match[0]);
      if (Buffer.byteLength(lexeme) > MAX_LEXEME_BYTES) continue;
      let positions = lexemes.get(lexeme);
      if (!positions) lexemes.set(lexeme, (positions = []));
      if (positions.length < MAX_POSITIONS_PER_LEXEME) positions.push(`${position}${weight}`);
    }
    position = Math.min(position + 1, MAX_POSITION);
  }
  let literal = '';
  for (const [lexeme, positions] of lexemes) literal += `${literal ? ' ' : ''}'${lexeme}':${positions.join(',')}`;
  return literal;
}

/**
 * The `tsquery` of `terms` in PostgreSQL's input syntax, keyed as the vectors are: words and
 * prefixes (`'harbour':*`) by `indexKey`, phrases as words that follow each other, all required.
 * Keys are letters, digits and marks only, so nothing in them needs escaping.
 *
 * @example
 * searchQueryLiteral([{ kind: 'phrase', words: ['night', 'ferries'] }, { kind: 'prefix', word: 'harbo' }]); // "('night' <-> 'ferri') & 'harbo':*"
 */
export function searchQueryLiteral(terms: readonly SearchTerm[]): string {
  return terms
    .map((t) => {
      if (t.kind === 'prefix') return `'${indexKey(t.word)}':*`;
      const words = (t.kind === 'phrase' ? t.words : [t.word]).flatMap((w) => [...w.matchAll(UNICODE_WORD)].map((m) => `'${indexKey(m[0])}'`));
      if (words.length === 0) return null;
      return words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`;
    })
    .filter((t): t is string => t !== null)
    .join(' & ');
}
