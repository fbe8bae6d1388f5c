/**
 * @module
 * A journal or magazine whose title is an ordinary word ("Nature", "Time", "The Spectator"), read
 * as a body only where the words around it prove a publication: "published in Nature", "a study
 * in Science", "told Time", "the editor of The Spectator", "Time magazine". Elsewhere the word is
 * a word ("nature reserve", "Science minister").
 */
import { PUBLICATION_WORDS } from './gazetteer-publications.ts';
import type { Candidate } from './spans.ts';
import type { Token } from './tokenize.ts';

/** Verbs before "in" that put a piece in a publication ("published in", "writing in"). */
const PUBLISHED =
  /^(?:published|publishing|publishes|publish|writing|wrote|writes|written|reported|appeared|appearing|appears|printed|featured)$/;
/** Pieces that stand in a publication ("a study in", "an article in"). */
const PIECES =
  /^(?:study|studies|paper|papers|article|articles|report|piece|essay|column|letter|commentary|editorial|op-ed|interview|profile)$/;
/** People and parts of a publication ("the editor of", "a writer for", "the cover of"). */
const PARTS = /^(?:cover|editor|editors|issue|pages|columnist|correspondent|reporter|writer)$/;

/**
 * Whether the candidate is a publication with an ordinary word for a title, proved by the words
 * around it.
 *
 * @example
 * // "findings published in Nature" → true; "a walk in Nature" → false
 */
export function namedAsPublication(c: Candidate, tokens: readonly Token[]): boolean {
  const title = c.words[0] === 'The' ? c.words.slice(1) : c.words;
  if (title.length !== 1 || !PUBLICATION_WORDS.has(title[0]!)) return false;
  let k = c.first - 1;
  if (tokens[k]?.text === 'the') k--;
  const before = tokens[k]?.text ?? '';
  const prior = tokens[k - 1]?.text.toLowerCase() ?? '';
  const next = tokens[c.next];
  // "the Register of Births", "the Nation of Islam": the word heads a longer name.
  if (next?.text === 'of') return false;
  if (next?.word && /^(?:magazine|journal)$/.test(next.text)) return true;
  if (/^(?:told|tells)$/.test(before)) return true;
  if (before === 'in' && (PUBLISHED.test(prior) || PIECES.test(prior))) return true;
  return /^(?:of|for|at)$/.test(before) && PARTS.test(prior);
}
