/**
 * @module
 * The Porter stemmer as SQLite's FTS5 `porter` tokenizer applies it, so the API can tell which
 * words of a stored text the index matched without asking SQLite to re-read and re-tokenise it.
 * It follows FTS5's rules, quirks included (a `y` counts as a vowel anywhere but first in `*v*`,
 * suffixes must leave at least one character, tokens under 3 or over 64 bytes are kept), and
 * works on the UTF-8 bytes of a folded token, as FTS5 does: other bytes are consonants. A test
 * compares it with SQLite's own stems.
 */

const isVowel = (c: string | undefined, yIsVowel: boolean) =>
  c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y');

/** Past the first vowel-consonant sequence of `s[from, to)`, or 0 when there is none. */
function afterVC(s: string, from: number, to: number, previousIsConsonant: boolean): number {
  let consonant = previousIsConsonant;
  let i = from;
  for (; i < to; i += 1) {
    consonant = !isVowel(s[i], consonant);
    if (!consonant) break;
  }
  for (i += 1; i < to; i += 1) {
    consonant = !isVowel(s[i], consonant);
    if (consonant) return i + 1;
  }
  return 0;
}

type Condition = (s: string, n: number) => boolean;

/** m > 0, m > 1 and m = 1: how many vowel-consonant sequences the stem `s[0, n)` has. */
const mAbove0: Condition = (s, n) => afterVC(s, 0, n, false) !== 0;
const mAbove1: Condition = (s, n) => {
  const k = afterVC(s, 0, n, false);
  return k !== 0 && afterVC(s, k, n, true) !== 0;
};
const mIs1: Condition = (s, n) => {
  const k = afterVC(s, 0, n, false);
  return k !== 0 && afterVC(s, k, n, true) === 0;
};
/** *o: ends consonant, vowel, consonant, the last not w, x or y. */
const endsCVC: Condition = (s, n) => {
  const last = s[n - 1];
  if (last === 'w' || last === 'x' || last === 'y') return false;
  let mask = 0;
  let consonant = false;
  for (let i = 0; i < n; i += 1) {
    consonant = !isVowel(s[i], consonant);
    mask = (mask << 1) | (consonant ? 1 : 0);
  }
  return (mask & 7) === 5;
};
/** *v*: a vowel, where `y` is one anywhere but first. */
const hasVowel: Condition = (s, n) => {
  for (let i = 0; i < n; i += 1) if (isVowel(s[i], i > 0)) return true;
  return false;
};
const mAbove1EndsSOrT: Condition = (s, n) => (s[n - 1] === 's' || s[n - 1] === 't') && mAbove1(s, n);

/** [suffix, condition on the stem before it, replacement]; the first suffix that fits decides. */
type Rule = readonly [string, Condition, string];

const STEP2: readonly Rule[] = (
  [
    ['ational', 'ate'],
    ['tional', 'tion'],
    ['enci', 'ence'],
    ['anci', 'ance'],
    ['izer', 'ize'],
    ['logi', 'log'],
    ['bli', 'ble'],
    ['alli', 'al'],
    ['entli', 'ent'],
    ['eli', 'e'],
    ['ousli', 'ous'],
    ['ization', 'ize'],
    ['ation', 'ate'],
    ['ator', 'ate'],
    ['alism', 'al'],
    ['iveness', 'ive'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
    ['aliti', 'al'],
    ['iviti', 'ive'],
    ['biliti', 'ble'],
  ] as const
).map(([suffix, out]) => [suffix, mAbove0, out] as const);
const STEP3: readonly Rule[] = (
  [
    ['ical', 'ic'],
    ['ness', ''],
    ['icate', 'ic'],
    ['iciti', 'ic'],
    ['ful', ''],
    ['ative', ''],
    ['alize', 'al'],
  ] as const
).map(([suffix, out]) => [suffix, mAbove0, out] as const);
const STEP4: readonly Rule[] = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
].map((suffix) => [suffix, suffix === 'ion' ? mAbove1EndsSOrT : mAbove1, ''] as const);

/**
 * Applies the first rule whose suffix ends `s` with something before it; its condition decides
 * whether it changes anything. Returns the new stem and whether a rule changed it.
 */
function apply(s: string, rules: readonly Rule[]): [string, boolean] {
  for (const [suffix, condition, out] of rules) {
    if (s.length > suffix.length && s.endsWith(suffix)) {
      const n = s.length - suffix.length;
      return condition(s, n) ? [s.slice(0, n) + out, true] : [s, false];
    }
  }
  return [s, false];
}

function step1(word: string): string {
  let s = word;
  const n = s.length;
  if (s[n - 1] === 's') {
    if (s[n - 2] === 'e')
      s = (n > 4 && s[n - 4] === 's' && s[n - 3] === 's') || (n > 3 && s[n - 3] === 'i') ? s.slice(0, -2) : s.slice(0, -1);
    else if (s[n - 2] !== 's') s = s.slice(0, -1);
  }
  let removed = false;
  if (s.length > 3 && s.endsWith('eed')) {
    if (mAbove0(s, s.length - 3)) s = s.slice(0, -1);
  } else if (s.length > 2 && s.endsWith('ed')) {
    if (hasVowel(s, s.length - 2)) [s, removed] = [s.slice(0, -2), true];
  } else if (s.length > 3 && s.endsWith('ing')) {
    if (hasVowel(s, s.length - 3)) [s, removed] = [s.slice(0, -3), true];
  }
  if (removed) {
    const grown = s.length > 2 && (s.endsWith('at') || s.endsWith('bl') || s.endsWith('iz'));
    const last = s[s.length - 1];
    if (grown) s += 'e';
    else if (!isVowel(last, false) && last !== 'l' && last !== 's' && last !== 'z' && last === s[s.length - 2]) s = s.slice(0, -1);
    else if (mIs1(s, s.length) && endsCVC(s, s.length)) s += 'e';
  }
  if (s[s.length - 1] === 'y' && hasVowel(s, s.length - 1)) s = `${s.slice(0, -1)}i`;
  return s;
}

/**
 * The stem of one folded token given as a byte string (one character per UTF-8 byte; ASCII
 * tokens are their own byte string).
 *
 * @example
 * porterStem('ferries'); // 'ferri'
 * porterStem('harbours'); // 'harbour'
 */
export function porterStem(bytes: string): string {
  if (bytes.length < 3 || bytes.length > 64) return bytes;
  let s = step1(bytes);
  [s] = apply(s, STEP2);
  [s] = apply(s, STEP3);
  [s] = apply(s, STEP4);
  const n = s.length;
  if (s[n - 1] === 'e' && (mAbove1(s, n - 1) || (mIs1(s, n - 1) && !endsCVC(s, n - 1)))) s = s.slice(0, -1);
  if (s.length > 1 && s.endsWith('ll') && mAbove1(s, s.length - 1)) s = s.slice(0, -1);
  return s;
}
