/**
 * @module
 * The form of a comment's text that word filters, link counts and repeat checks compare, so that
 * the tricks that make a word look the same to a reader and different to a filter do not work:
 * compatibility forms (fullwidth, math-bold) folded by NFKC, invisible and format characters
 * (zero-width spaces and joiners, soft hyphens, word joiners, variation selectors) removed,
 * look-alike letters of other scripts (Cyrillic `а`, Greek `ο`…) mapped to one prototype by the
 * confusables of Unicode TR39 (the `unhomoglyph` package's table of Unicode's confusables.txt),
 * accents removed, and separators (`-`, `_`, `.`, `*`…) taken as spaces. The result is for
 * comparison, not for reading.
 */
import unhomoglyph from 'unhomoglyph';

// Invisible characters: format controls (Cf: zero-width space and joiners, soft hyphen, word
// joiner, bidirectional marks…) and whatever else Unicode says to ignore when not supported.
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const MARKS = /\p{M}/gu;
// Anything that is not a letter, digit or combining mark separates words.
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const UPPER = /\p{Lu}/gu;
const LATIN_CAPITALS = /^[A-Z]+$/;

/**
 * `text` with look-alikes folded but punctuation kept: NFKC, lower case, invisible characters
 * removed, TR39 confusables mapped to their prototypes, accents removed, and each run of
 * whitespace one space. Two comments equal in this form read the same.
 *
 * @example
 * foldLookalikes('Ｇreat  аrticle!'); // 'great article!' (fullwidth G and Cyrillic а folded)
 */
export function foldLookalikes(text: string): string {
  // TR39's table is case-sensitive: a capital that looks like a Latin capital (Cyrillic В, Greek
  // Η) is taken as that capital first; everything is then folded in lower case.
  const capitals = text.normalize('NFKC').replace(UPPER, (c) => {
    const prototype = unhomoglyph(c);
    return LATIN_CAPITALS.test(prototype) ? prototype : c;
  });
  const folded = capitals.toLowerCase().replace(INVISIBLE, '');
  return unhomoglyph(folded).normalize('NFD').replace(MARKS, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * `text` with compatibility forms folded (NFKC) and invisible characters removed, nothing else:
 * what a browser would show and make clickable, for counting links.
 *
 * @example
 * visibleText('ｈｔｔｐｓ://ex\u200bample.org'); // 'https://example.org'
 */
export function visibleText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/**
 * The comparison form of `text`: words of lower-case prototype letters and digits, one space
 * between them. Word lists are put in the same form, so a listed word matches however it is
 * disguised.
 *
 * @example
 * commentSkeleton('Ｆｒｅｅ-mоnеy'); // 'free rnoney' (Cyrillic о and е folded; TR39 writes m as rn)
 * commentSkeleton('s\u200bcum\u00adbag') === commentSkeleton('scumbag'); // true
 */
export function commentSkeleton(text: string): string {
  // Words are told apart before look-alikes are folded: TR39 maps some punctuation (`|`) to letters.
  const words = visibleText(text).replace(SEPARATORS, ' ').trim();
  return foldLookalikes(words).replace(SEPARATORS, ' ').trim();
}
