/**
 * @module
 * What attribution rules share: the context of a quotation, the shape of their answer, and the
 * small word tests ("a spokesman", "Mr Blair's spokesman") more than one rule needs.
 */
import type { Mention } from './entity.ts';
import type { NamedAt } from './named-in-text.ts';
import { ROLE_WORDS } from './titles.ts';
import type { Token } from './tokenize.ts';

type Named = Mention['entity'];

/** What the text says about who spoke. `speaker` null with `found` true: an unnamed source. */
export interface Attribution {
  readonly found: boolean;
  readonly speaker: Named | null;
  readonly at: NamedAt | undefined;
  /**
   * Set when an indefinite description introduced the speaker ("a leading industry figure has
   * said"): the kind of name a story's opening paragraph leaves to the next one to give.
   */
  readonly introduced?: 'person' | 'organization';
}

/** What attribution needs to know about the block and the article around a quotation. */
export interface QuoteContext {
  readonly tokens: readonly Token[];
  readonly named: readonly NamedAt[];
  /** The sentence holding the quotation, as token indexes [from, to). */
  readonly sentence: readonly [number, number];
  /** The person the text was last about before token `k` (for "he", "she", "the coach"). */
  subjectBefore(k: number, pronoun?: string): Named | null;
  /** The person whose role includes `title` ("the chancellor said"). */
  personWithTitle(title: string, qualifiers?: readonly string[]): Named | null;
  /** The one person the text gave the office `title`, before the name or in apposition ("Anna Cole, a spokeswoman, …"). */
  personCalled(title: string): Named | null;
  /**
   * The body named last before token `k` ("the club said"); with `press` false, news outlets are
   * passed over ("the company said" after "told Reuters"); with `subject`, the first body of the
   * nearest paragraph that names one, its likely subject ("it said").
   */
  bodyBefore(k: number, press?: boolean, subject?: boolean): Named | null;
  /**
   * Who wrote the document a text calls `noun` before token `k` ("a World Bank report", "a report
   * by the committee": null, no one named), or undefined when the text never said.
   */
  authorOf(noun: string, k: number): Named | null | undefined;
  /** The body of the article whose name holds all of `words` ("the assembly government": Welsh Assembly Government). */
  bodyCalled(words: readonly string[]): Named | null;
}

/** The token's text in lower case ('' past the end). */
export const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';
/** Words between a speaker and the verb of saying: "he will say", "Putin later said", "she has told". */
export const AUXILIARIES = /^(?:has|had|have|will|would|also|later|then|once|previously|reportedly|recently|again|further)$/i;
/** An unnamed source: found, but no one named. */
export const NONE: Attribution = { found: true, speaker: null, at: undefined };
/** The named speaker at `at`. */
export const named = (at: NamedAt): Attribution => ({ found: true, speaker: at.entity, at });
/** "he said": the person the text was about before the quotation, of the pronoun's gender. */
export const pronoun = (ctx: QuoteContext, k: number, word: string): Attribution => ({
  found: true,
  speaker: ctx.subjectBefore(k, word.toLowerCase()),
  at: undefined,
});

/**
 * Heads of a description that names no one ("a spokesman said", "sources said"), relatives among
 * them: in "Anna Cole’s husband said" the husband speaks, and the text does not name him.
 */
export const UNNAMED = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'source',
  'sources',
  'official',
  'officials',
  'insider',
  'aide',
  'friend',
  'relative',
  'relatives',
  'family',
  'husband',
  'wife',
  'partner',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'widow',
  'widower',
  'neighbour',
  'neighbor',
]);

/** "Mr Blair's spokesman", "EEF chief economist", "the reporter's source": a name that only qualifies someone else. */
export function qualifies(ctx: QuoteContext, n: NamedAt): boolean {
  const next = ctx.tokens[n.to];
  return (
    (ctx.tokens[n.to - 1]?.possessive === true || n.entity.type !== 'person') &&
    next?.word === true &&
    (ROLE_WORDS.has(lower(next)) || UNNAMED.has(lower(next)))
  );
}
