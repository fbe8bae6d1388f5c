/**
 * @module
 * Word counting for article statistics.
 */

const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;

/**
 * The number of words in `text`. A word is a run of letters or digits; apostrophes, hyphens and
 * separators inside a word or number keep it whole, so `Putin’s`, `China-Russia` and `1,782`
 * each count once, while stand-alone punctuation and dashes count for nothing.
 *
 * @example
 * countWords('The path — closed since May — reopened on Monday.'); // 8
 */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}
