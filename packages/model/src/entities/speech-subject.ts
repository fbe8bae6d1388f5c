/**
 * @module
 * The subject of a verb of saying, read backwards from the verb: "Asked about X, Anna Cole said"
 * (the name next to the verb, not the first of the sentence), "the Harbour Trust, who said" (the
 * name before "who"), "In a statement, the council said" (a description), "it said", "he said",
 * "a spokesman for the council said" (a name inside a phrase is not the subject).
 */
import { type Attribution, AUXILIARIES, lower, NONE, named, pronoun, type QuoteContext, qualifies } from './attribution-context.ts';
import { byDescription, DETERMINERS, WRITINGS } from './described.ts';
import type { NamedAt } from './named-in-text.ts';
import { PRONOUN_WOULD, PRONOUNS } from './speech.ts';
import { ORG_DESCRIPTORS } from './titles.ts';

const PREPOSITION = /^(?:of|for|at|from|with|in|on|by|to)$/;
const ADVERB = /^\p{Ll}+ly$/u;
// Verbs whose passive puts the listener first: in "she was told: “…”" someone else speaks.
const PASSIVE = /^(?:was|were|is|are|been|being)$/;
const HEARD = /^(?:told|asked)$/;
// Words that end a description read backwards: a clause or another verb lies beyond them.
const CLAUSE_WORDS =
  /^(?:and|but|or|nor|yet|so|that|which|who|whom|whose|when|where|while|after|before|as|than|then|if|because|not|also|has|have|had|was|were|is|are|be|been|will|would|could|should|can|may|might|must|did|do|does)$/;
// Words a description of a speaker may hold: "the Tory leader", "a BBC spokesman", "the state-run agency".
const DESCRIPTION_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;
// How many words a description may hold before its verb.
const DESCRIPTION_REACH = 8;

/** The first token of the words before `k` that still describe one thing, walking back over "of the …", "for the …". */
function descriptionBefore(ctx: QuoteContext, k: number): { first: number; head: number; owner?: NamedAt } {
  const from = ctx.sentence[0];
  let head = k;
  let j = k;
  while (j >= from && k - j < DESCRIPTION_REACH) {
    const t = ctx.tokens[j]!;
    if (!t.word || !DESCRIPTION_WORD.test(t.text) || PRONOUNS.has(t.text) || CLAUSE_WORDS.test(lower(t))) return { first: -1, head };
    if (DETERMINERS.has(lower(t))) {
      // "a spokesman for the council": the description is the one before the preposition.
      if (PREPOSITION.test(lower(ctx.tokens[j - 1])) && ctx.tokens[j - 2]?.word) {
        head = j - 2;
        j = j - 2;
        continue;
      }
      return { first: j, head };
    }
    const owned = ctx.named.find((n) => n.to === j + 1 && ctx.tokens[j]!.possessive);
    if (owned) return { first: owned.from, head, owner: owned };
    if (PREPOSITION.test(lower(t)) && ctx.tokens[j - 1]?.word) head = j - 1;
    if (j === from) return { first: -1, head };
    j--;
  }
  return { first: -1, head };
}

/**
 * Who the words just before the verb at token `verb` say is speaking, or undefined when they do
 * not read as the verb's subject (a comma, a clause, a name far off).
 *
 * @example
 * // 'Asked about the plans Tom Reed had made, Anna Cole said: “…”' → Anna Cole
 * // 'backed by the Harbour Trust, who said …' → Harbour Trust; 'Officials said …' → no one named
 */
export function subjectOf(ctx: QuoteContext, verb: number, openToken: number): Attribution | undefined {
  const from = ctx.sentence[0];
  // A participle ("…, calling them “…”") takes the subject of the clause it hangs from.
  if (/ing$/.test(ctx.tokens[verb]!.text)) return undefined;
  let k = verb - 1;
  while (k > from && (AUXILIARIES.test(ctx.tokens[k]!.text) || ADVERB.test(ctx.tokens[k]!.text))) k--;
  if (k < from) return undefined;
  const t = ctx.tokens[k]!;
  if (!t.word) return undefined;
  if (PASSIVE.test(t.text) && HEARD.test(ctx.tokens[verb]!.text) && lower(ctx.tokens[verb + 1]) !== 'by') return NONE;
  if (PRONOUNS.has(t.text)) return pronoun(ctx, openToken, t.text);
  if (PRONOUN_WOULD.test(t.text)) return pronoun(ctx, openToken, t.text.slice(0, -2));
  if (lower(t) === 'it') return { found: true, speaker: ctx.bodyBefore(openToken, false, true), at: undefined };
  if (lower(t) === 'who' && ctx.tokens[k - 1]?.text === ',') {
    // "the Music Forum (MF), who say": the name before its bracketed short form.
    let end = k - 1;
    if (ctx.tokens[end - 1]?.text === ')') {
      for (let j = end - 2; j >= Math.max(0, end - 5); j--) {
        if (ctx.tokens[j]!.text !== '(') continue;
        end = j;
        break;
      }
    }
    const antecedent = ctx.named.find((n) => n.to === end && n.entity.type !== 'place');
    return antecedent ? named(antecedent) : undefined;
  }
  if (CLAUSE_WORDS.test(lower(t))) return undefined;
  const name = ctx.named.find((n) => n.to === k + 1);
  if (name) {
    if (name.entity.type === 'place' || ctx.tokens[k]!.possessive) return undefined;
    // "Anna Cole and Tom Reed said": several speakers, none alone.
    if (lower(ctx.tokens[name.from - 1]) === 'and' && ctx.named.some((n) => n.to === name.from - 1 && n.entity.type === name.entity.type))
      return NONE;
    // "in the journal X", "for Tom Reed": a name inside a phrase.
    let b = name.from - 1;
    if (ctx.tokens[b]?.word && !ctx.tokens[b]!.cap && ORG_DESCRIPTORS.has(lower(ctx.tokens[b]))) b--;
    if (lower(ctx.tokens[b]) === 'the') b--;
    if (!PREPOSITION.test(lower(ctx.tokens[b]))) return qualifies(ctx, name) ? NONE : named(name);
    const description = descriptionBefore(ctx, name.from - 1);
    return description.first >= 0 || description.head < name.from - 1
      ? byDescription(ctx, description.first, description.head, openToken, description.owner?.entity.type, true)
      : undefined;
  }
  if (t.cap && !t.opener) return undefined;
  const description = descriptionBefore(ctx, k);
  // "Anna Cole’s statement read:", "his letter said:": what someone wrote speaks for them.
  if (description.first >= 0 && WRITINGS.has(lower(ctx.tokens[description.head]))) {
    const owner = description.owner;
    if (owner && owner.entity.type !== 'place') return named(owner);
    const opener = lower(ctx.tokens[description.first]);
    if (opener === 'his' || opener === 'her') return pronoun(ctx, openToken, opener === 'his' ? 'he' : 'she');
  }
  return byDescription(ctx, description.first, description.head, openToken, description.owner?.entity.type, true);
}
