/**
 * @module
 * The cues that make a name a person's: a title, a name's shape and the lists of given names and
 * surnames, a person's pronoun or apposition after it, speech; and an apposition that says the
 * name is a work's or a body's instead.
 */
import type { CandidateReading, Verdict } from './candidate-reading.ts';
import { PERSON_TRADES } from './body-context.ts';
import { isCommonWord, isDemonym, isDictionaryWord, isFirstName, isLastName, knownName } from './names.ts';
import { HONORIFICS, ORG_DESCRIPTORS, ORG_HEADS, ROLE_WORDS, WORK_NOUNS } from './titles.ts';
import type { Token } from './tokenize.ts';

const NAME_SHAPE = /^(?:\p{Lu}\p{Ll}+|Ma?c\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?$/u;
// Endings of English common nouns ("Keeper", "Expression"), unless a list knows the word as a name.
const NOUN_ENDING = /(?:er|or|ion|ment|ness|ity|ism|ship|ance|ence|ure|age|ics|ure)$/;
// A common English word ("Regional Operations", "Space Forums") is no given name or surname here
// unless a list knows it as one; a surname the lists know as a person's ("Arafat") is one.
const nameShaped = (w: string): boolean =>
  NAME_SHAPE.test(w) &&
  !isCommonWord(w) &&
  !isDictionaryWord(w) &&
  (knownName(w)?.type ?? 'person') === 'person' &&
  !isDemonym(w) &&
  (isFirstName(w) || isLastName(w) || !NOUN_ENDING.test(w));
const PERSON_NEXT = /^(?:who|whose|himself|herself|he|she)$/i;
const APPOSITION = /^(?:a|an|the|\d+|aged|who)$/;

// Offices a speaker is addressed by in debates and hearings, besides the role words ("Mr. Ranking Member").
const ADDRESSED = new Set(['ranking', 'member', 'speaker', 'deputy', 'vice', 'prime', 'chair', 'presiding']);

// What an apposition may call a work, besides the work nouns.
const WORKS_TOO = new Set(['story', 'stories', 'game', 'play', 'poem', 'painting', 'podcast', 'show', 'novella', 'collection']);

/**
 * What the lower-case words of an apposition from `from` ("a story of political intrigue", "the
 * investment bank") call the name before it: a work, a body, or neither (a person's trade).
 */
function appositionHead(tokens: readonly Token[], from: number): 'work' | 'body' | undefined {
  for (let k = from; k < from + 4 && tokens[k]?.word && !tokens[k]!.cap; k++) {
    const w = tokens[k]!.text.toLowerCase();
    // "the company's founder": a possessive is not the head.
    if (tokens[k]!.possessive) return undefined;
    // "…, the song was written by": a noun before a verb opens a new clause, not an apposition.
    const clause = /^(?:is|was|were|are|has|had|have|will|would|can|could|became|features|stars)$/.test(tokens[k + 1]?.text ?? '');
    if (clause) return undefined;
    if (WORK_NOUNS.has(w) || WORKS_TOO.has(w)) return 'work';
    if (ORG_DESCRIPTORS.has(w) && !PERSON_TRADES.has(w)) return 'body';
    if (/^(?:of|who|whose|that|which|for|from|at|in|with)$/.test(w)) return undefined;
  }
  return undefined;
}

/**
 * What a title before the name makes of it: an office addressed, a body described, or a person.
 *
 * @example
 * titledVerdict(readCandidate(blair, tokenize('Mr Blair said'), '')); // person
 */
export function titledVerdict(r: CandidateReading): Verdict | undefined {
  const { c, tokens, words, lowerWords, first, verdict } = r;
  // "Mr. Ranking Member", "Madam Speaker", "Mr President": an office addressed with an honorific
  // names no one by name.
  if (c.titled && HONORIFICS.has(c.title ?? '') && lowerWords.every((w) => ADDRESSED.has(w) || ROLE_WORDS.has(w)))
    return verdict(undefined, c.name, true);
  // "industry analyst firm RedMonk": titles before a body's word (one no person is called by:
  // "firm", not "producer") describe the body, not a person ("company director Ann Low" has the
  // title last).
  const bodyWord = tokens[c.first - 1];
  const ownName = words.length >= 2 && isFirstName(first) && !knownName(words[0]!);
  if (c.titled && bodyWord?.word && !bodyWord.cap && ORG_DESCRIPTORS.has(bodyWord.text) && !PERSON_TRADES.has(bodyWord.text) && !ownName)
    return verdict('organization');
  if (c.titled) return verdict('person');
  return undefined;
}

/**
 * Whether a name shaped like a person's is one: a known given name or surname, a person's
 * pronoun or apposition after it, speech, or "of" and a body.
 *
 * @example
 * personNameVerdict(readCandidate(middleton, tokenize('Orin Middleton of Barclays Capital'), '')); // person
 */
export function personNameVerdict(r: CandidateReading): Verdict | undefined {
  const { c, tokens, words, lowerWords, first, last, after, speaks, hint, lead, nameLike, verdict } = r;
  if (nameLike && isFirstName(lowerWords[lead]!)) return verdict('person');
  if (nameLike && isLastName(last)) return verdict('person');
  if (nameLike && after !== undefined && PERSON_NEXT.test(after.text)) return verdict('person');
  // "Hazel Gilbert, 23, an information manager"; "Georgeta Minciu, a cleaner, said".
  if (nameLike && tokens[c.next]?.text === ',' && after !== undefined && APPOSITION.test(after.text)) {
    // "Harrow Lane, a novel about…", "Kestrel Dunn, the investment bank, …": the apposition's noun
    // says what the name is, and a work or a body is no person.
    // "Set in South Wales, the film is …": after "in" the comma may end a clause, not open an apposition.
    const head = hint ? undefined : appositionHead(tokens, c.next + 2);
    if (head === 'work') return verdict(undefined, c.name, true, true);
    if (head !== 'body' || isFirstName(first)) return verdict('person');
  }
  if (nameLike && speaks) return verdict('person');
  // "Orin Middleton of Barclays Capital": a plain name, then "of" and a body.
  if (nameLike && words.length === 2 && tokens[c.next]?.text === 'of') {
    let k = c.next + 1;
    if (tokens[k]?.text === 'the') k++;
    let end = k;
    while (tokens[end]?.cap && tokens[end]!.word) end++;
    const body =
      end > k &&
      (ORG_HEADS.has(tokens[end - 1]!.text.toLowerCase()) ||
        knownName(
          tokens
            .slice(k, end)
            .map((t) => t.text)
            .join(' '),
        )?.type === 'organization');
    if (body) return verdict('person');
  }
  return undefined;
}

/**
 * The last person rules: a given name alone, described or speaking, and two or three words shaped
 * as a given name and a surname in the middle of a sentence.
 *
 * @example
 * loneNameVerdict(readCandidate(kamau, tokenize('met Wanjiru Kamau on Monday'), '')); // person
 */
export function loneNameVerdict(r: CandidateReading): Verdict | undefined {
  const { c, tokens, words, first, after, before, speaks, hint, nameLike, verdict } = r;
  // "Michelle, a mother of twins, said": a first name alone, described or speaking.
  const described = tokens[c.next]?.text === ',' && after !== undefined && /^(?:a|an|\d+)$/.test(after.text);
  if (words.length === 1 && !(c.opener && isCommonWord(first)) && isFirstName(first) && (described || speaks)) return verdict('person');
  // "Australian Mamdouh Habib", "met Wanjiru Kamau": two or three words shaped like a given name
  // and a surname, none of them an ordinary word or a known name, in the middle of a sentence,
  // name a person even when no list knows the given name.
  // Not after "atop", "near" or "outside", which name a place ("a telescope atop Mauna Kea"); "in"
  // also ends phrasal verbs that take people ("to bring in Velimir Zajec").
  const located = hint === 'place' && !/^(?:in|into)$/.test(before?.text ?? '');
  // "a widow (Rooney Mara)": a name alone in brackets (a film's cast after its characters) is
  // capitalised by no sentence, though the bracket opens like one.
  const castName = before?.text === '(' && /^[),]$/.test(tokens[c.next]?.text ?? '');
  if (nameLike && (!c.opener || castName) && words.length <= 3 && words.every(nameShaped) && !located) return verdict('person');
  return undefined;
}
