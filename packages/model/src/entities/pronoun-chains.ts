/**
 * @module
 * Pronoun chains: news copy keeps a person as the subject of sentence after sentence by pronoun
 * ("Cole spent years at sea. She was more nervous than Tom Reed. “…,” she said."), so a person
 * named after "she" in a sentence that "she" opens is an object or a comparison, not the one a
 * later "she" goes on referring to.
 */
import { insideSpan, type QuoteSpan } from './quote-spans.ts';
import type { Token } from './tokenize.ts';

/** A subject pronoun of a paragraph, outside its quotations. */
export interface PronounAt {
  readonly at: number;
  readonly word: 'he' | 'she';
}

/**
 * A test of whether a text offset is inside one of `spans`: a binary search when they are in
 * order and apart, as quotations are, since testing each pronoun against every quotation took
 * time quadratic in a paragraph of thousands of quotations each followed by "she said".
 */
function insideAny(spans: readonly QuoteSpan[]): (offset: number) => boolean {
  const ordered = spans.every((s, i) => i === 0 || (s.open + 1 >= spans[i - 1]!.close && s.close >= spans[i - 1]!.close));
  if (!ordered) return (offset) => spans.some((s) => offset > s.open && offset < s.close);
  return (offset) => insideSpan(spans, offset);
}

/**
 * The tokens "he" and "she" of a paragraph that stand outside its quotations, in order.
 *
 * @example
 * subjectPronouns(tokenize('She met Tom Reed.'), []); // [{ at: 0, word: 'she' }]
 */
export function subjectPronouns(tokens: readonly Token[], spans: readonly QuoteSpan[]): PronounAt[] {
  const out: PronounAt[] = [];
  let inside: ((offset: number) => boolean) | undefined;
  tokens.forEach((t, at) => {
    const word = t.text.toLowerCase();
    if (word !== 'he' && word !== 'she') return;
    inside ??= insideAny(spans);
    if (!inside(t.start)) out.push({ at, word });
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
