/**
 * @module
 * Places in a sentence where news copy names a source, an outlet or an employer that is a body:
 * "according to X", "reported by X", "in an interview with X", "worked at X", "shares of X",
 * "data from X", "a survey by X", "X reported".
 * A person is written there with a given name ("according to Anna Cole") or is the
 * surname of one already named, which the story-wide resolution joins to the person first; so
 * only a name with no given name counts, and no surname the lexicon knows.
 */
import { isDemonym, isFirstName, isLastName, isPress, knownName } from './names.ts';
import type { Candidate } from './spans.ts';
import type { Token } from './tokenize.ts';

// The words before "to", "by", "with", "at", "for", "of" that make what follows a body.
const CUES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^according$/i, /^to$/],
  [/^(?:reported|published|commissioned|compiled|conducted)$/i, /^by$/],
  [/^interviews?$/, /^with$/],
  [/^(?:worked|works|working|employed|interned|job|career)$/, /^(?:at|for)$/],
  [/^(?:shares|stock)$/, /^of$/],
  [/^(?:study|survey|report|analysis|poll|data|figures|research|estimates|forecast|statement)$/i, /^(?:by|from)$/],
];

/**
 * Whether the words before a candidate name it as a source, an outlet, an employer or a listed
 * company ("according to Zorvane", "a survey conducted by Zorvane", "shares of Zorvane").
 *
 * @example
 * // "according to Zorvane, sales rose" → true; "according to Anna Cole" → false
 */
export function namedAsSource(c: Candidate, tokens: readonly Token[]): boolean {
  const first = c.words[0]!;
  if (c.titled || isFirstName(first) || isDemonym(first) || (c.words.length === 1 && isLastName(first))) return false;
  // "according to Spain’s health ministry": the name owns what is named.
  if (tokens[c.next - 1]?.possessive) return false;
  let k = c.first - 1;
  if (tokens[k]?.text === 'the') k--;
  const link = tokens[k]?.text ?? '';
  const cue = tokens[k - 1]?.text ?? '';
  if (CUES.some(([before, between]) => between.test(link) && before.test(cue))) return true;
  // "Zorvane reported on Monday", "Zorvane first reported": an outlet reports; a person who does
  // is named with a given name or is a named person's surname.
  let j = c.next;
  if (/^(?:first|earlier|previously|also)$/.test(tokens[j]?.text ?? '')) j++;
  return /^reported$/.test(tokens[j]?.text ?? '') && !/^(?:being|been|was|were|is|are)$/.test(tokens[c.first - 1]?.text ?? '');
}

/**
 * Whether a name is a news outlet's credit on a picture or a clip ("AP Photo", "Reuters
 * Pictures", "CNN Video"): the outlet, written first, is the body named ("Google Images" is a
 * service, not a credit).
 *
 * @example
 * creditedOutlet(['AP', 'Photo']); // true
 */
export function creditedOutlet(words: readonly string[]): boolean {
  return (
    words.length === 2 &&
    /^(?:Photo|Photos|Pictures|Images|Video|Graphic|Illustration)$/.test(words[1]!) &&
    isPress(words[0]!) &&
    !knownName(words.join(' '))
  );
}
