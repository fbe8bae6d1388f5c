/**
 * @module
 * Titles of works (films, books, albums, shows): a capitalised phrase written as one ("the film
 * Vera Drake", "the musical 'Jerry Springer - The Opera'") names no person, place or
 * organisation, and once a story has written a name as a title, its other mentions are the
 * title too ("Vera Drake won…").
 */
import type { Candidate } from './spans.ts';
import { WORK_NOUNS } from './titles.ts';
import type { Token } from './tokenize.ts';

const OPENING = new Set(['"', '“', '‘', "'"]);
const CLOSING = new Set(['"', '”', '’', "'"]);

/**
 * How the candidate is written as a title, if it is: right after a work noun ("the film X", "his
 * novel 'X'"), or alone inside quotation marks ("'The Aviator' won"), which news copy uses for
 * titles and nicknames but not for the names of people, places or bodies.
 *
 * @example
 * // "the film Vera Drake" → 'noun'; "'The Aviator' won" → 'quoted'; "Vera Drake said" → undefined
 */
export function writtenAsTitle(c: Candidate, tokens: readonly Token[], text: string): 'noun' | 'quoted' | undefined {
  let k = c.first - 1;
  if (tokens[k] && OPENING.has(tokens[k]!.text)) k--;
  const noun = tokens[k];
  if (noun?.word && !noun.cap && WORK_NOUNS.has(noun.text.toLowerCase()) && !noun.possessive) return 'noun';
  const open = text[c.start - 1];
  let close = text[c.end];
  if (close === ',' || close === '.') close = text[c.end + 1];
  const quoted = open !== undefined && close !== undefined && OPENING.has(open) && CLOSING.has(close) && (open !== "'" || close === "'");
  return quoted ? 'quoted' : undefined;
}
