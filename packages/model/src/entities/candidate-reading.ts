/**
 * @module
 * What the classification of a candidate name reads once, before any rule: its words, the words
 * around it, whether the context marks it as a speaker or hints at a place, and whether it is
 * shaped like a person's name. Also the shape of the verdict the rules give.
 */
import type { EntityType } from './entity.ts';
import { SPEECH } from './body-context.ts';
import { placeShaped } from './place-context.ts';
import type { Candidate } from './spans.ts';
import { NON_ENTITY_HEADS } from './titles.ts';
import type { Token } from './tokenize.ts';

/** What the name-level rules made of a candidate. */
export interface Verdict {
  /** The entity type, or undefined when only the article as a whole can tell. */
  readonly type: EntityType | undefined;
  /** The name it is filed under (a gazetteer's canonical name, or the name as written). */
  readonly name: string;
  /** Not an entity at all: an event, a day, a law, a work. */
  readonly none: boolean;
  /** Context marks it as a speaker ("…, Putin said"), which only people and bodies are. */
  readonly speaks: boolean;
  /** What the context suggests when nothing decided ("in Gateshead" suggests a place). */
  readonly hint: EntityType | undefined;
  /** Written as the title of a work ("the film Vera Drake"): the name is a title throughout the story. */
  readonly work: boolean;
  /** The initials of a thing ("the HPV vaccine"): no body anywhere the story does not make it one. */
  readonly thing: boolean;
}

const PLACE_PREPS = /^(?:in|near|outside|across|throughout|around|towards|into|atop)$/;
const PERFORMED =
  /^(?:starred|starring|stars|star|appeared|appears|appearing|featured|features|featuring|role|roles|part|parts|cast|played|plays|playing|acted|acting|seen|shown|screened|performed|performing|sang|sings)$/i;

// Spacecraft and the missions that fly them, named before the noun.
const CRAFT = /^(?:probe|probes|spacecraft|rover|lander|orbiter|telescope|mission|missions)$/;

// "Face ID, a sensor", "USB-C PD": a capitalised word, then initials, names a feature or a
// standard; a person's name ends in initials only where they are a post-nominal or a regnal
// number, and those were cut off before.
const endsInInitials = (words: readonly string[]): boolean =>
  /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(words.at(-1)!) && !/^[IVXL]+$/.test(words.at(-1)!);

/**
 * Whether token `k` is a word in lower case.
 *
 * @example
 * nextIsLower(tokenize('Halvor shareholders'), 1); // true
 */
export const nextIsLower = (tokens: readonly Token[], k: number): boolean => tokens[k]?.word === true && !tokens[k]!.cap;

function wordAfter(tokens: readonly Token[], at: number): Token | undefined {
  let k = at;
  if (tokens[k]?.text === ',') k++;
  return tokens[k]?.word ? tokens[k] : undefined;
}

/** A candidate as the rules read it, with the verdict it would get for a type. */
export interface CandidateReading {
  readonly c: Candidate;
  readonly tokens: readonly Token[];
  /** The paragraph's text. */
  readonly text: string;
  readonly words: readonly string[];
  readonly lowerWords: readonly string[];
  /** The first and the last word, in lower case. */
  readonly first: string;
  readonly last: string;
  /** The word after the name, past a comma. */
  readonly after: Token | undefined;
  readonly before: Token | undefined;
  readonly speaks: boolean;
  readonly hint: EntityType | undefined;
  /** "the Manchester Central MP": a person's name does not follow "the". */
  readonly afterThe: boolean;
  /** "Victory Day", "the Galileo Jupiter probe": an event or a craft's kind after the name. */
  readonly eventAfter: boolean;
  /** The index of the given name: 1 after an initial ("C. Eugene Steuerle"), else 0. */
  readonly lead: number;
  /** Two to four words written as a person's name is. */
  readonly nameLike: boolean;
  readonly verdict: (type: EntityType | undefined, name?: string, none?: boolean, work?: boolean, thing?: boolean) => Verdict;
}

/**
 * Reads candidate `c` of a paragraph's `tokens` and `text` for the classification rules.
 *
 * @example
 * readCandidate(candidate, tokenize('“We agreed,” Anna Cole said.')).speaks; // true
 */
export function readCandidate(c: Candidate, tokens: readonly Token[], text: string): CandidateReading {
  const words = c.words;
  const lowerWords = words.map((w) => w.toLowerCase());
  const first = lowerWords[0] ?? '';
  const last = lowerWords.at(-1) ?? '';
  const after = wordAfter(tokens, c.next);
  const before = tokens[c.first - 1];
  const saidBefore = before?.word === true && /^(?:said|says|added)$/i.test(before.text) && !tokens[c.next]?.word;
  const speaks = (after !== undefined && SPEECH.test(after.text)) || saidBefore;
  // "in Gateshead" hints at a place, but "starred in Chocolat" at a work.
  const performed = PERFORMED.test(tokens[c.first - 2]?.text ?? '');
  const hint = before?.word === true && PLACE_PREPS.test(before.text) && !performed && placeShaped(c, tokens) ? 'place' : undefined;
  const verdict = (type: EntityType | undefined, name = c.name, none = false, work = false, thing = false): Verdict => ({
    type,
    name,
    none,
    speaks,
    hint,
    work,
    thing,
  });
  // "the Manchester Central MP": a person's name does not follow "the".
  const afterThe = before?.text === 'the' && !c.titled;
  // "Victory Day", "the Sony Radio awards": an event, an award or a work.
  const nextWord = tokens[c.next];
  // "the Galileo Jupiter probe", "the Castor mission": a craft's name before what it is.
  const eventAfter =
    nextWord?.word === true && !nextWord.cap && (NON_ENTITY_HEADS.has(nextWord.text.toLowerCase()) || CRAFT.test(nextWord.text));
  // A person's name is not written after "the", does not start with an acronym and is not "X, which".
  const which = tokens[c.next]?.text === ',' && after?.text === 'which';
  // "C. Eugene Steuerle": an initial before the given name.
  const lead = words.length >= 3 && /^\p{Lu}\.$/u.test(words[0]!) ? 1 : 0;
  const nameLike =
    words.length > 1 &&
    words.length <= 4 &&
    !afterThe &&
    !which &&
    /^\p{Lu}\p{Ll}/u.test(words[lead]!) &&
    words.every((w) => /^\p{L}/u.test(w)) &&
    !endsInInitials(words);
  return { c, tokens, text, words, lowerWords, first, last, after, before, speaks, hint, afterThe, eventAfter, lead, nameLike, verdict };
}
