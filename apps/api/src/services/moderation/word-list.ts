/**
 * @module
 * Word lists for comment moderation (suspect words hold a comment, banned words reject it),
 * matched as whole words and case-insensitively, in any script.
 */

/**
 * The words of a comma-separated list: trimmed, lower-cased, without empties or repeats.
 *
 * @example
 * parseWordList(' Casino, free money ,,casino'); // ['casino', 'free money']
 */
export function parseWordList(list: string | undefined): string[] {
  if (list === undefined) return [];
  const words = list.split(',').map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
  return [...new Set(words)];
}

// Letters, digits and the underscore of any script: a listed word must not touch one on either side.
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for `words`: it returns the listed words found in a text, in list order. A phrase
 * matches across any run of whitespace; `ass` does not match `class`, nor `cañon` match `cañones`.
 *
 * @example
 * const suspect = wordMatcher(['casino', 'free money']);
 * suspect('FREE   money at the Casino!'); // ['casino', 'free money']
 * suspect('casinos'); // []
 */
export function wordMatcher(words: readonly string[]): (text: string) => string[] {
  if (words.length === 0) return () => [];
  const patterns = words.map((word) => {
    const source = word.split(/\s+/u).map(escapeRegExp).join('\\s+');
    return new RegExp(`(?<!${WORD_CHAR})${source}(?!${WORD_CHAR})`, 'iu');
  });
  return (text) => words.filter((_, i) => patterns[i]!.test(text));
}
