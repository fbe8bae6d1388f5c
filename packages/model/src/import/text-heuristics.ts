/**
 * @module
 * Line-level judgements for plain-text import: list items, label–value lines, prose and
 * title-like lines. Each is deliberately conservative: a wrong heading or list breaks the
 * article's reading order less visibly than lost text, but readers still notice it.
 */

/** A list item recognised by its marker. */
export interface ListItemLine {
  ordered: boolean;
  text: string;
}

const BULLET = /^\s*[-*•–▪◦‣]\s+(?=\S)/u;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(?=\S)/;

/**
 * The item of a list line (`- `, `* `, `• `, `– `, `1. `, `1) `), with the marker removed,
 * or `null` when the line is not one.
 *
 * @example
 * listItem(' - A freeze on fares'); // { ordered: false, text: 'A freeze on fares' }
 * listItem('2) Second'); // { ordered: true, text: 'Second' }
 */
export function listItem(line: string): ListItemLine | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { ordered: false, text: line.slice(bullet[0].length).trim() };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { ordered: true, text: line.slice(numbered[0].length).trim() };
  return null;
}

/** Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…:;,]["'”’»)\]]*$/u;

/**
 * Whether `line` is a short "label - value" line, as in award lists (`Best film - The Harbour`)
 * or results tables. Such lines are list items, never headings.
 *
 * @example
 * isLabelValueLine('Best newcomer - Ada Brandt'); // true
 * isLabelValueLine('The path - closed since May - reopened on Monday after a long wait.'); // false
 */
export function isLabelValueLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 80 || SENTENCE_END.test(text)) return false;
  return /^\S[^-–—]{0,50}?\s[-–—]\s+\S.*$/u.test(text) && wordsOf(text).length <= 12;
}

/**
 * Whether `line` reads as running prose: long enough and ending like a sentence. Headings are
 * only recognised between lines like this.
 *
 * @example
 * isProse('Nobody objected at all.'); // true
 * isProse('Ferry timetable'); // false
 */
export function isProse(line: string): boolean {
  const text = line.trim();
  return text.length >= 20 && /[.!?…]["'”’»)\]]*$/u.test(text);
}

/** Words a title leaves in lower case: articles, conjunctions and short prepositions. */
const MINOR_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via v vs vs. with from into onto over amid than upon near past down out till'.split(
    ' ',
  ),
);

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * Whether `line` looks like a subheading: 3 to 15 words in title case ("Drone Strikes and Global
 * Tensions…"), no sentence punctuation at its end or inside, no brackets, not a label–value or
 * list line. Sentence-case fragments ("A sad day for music") fail on purpose: in pasted text
 * they are far more often captions, broken lines or table cells than headings.
 *
 * @example
 * isTitleLike('Drone Strikes and Global Tensions Frame the Parade'); // true
 * isTitleLike('Halo 2 is out on 9 November'); // false
 */
export function isTitleLike(line: string): boolean {
  const text = line.trim();
  if (text.length > 120 || SENTENCE_END.test(text) || /[()[\]{}]|[.!?;]\s/u.test(text)) return false;
  if (listItem(text) || isLabelValueLine(text)) return false;
  const words = wordsOf(text);
  if (words.length < 3 || words.length > 15) return false;
  let capitalised = 0;
  for (const [index, raw] of words.entries()) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const first = word.charAt(0);
    if (/\p{Lu}|\p{N}/u.test(first)) {
      if (/\p{Lu}/u.test(first)) capitalised++;
    } else if (index === 0 || !MINOR_WORDS.has(word.toLowerCase())) {
      return false;
    }
  }
  return capitalised >= 2;
}

/**
 * Whether `line` starts like the continuation of a broken sentence (lower-case first letter),
 * so the line before it cannot be a heading.
 *
 * @example
 * startsMidSentence('was on record-breaking form'); // true
 */
export function startsMidSentence(line: string): boolean {
  return /^[^\p{L}\p{N}]*\p{Ll}/u.test(line.trim());
}
