/**
 * @module
 * Cues in a name's own words and the words around it that make an undecided name a person's
 * ("A.J. Reed", "comments Robin Biesbroek", "Jo Lane, the chief executive") or a product's
 * ("Galaxy Note 7 phones").
 */
import { isDictionaryWord, isFirstName, knownName, weakName } from './names.ts';
import type { Candidate } from './spans.ts';
import { isSayVerb } from './speech.ts';
import { HONORIFICS, NAME_LIKE_TITLES, PERSON_TITLES } from './titles.ts';
import type { Token } from './tokenize.ts';

/** A plain capitalised word of a name: "Holt", "O'Neil", "Smith-Jones". */
export const PLAIN_NAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;

// Initials written with stops: "A.J.", "J.R.R.".
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * "A.J. Reed", "J.R.R. Tolkien": initials with stops before one word that is no common word and
 * no known name are a person's, as "U.S. Army" or "N.C. State" are not.
 *
 * @example
 * initialled(['A.J.', 'Reed']); // true
 */
export function initialled(words: readonly string[]): boolean {
  return (
    words.length === 2 &&
    DOTTED_INITIALS.test(words[0]!) &&
    !knownName(words[0]!) &&
    /^\p{Lu}\p{Ll}/u.test(words[1]!) &&
    !isDictionaryWord(words[1]!) &&
    (knownName(words[1]!)?.type ?? 'person') === 'person' &&
    !weakName(words[1]!)
  );
}

// Offices an apposition gives a person ("Jane Hart, Head of Research at …"): not honorifics nor
// royal and noble titles, which open another name ("…, Prince of Persia", "…, Mr Llwyd").
const APPOSED_OFFICE = new Set([...PERSON_TITLES, 'head'].filter((t) => !HONORIFICS.has(t) && !NAME_LIKE_TITLES.has(t)));
const LISTENER_VERBS = /^(?:told|tells|telling|asked|asks|asking|urged|urges|warned|warns|promised|promises|pledged)$/;
// Words an apposition may open with before its office: "the", "a", "an", "former", "senior", …
const APPOSITION_LEAD = /^(?:the|a|an|former|senior|chief|deputy|acting|interim|its|their|new)$/i;

/**
 * An undecided name of two or three plain words, not all common words, that the context gives
 * to a person: right after a verb of saying ("comments Robin Biesbroek of the CDF"), or before an
 * apposition naming an office ("Pankaj Pandey, Head of Research at …", "Jo Lane, the chief
 * executive, …").
 *
 * @example
 * const tokens = tokenize('comments Robin Biesbroek of the CDF');
 * personByContext(findCandidates(tokens, text)[0]!, tokens); // true
 */
export function personByContext(c: Candidate, tokens: readonly Token[]): boolean {
  if (c.words.length < 2 || c.words.length > 3 || !c.words.every((w) => PLAIN_NAME.test(w)) || c.words.every(isDictionaryWord))
    return false;
  const before = tokens[c.first - 1];
  // "told Cadena Cope", "asked Anna Cole": the name after these is the listener, often an outlet.
  if (before?.word && !before.cap && isSayVerb(before.text) && !LISTENER_VERBS.test(before.text)) return true;
  if (tokens[c.next]?.text !== ',') return false;
  let k = c.next + 1;
  while (k < c.next + 3 && APPOSITION_LEAD.test(tokens[k]?.text ?? '')) k++;
  // The office is followed by a word in lower case or a comma, not by another name ("…, Ayatollah Ruhollah Khomenei").
  const after = tokens[k + 1];
  return APPOSED_OFFICE.has(tokens[k]?.text.toLowerCase() ?? '') && (after?.text === ',' || (after?.word === true && !after.cap));
}

/**
 * Whether a candidate ends in a product's model number and then lower-case words or a list's comma
 * ("Galaxy Note 7 phones").
 *
 * @example
 * const tokens = tokenize('Galaxy Note 7 phones caught fire');
 * modelNumber(findCandidates(tokens, text)[0]!, tokens); // true
 */
export function modelNumber(c: Candidate, tokens: readonly Token[]): boolean {
  const after = tokens[c.next];
  // "Tomb Raider 2013, Rage 2 and …": in a list, or at a sentence's end, the number ends a title too.
  const listed = after === undefined || (!after.word && /^[,;).]$/.test(after.text));
  return (
    c.words.length >= 3 &&
    /^\d{1,4}$/.test(c.words.at(-1)!) &&
    !isFirstName(c.words[0]!) &&
    (listed || (after?.word === true && !after.cap)) &&
    !c.words.slice(0, -1).some((w) => knownName(w) ?? weakName(w)) &&
    !knownName(c.words.slice(0, -1).join(' '))
  );
}
