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
  return word
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{Mn}+/gu, '$1')
    .normalize('NFC');
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

type Weight = 'A' | 'B' | 'C';

/** Fields of the searchable text with their weights, best first, as `ts_rank_cd` reads them. */
const WEIGHTS: readonly [keyof SearchText, Weight][] = [
  ['headline', 'A'],
  ['standfirst', 'B'],
  ['people', 'B'],
  ['tags', 'B'],
  ['body', 'C'],
];

/** Pairs kept of one article at most: a longer article's later pairs are not found as phrases. */
const MAX_PAIRS = 100_000;

/**
 * A 53-bit hash of the pair of keys `a b`, as the decimal text of a `bigint`: two 32-bit
 * multiplicative hashes of its characters, mixed, 23 bits of one written before 9 decimal digits
 * of the other (so that no large number is ever turned into text, which took more time than the
 * rest of the analysis). Two different pairs share one with odds of about one in 10^16 per
 * comparison, far below the chance of any other error in a search, so a phrase of two words is
 * found by its hash alone, without checking positions.
 *
 * @example
 * pairHash('night', 'ferri'); // '2145557592706752' (below 2^63)
 */
export function pairHash(a: string, b: string): string {
  const after = pairStart(a);
  return pairText(pairValue(after.h1, after.h2, b));
}

