/**
 * @module
 * Quotation marks around a title of a work ("the book “The Long Winter”", "starred in “Night of
 * the Hunter”") or a slogan written as one mark no speech: news copy puts titles in quotation
 * marks, with every word but the small ones capitalised, and no sentence of speech reads so.
 */
import { WORK_NOUNS } from './titles.ts';

// Words a title leaves in lower case.
const SMALL_WORDS = /^(?:a|an|the|and|but|or|nor|of|in|on|at|to|for|by|with|from|into|over|as|vs\.?|de|la|le|du|von|van)$/;
// A title seldom runs longer; speech in capitals (a headline, a chant) does.
const MAX_TITLE_WORDS = 10;

/**
 * Whether the quotation `text`, whose opening mark is at `open` in `block`, is the title of a
 * work: its words in title case with no closing stop, or right after a work noun ("the song").
 *
 * @example
 * quotedTitle('She wrote the book “The Long Winter” in 2010.', 19, 'The Long Winter'); // true
 * quotedTitle('“We Will Stay,” she said.', 0, 'We Will Stay,'); // false: a stop or comma ends speech
 */
export function quotedTitle(block: string, open: number, text: string): boolean {
  const before = /([\p{L}]+)\s*$/u.exec(block.slice(Math.max(0, open - 20), open))?.[1];
  if (before && WORK_NOUNS.has(before.toLowerCase())) return true;
  if (/[.!?,;:…]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.test(w)));
}
