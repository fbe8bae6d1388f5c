/**
 * @module
 * "The House" in American copy: the House of Representatives, which stories name by its short form
 * once they have named Congress, the Senate or a party. Elsewhere (a British story's "the House")
 * the short form is left unnamed.
 */
import { knownName } from './names.ts';
import type { Occurrence } from './resolve.ts';
import type { Candidate } from './spans.ts';
import type { Token } from './tokenize.ts';

const HOUSE = 'House of Representatives';
/** Bodies whose mention makes a story American enough for "the House" to be Congress's. */
const CONGRESS = new Set(['Congress', 'US Senate', HOUSE, 'Republican Party', 'Democratic Party']);

/**
 * Whether a candidate is "the House" written alone in mid-sentence ("the House voted", "the House
 * appropriations subcommittee"), the name the caller files as the House of Representatives.
 *
 * @example
 * // "…should the House vote to impeach…" → true; "House prices rose" → false
 */
export function isShortHouse(c: Candidate, tokens: readonly Token[]): boolean {
  return c.name === 'House' && !c.opener && tokens[c.first - 1]?.text === 'the';
}

/** The occurrence of "the House" as the House of Representatives, at the candidate's place. */
export function shortHouse(o: Omit<Occurrence, 'name' | 'type'>): Occurrence {
  return { ...o, name: HOUSE, type: 'organization' };
}

/**
 * The occurrences without the short "House" when nothing else in the story is Congress's or an
 * American party's.
 *
 * @example
 * // [Senate, House] → both kept; [House] alone → []
 */
export function keepShortHouse(occurrences: readonly Occurrence[]): readonly Occurrence[] {
  const short = (o: Occurrence): boolean => o.name === HOUSE && o.words.length === 1;
  if (!occurrences.some(short)) return occurrences;
  const american = occurrences.some((o) => !short(o) && CONGRESS.has(knownName(o.name)?.name ?? ''));
  return american ? occurrences : occurrences.filter((o) => !short(o));
}
