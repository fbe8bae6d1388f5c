/**
 * @module
 * Looser comparisons with Readability.js's expected output: token-level F1 of the text, where
 * paragraph boundaries and order matter less than which words were kept, and headline matching
 * that forgives a site name left on the expected title.
 */
import { tokenize } from './shingle-metric.ts';

/**
 * F1 of the multiset of word tokens of `predicted` against `truth` (1 when both are empty).
 *
 * @example
 * tokenF1('the cat sat', 'the cat sat down'); // 0.857…
 */
export function tokenF1(truth: string, predicted: string): number {
  const want = counts(tokenize(truth.toLowerCase()));
  const got = counts(tokenize(predicted.toLowerCase()));
  let wantTotal = 0;
  let gotTotal = 0;
  let common = 0;
  for (const n of want.values()) wantTotal += n;
  for (const [token, n] of got) {
    gotTotal += n;
    common += Math.min(n, want.get(token) ?? 0);
  }
  if (wantTotal === 0 && gotTotal === 0) return 1;
  if (common === 0) return 0;
  const precision = common / gotTotal;
  const recall = common / wantTotal;
  return (2 * precision * recall) / (precision + recall);
}

function counts(tokens: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/**
 * Whether our headline matches an expected title: the same words, or one of them wholly inside
 * the other and at least half its length (the expected titles sometimes keep the site name
 * that we remove, and the reverse).
 *
 * @example
 * sameTitle('River path reopens', 'River path reopens | Gazette'); // true
 */
export function sameTitle(ours: string, expected: string): boolean {
  const a = words(ours);
  const b = words(expected);
  if (a === '' || b === '') return a === b;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return a === b || (` ${long} `.includes(` ${short} `) && short.length * 2 >= long.length);
}

function words(text: string): string {
  return tokenize(text.toLowerCase()).join(' ');
}

/**
 * Whether a headline is right by the reference title: every word of it is in the title, and it
 * has at least half the title's words once the site's name is taken out of the title.
 *
 * @example
 * headlineMatches('Mozilla', 'Mozilla - Wikipedia', 'Wikipedia'); // true
 * headlineMatches('The 21 best movies of 2017', 'How to watch the 21 best films of 2017'); // false
 */
export function headlineMatches(ours: string, title: string, siteName?: string | null): boolean {
  // Underscores join a title to its site name ("…台阶_科技_腾讯网"); here they separate words.
  const words = (text: string) => tokenize(text.toLowerCase().replace(/_/g, ' '));
  const mine = words(ours);
  const theirs = new Set(words(title));
  const site = new Set(words(siteName ?? ''));
  const needed = [...theirs].filter((w) => !site.has(w));
  return mine.length > 0 && mine.every((w) => theirs.has(w)) && new Set(mine).size * 2 >= needed.length;
}
