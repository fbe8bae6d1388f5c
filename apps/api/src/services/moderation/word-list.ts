/**
 * @module
 * Word lists for comment moderation (suspect words hold a comment, banned words reject it),
 * matched as whole words and case-insensitively, in any script, however disguised: both the
 * list and the text are compared in the form of `commentSkeleton` (look-alikes, invisible
 * characters, accents and separators folded).
 */
import { commentSkeleton, visibleText } from './comment-skeleton.ts';

/**
 * The words of a comma-separated list: trimmed, lower-cased, without empties or repeats.
 *
 * @example
 * parseWordList(' Casino, free money ,,casino'); // ['casino', 'free money']
 */
export function parseWordList(list: string | undefined): string[] {
  if (list === undefined) return [];
  const words = list
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '');
  return [...new Set(words)];
}

// Letters, digits and the underscore of any script: a listed word must not touch one on either side.
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A word that starts and ends with a letter or digit is matched in skeleton form; one that starts
// or ends with a symbol (`c++`, `.net`) keeps its symbols, which the skeleton would drop.
const SKELETAL = /^[\p{L}\p{M}\p{N}](?:.*[\p{L}\p{M}\p{N}])?$/su;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * A matcher for `words`: it returns the listed words found in a text, in list order. A phrase
 * matches across any run of whitespace or separators (`free-money`); `ass` does not match
 * `class`, nor `cañon` match `cañones`. Look-alike letters (Cyrillic, fullwidth, math-bold),
 * accents, invisible characters inside a word (zero-width, soft hyphen) and a word spelled out
 * (`s c u m`, `s.c.u.m`) do not hide it.
 *
 * @example
 * const suspect = wordMatcher(['casino', 'free money']);
 * suspect('FREE   money at the Casino!'); // ['casino', 'free money']
 * suspect('ｆｒｅｅ-mоnеy'); // ['free money']
 * suspect('casinos'); // []
 */
export function wordMatcher(words: readonly string[]): (text: string) => string[] {
  if (words.length === 0) return () => [];
  const matchers = words.map((word): ((forms: TextForms) => boolean) => {
    if (SKELETAL.test(word.trim())) {
      const needles = needlesOf(word);
      return (forms) => forms.skeletons.some((hay) => needles.some((needle) => hay.includes(needle)));
    }
    const source = word.split(/\s+/u).map(escapeRegExp).join('\\s+');
    const pattern = new RegExp(`(?<!${WORD_CHAR})${source}(?!${WORD_CHAR})`, 'iu');
    return (forms) => pattern.test(forms.visible);
  });
  return (text) => {
    // An invisible character may hide a word by splitting it or join two by standing for a space.
    const forms: TextForms = {
      visible: visibleText(text),
      skeletons: [` ${commentSkeleton(text)} `, ` ${commentSkeleton(text.replace(INVISIBLE, ' '))} `],
    };
    return words.filter((_, i) => matchers[i]!(forms));
  };
}

/**
 * What a listed word or phrase looks like in a text's skeleton: each of its words written whole
 * or spelled out letter by letter (`f r e e money`, `s.c.u.m.b.a.g`), up to 16 forms a phrase.
 */
function needlesOf(word: string): string[] {
  let forms = [''];
  for (const part of word.trim().split(/\s+/u)) {
    const letters = [...part.normalize('NFKC')];
    const ways = letters.length >= 3 && forms.length < 16 ? [part, letters.join(' ')] : [part];
    forms = forms.flatMap((form) => ways.map((way) => `${form} ${way}`));
  }
  return [...new Set(forms.map((form) => ` ${commentSkeleton(form)} `))];
}

interface TextForms {
  visible: string;
  skeletons: string[];
}
