/**
 * @module
 * Sentences whose subject is an unnamed source ("A spokesman for the council told reporters…",
 * "An official said…", "“…,” a spokeswoman said."): a "he" or "she" after one refers to that
 * source, not to the person named before it.
 */
import { UNNAMED } from './attribution-context.ts';
import { isCiteVerb, isSayVerb } from './speech.ts';
import type { Token } from './tokenize.ts';

/** Where an unnamed source speaks, and the pronoun that can refer to them (either when the word does not tell). */
export interface UnnamedSpeaker {
  /** The token the sentence starts at. */
  readonly from: number;
  readonly pronoun: 'he' | 'she' | undefined;
}

const OPENERS = new Set(['a', 'an', 'another']);
// Words that link a sentence to the one before without being its subject: "But a spokesman said".
const LINKS = new Set(['but', 'and', 'however', 'meanwhile', 'yet', ',']);
// How far into its sentence the head of "A spokesman for …" may stand.
const HEAD_REACH = 5;

/**
 * The head of an unnamed source opening the sentence [from, to) ("But a spokesman for …"), or -1.
 *
 * @example
 * // 'A council spokesman said …' → 2
 */
export function unnamedHead(tokens: readonly Token[], from: number, to: number): number {
  let first = from;
  while (first < to && LINKS.has(tokens[first]!.text.toLowerCase())) first++;
  if (!OPENERS.has(tokens[first]?.text.toLowerCase() ?? '')) return -1;
  for (let j = first + 1; j < Math.min(to, first + HEAD_REACH); j++) if (UNNAMED.has(tokens[j]!.text.toLowerCase())) return j;
  return -1;
}

/**
 * "“…,” a spokeswoman said.", "“…,” said an official.": the head of an unnamed source that follows
 * the first quotation closing in the sentence [from, to), or -1.
 *
 * @example
 * // '“We will stay,” a council spokesman said.' → 8
 */
function trailingHead(tokens: readonly Token[], from: number, to: number): number {
  // Read within the sentence only: a search of the whole block for each sentence was quadratic.
  let close = from + 1;
  while (close < to && !(/^[”"]$/.test(tokens[close]!.text) && /^[,?!]$/.test(tokens[close - 1]!.text))) close++;
  if (close >= to) return -1;
  const inverted = isSayVerb(tokens[close + 1]?.text ?? '');
  const head = unnamedHead(tokens, inverted ? close + 2 : close + 1, to);
  return head >= 0 && (inverted || tokens.slice(head + 1, to).some((t) => isSayVerb(t.text))) ? head : -1;
}

/**
 * The sentences of a block that open with an unnamed source as the subject of a verb of saying,
 * or give one as the sayer of the quotation they open with.
 *
 * @example
 * // 'Reed met the mayor. A council spokesman said it went well.' → [{ from: 5, pronoun: 'he' }]
 */
export function unnamedSpeakers(tokens: readonly Token[], sentences: ReadonlyArray<readonly [number, number]>): UnnamedSpeaker[] {
  const out: UnnamedSpeaker[] = [];
  for (let k = 0; k < tokens.length; k = sentences[k]![1]) {
    const [from, to] = sentences[k]!;
    const opening = unnamedHead(tokens, from, to);
    const head = opening >= 0 && tokens.slice(opening + 1, to).some((t) => isCiteVerb(t.text)) ? opening : trailingHead(tokens, from, to);
    if (head < 0) continue;
    const word = tokens[head]!.text.toLowerCase();
    out.push({ from, pronoun: word === 'spokesman' ? 'he' : word === 'spokeswoman' ? 'she' : undefined });
  }
  return out;
}
