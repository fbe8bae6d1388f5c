/**
 * @module
 * Pronoun chains: news copy keeps a person as the subject of sentence after sentence by pronoun
 * ("Cole spent years at sea. She was more nervous than Tom Reed. “…,” she said."), so a person
 * named after "she" in a sentence that "she" opens is an object or a comparison, not the one a
 * later "she" goes on referring to. Likewise a person named in the reported words of a sentence
 * that a pronoun closes as their sayer ("Tom Reed would lead the campaign, she said.").
 */
import { AUXILIARIES } from './attribution-context.ts';
import { insideSpan, type QuoteSpan } from './quote-spans.ts';
import { isSayVerb } from './speech.ts';
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
 * Whether `pronoun` (either, when none is given) stands between token `from` (its sentence's
 * start) and token `name`: the sentence's subject is someone the text named before, and the name
 * is not who it refers to.
 *
 * @example
 * afterPronoun([{ at: 0, word: 'she' }], 'she', 0, 2); // true: "She met Maria Dunn."
 */
export function afterPronoun(pronouns: readonly PronounAt[], pronoun: string | undefined, from: number, name: number): boolean {
  return pronouns.some((p) => (pronoun === undefined || p.word === pronoun) && p.at >= from && p.at < name);
}

// How many tokens may follow the verb of a closing "…, he said" ("he told BBC Radio Scotland.").
const CLOSING_TAIL = 8;
// Words after that verb that make it open a clause of its own ("…, he said he was tired").
const CLAUSE_AFTER = /^(?:he|she|it|they|we|i|that|was|were|is|are|had|has|have|would|will|could|should|"|“|”)$/i;

/**
 * Whether the pronoun or name from token `at` up to token `to` closes its sentence, ending at token
 * `end`, as the sayer of all that came before it: "…, he said.", "…,” she added on Friday.",
 * "…, Anna Cole has said.", "…, he told the BBC.".
 *
 * @example
 * closesAsSayer(tokenize('Tom Reed lost, Anna Cole said.'), 4, 6, 8); // true
 */
export function closesAsSayer(tokens: readonly Token[], at: number, to: number, end: number): boolean {
  const before = tokens[at - 1]?.text ?? '';
  const comma = before === ',' || (/^[”"’]$/.test(before) && tokens[at - 2]?.text === ',');
  if (!comma) return false;
  let verb = to;
  if (AUXILIARIES.test(tokens[verb]?.text ?? '') || /^\p{Ll}+ly$/u.test(tokens[verb]?.text ?? '')) verb++;
  if (!isSayVerb(tokens[verb]?.text ?? '') || end - verb - 1 > CLOSING_TAIL) return false;
  return !tokens.slice(verb + 1, end).some((t) => CLAUSE_AFTER.test(t.text));
}

/** Whether the name from token `from` to `to` is the subject of a verb of saying: "Tom Reed said: “…,” he said." */
function saysItself(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to]?.text ?? '';
  return isSayVerb(next) || ((AUXILIARIES.test(next) || /^\p{Ll}+ly$/u.test(next)) && isSayVerb(tokens[to + 1]?.text ?? ''));
}

/**
 * Whether the person named from token `name.from` to `name.to` stands in the reported words of a
 * sentence (from `sentence[0]` to `sentence[1]`) that a later `pronoun` (either, when none is
 * given) closes as their sayer: in "Tom Reed would lead the campaign, she said." she is not Tom
 * Reed, and a later "she" goes on referring to whoever she is. A name that says something itself,
 * or a sentence end between name and pronoun (a quotation ending in "?"), leaves it open.
 *
 * @example
 * const tokens = tokenize('Tom Reed would lead it, he said.');
 * reportedBeforePronoun(tokens, subjectPronouns(tokens, []), [0, tokens.length], { from: 0, to: 2 }); // true
 */
export function reportedBeforePronoun(
  tokens: readonly Token[],
  pronouns: readonly PronounAt[],
  sentence: readonly [number, number],
  name: { readonly from: number; readonly to: number },
  pronoun?: string,
): boolean {
  if (saysItself(tokens, name.to)) return false;
  return pronouns.some(
    (p) =>
      p.at > name.from &&
      p.at < sentence[1] &&
      (pronoun === undefined || p.word === pronoun) &&
      !tokens.slice(name.to, p.at).some((t) => /^[.?!]$/.test(t.text)) &&
      closesAsSayer(tokens, p.at, p.at + 1, sentence[1]),
  );
}
