/**
 * @module
 * Pronoun chains: news copy keeps a person as the subject of sentence after sentence by pronoun
 * ("Cole spent years at sea. She was more nervous than Tom Reed. “…,” she said."), so a person
 * named after "she" in a sentence that "she" opens is an object or a comparison, not the one a
 * later "she" goes on referring to.
 */
import type { QuoteSpan } from './quote-spans.ts';
import type { Token } from './tokenize.ts';

/** A subject pronoun of a paragraph, outside its quotations. */
export interface PronounAt {
  readonly at: number;
  readonly word: 'he' | 'she';
}

/**
 * How many of `spans` hold each text offset below `size`: a running count over the marks, since
 * testing each pronoun against every quotation took time quadratic in a paragraph of thousands
 * of quotations each followed by "she said".
 */
function spanDepths(spans: readonly QuoteSpan[], size: number): Int32Array {
  const depth = new Int32Array(size + 1);
  for (const s of spans) {
    const from = Math.max(s.open + 1, 0);
    const to = Math.min(s.close, size);
    if (from >= to) continue;
    depth[from]!++;
    depth[to]!--;
  }
  for (let i = 1; i <= size; i++) depth[i]! += depth[i - 1]!;
  return depth;
}

/**
 * The tokens "he" and "she" of a paragraph that stand outside its quotations, in order.
 *
 * @example
 * subjectPronouns(tokenize('She met Tom Reed.'), []); // [{ at: 0, word: 'she' }]
 */
export function subjectPronouns(tokens: readonly Token[], spans: readonly QuoteSpan[]): PronounAt[] {
  const out: PronounAt[] = [];
  let depth: Int32Array | undefined;
  tokens.forEach((t, at) => {
    const word = t.text.toLowerCase();
    if (word !== 'he' && word !== 'she') return;
    depth ??= spanDepths(
      spans,
      tokens.reduce((end, k) => Math.max(end, k.start + 1), 0),
    );
    if (depth[t.start] === 0) out.push({ at, word });
  });
  return out;
}

/**
 * Whether `pronoun` stands between token `from` (its sentence's start) and token `name`: the
 * sentence's subject is someone the text named before, and the name is not who it refers to.
 *
 * @example
 * afterPronoun([{ at: 0, word: 'she' }], 'she', 0, 2); // true: "She met Maria Dunn."
 */
export function afterPronoun(pronouns: readonly PronounAt[], pronoun: string, from: number, name: number): boolean {
  return pronouns.some((p) => p.word === pronoun && p.at >= from && p.at < name);
}