/** The two hash states of `pairHash` after the characters of `a` and the space that follows it. */
function pairStart(a: string): { h1: number; h2: number } {
  let h1 = 0x811c9dc5;
  let h2 = 0x2545f491;
  // The characters of `${a} `, without building the string: an import hashes hundreds a story.
  for (let i = 0; i <= a.length; i += 1) {
    const c = i < a.length ? a.charCodeAt(i) : 32;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return { h1, h2 };
}

/**
 * The hash of `pairHash` as a number, from the states after its first key and a space
 * (`pairStart`) and the characters of its second key: `high * 10^9 + low`, under 2^53, so exact.
 */
function pairValue(h1: number, h2: number, b: string): number {
  for (let i = 0; i < b.length; i += 1) {
    const c = b.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  return (h2 >>> 9) * 1_000_000_000 + ((h1 >>> 0) % 1_000_000_000);
}

/** A `pairValue` as decimal text, in two parts: turning a number above 2^31 into text whole is slow. */
function pairText(value: number): string {
  const low = value % 1_000_000_000;
  const high = (value - low) / 1_000_000_000;
  return high === 0 ? String(low) : `${high}${String(low).padStart(9, '0')}`;
}

/** The two columns PostgreSQL stores of an article for search (see `searchVectorLiterals`). */
export interface SearchVectorLiterals {
  /** Every word at its positions, with its field's weight, as a `tsvector`: what words match and ranking read. */
  vector: string;
  /** The `pairHash` of every two words that follow each other in a field, as a `bigint[]`: what phrases match. */
  pairs: string;
}

/** The two search columns of an article as values, before they are written as text or in binary. */
export interface SearchVectorEntries {
  /**
   * Each key with its positions in the order first met, a position as PostgreSQL packs one: its
   * weight (A 3, B 2, C 1) in the top two of 16 bits, the position below. A position may repeat
   * once the text runs past the last one a vector holds.
   */
  lexemes: Map<string, number[]>;
  /** The `pairHash` values, as numbers (under 2^53), each once, in the order first met. */
  pairs: number[];
}

/**
 * The words of `text` keyed by `indexKey` at their positions, fields one after another with a gap
 * between them so a phrase never runs from one field into the next (as FTS5 columns are apart),
 * and the hashes of the pairs of words that follow each other in a field (see
 * `searchVectorLiterals`).
 *
 * @example
 * searchVectorEntries({ headline: 'Night ferries', standfirst: '', people: '', tags: '', body: '' });
 * // { lexemes: Map { 'night' => [49153], 'ferri' => [49154] }, pairs: [2145557592706752] }
 */
export function searchVectorEntries(text: SearchText): SearchVectorEntries {
  const lexemes = new Map<string, number[]>();
  const seen = new Set<number>();
  const pairs: number[] = [];
  let position = 0;
  for (const [field, weight] of WEIGHTS) {
    let previous: Word | null = null;
    for (const match of text[field].matchAll(UNICODE_WORD)) {
      position = Math.min(position + 1, MAX_POSITION);
      const word = wordOf(match[0]);
      if (previous !== null && seen.size < MAX_PAIRS) {
        const pair = pairValue(previous.h1, previous.h2, word.key);
        if (!seen.has(pair)) {
          seen.add(pair);
          pairs.push(pair);
        }
      }
      previous = word;
      if (!word.kept) continue;
      let positions = lexemes.get(word.key);
      if (!positions) lexemes.set(word.key, (positions = []));
      if (positions.length < MAX_POSITIONS_PER_LEXEME) positions.push((WEIGHT_BITS[weight] << 14) | position);
    }
    position = Math.min(position + 1, MAX_POSITION);
  }
  return { lexemes, pairs };
}

/**
 * The weighted `tsvector` of `text` as PostgreSQL's input syntax (`'ferri':3A,9C 'harbour':1A`)
 * and its pair hashes as a `bigint[]` (`searchVectorEntries` as text). Pairs let the index find a
 * phrase alone: checking positions means reading the whole vector of every article that has all
 * the words, and for two common words that is most of the archive.
 *
 * @example
 * searchVectorLiterals({ headline: 'Night ferries', standfirst: '', people: '', tags: '', body: '' });
 * // { vector: "'night':1A 'ferri':2A", pairs: '{2145557592706752}' }
 */
export function searchVectorLiterals(text: SearchText): SearchVectorLiterals {
  const { lexemes, pairs } = searchVectorEntries(text);
  let vector = '';
  for (const [lexeme, positions] of lexemes) vector += `${vector ? ' ' : ''}'${lexeme}':${positions.map(positionText).join(',')}`;
  return { vector, pairs: `{${pairs.map(pairText).join(',')}}` };
}

/** Weights as PostgreSQL packs them into a position. */
const WEIGHT_BITS: Record<Weight, number> = { A: 3, B: 2, C: 1 };
const WEIGHT_LETTERS = ['D', 'C', 'B', 'A'];

// Packed positions as text (`12C`), made once each: every word of every story has one.
const POSITIONS: string[] = [];

function positionText(packed: number): string {
  let text = POSITIONS[packed];
  if (text === undefined) POSITIONS[packed] = text = `${packed & MAX_POSITION}${WEIGHT_LETTERS[packed >> 14]}`;
  return text;
}

/** What the vectors need of a word as written, worked out once for each spelling. */
interface Word {
  /** Its `indexKey`. */
  key: string;
  /** False for a key too long for a vector, which only its pairs keep. */
  kept: boolean;
  /** The states of `pairHash` after the key and a space, for the pairs it begins. */
  h1: number;
  h2: number;
}

// Words as written, as news text repeats its words; cleared whole when full, as the stems are.
const words = new Map<string, Word>();

function wordOf(written: string): Word {
  let word = words.get(written);
  if (word === undefined) {
    const key = indexKey(written);
    // A key is at most 4 bytes a character; only a very long one needs counting.
    const kept = key.length * 4 <= MAX_LEXEME_BYTES || Buffer.byteLength(key) <= MAX_LEXEME_BYTES;
    word = { key, kept, ...pairStart(key) };
    if (words.size >= MAX_STEMS) words.clear();
    words.set(written, word);
  }
  return word;
}

/**
 * The weighted `tsvector` of `text` (the `vector` of `searchVectorLiterals`).
 *
 * @example
 * searchVectorLiteral({ headline: 'Ferries return', standfirst: '', people: '', tags: '', body: '' }); // "'ferri':1A 'return':2A"
 */
export function searchVectorLiteral(text: SearchText): string {
  return searchVectorLiterals(text).vector;
}

/**
 * The `tsquery` of `terms` in PostgreSQL's input syntax, keyed as the vectors are: words and
 * prefixes (`'harbour':*`) by `indexKey`, phrases as words that follow each other, all required.
 * Keys are letters, digits and marks only, so nothing in them needs escaping.
 *
 * @example
 * searchQueryLiteral([{ kind: 'phrase', words: ['night', 'ferries'] }, { kind: 'prefix', word: 'harbo' }]); // "('night' <-> 'ferri') & 'harbo':*"
 */
function searchQueryLiteral(terms: readonly SearchTerm[]): string {
  return terms
    .map((t) => {
      if (t.kind === 'prefix') return `'${indexKey(t.word)}':*`;
      const words = (t.kind === 'phrase' ? t.words : [t.word]).flatMap((w) =>
        [...w.matchAll(UNICODE_WORD)].map((m) => `'${indexKey(m[0])}'`),
      );
      if (words.length === 0) return null;
      return words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`;
    })
    .filter((t): t is string => t !== null)
    .join(' & ');
}

/** What a search asks of PostgreSQL's two columns (see `searchQueryLiterals`). */
export interface SearchQueryLiterals {
  /** Everything the query asks, phrases by position, as a `tsquery`: what ranking reads. */
  rank: string;
  /** What the word vectors' index must match, as a `tsquery`: words and prefixes. */
  words: string;
  /** Phrases of three words or more, as a `tsquery`: checked by position in the articles that have all their pairs. */
  phrases: string;
  /** The pair hashes an article must all have, as a `bigint[]`: every two words that follow each other in a phrase. */
  pairs: string;
}

/**
 * The queries of `terms` for the two stored columns. A phrase of two words is found by its pair
 * alone, with no position to check; a longer one by its pairs and then by position, in the few
 * articles that have them all (`phrases`). `rank` is `searchQueryLiteral(terms)`. An empty
 * literal asks nothing.
 *
 * @example
 * searchQueryLiterals([{ kind: 'phrase', words: ['night', 'ferries'] }, { kind: 'word', word: 'harbour' }]);
 * // { rank: "('night' <-> 'ferri') & 'harbour'", words: "'harbour'", phrases: '', pairs: '{2145557592706752}' }
 */
export function searchQueryLiterals(terms: readonly SearchTerm[]): SearchQueryLiterals {
  const words: string[] = [];
  const phrases: string[] = [];
  const pairs = new Set<string>();
  for (const t of terms) {
    if (t.kind === 'prefix') {
      words.push(`'${indexKey(t.word)}':*`);
      continue;
    }
    const keys = (t.kind === 'phrase' ? t.words : [t.word]).flatMap((w) => [...w.matchAll(UNICODE_WORD)].map((m) => indexKey(m[0])));
    if (keys.length === 1) words.push(`'${keys[0]}'`);
    for (let i = 1; i < keys.length; i += 1) pairs.add(pairHash(keys[i - 1]!, keys[i]!));
    if (keys.length > 2) phrases.push(`(${keys.map((k) => `'${k}'`).join(' <-> ')})`);
  }
  return {
    rank: searchQueryLiteral(terms),
    words: words.join(' & '),
    phrases: phrases.join(' & '),
    pairs: pairs.size === 0 ? '' : `{${[...pairs].join(',')}}`,
  };
}
