/**
 * @module
 * Who a quotation with no attribution of its own is by, read from the text before it: the person
 * a pronoun goes on referring to, and the speaker a paragraph ending just before introduces.
 */
import type { NamedAt } from './named-in-text.ts';
import { afterPronoun, closesAsSayer, reportedBeforePronoun } from './pronoun-chains.ts';
import { personCalled } from './described-speakers.ts';
import { type BodyReading, genderOf, MIN_UNATTRIBUTED_WORDS, type Named, prior, wordCount } from './quote-reading.ts';
import { isCiteVerb } from './speech.ts';

/**
 * "Tom Reed had failed, Anna Cole has said.": whether the person named at `n` in unit `v` stands
 * in the words another person, who `fits`, closes the sentence as saying.
 */
function reportedBeforeName(r: BodyReading, v: number, n: NamedAt, fits: (m: NamedAt) => boolean): boolean {
  const tokens = r.body[v]!.tokens;
  const sentence = r.sentencesByUnit[v]![n.from]!;
  return r.subjectsByUnit[v]!.some((group) =>
    group.some((m) => m.from > n.to && m.from < sentence[1] && fits(m) && closesAsSayer(tokens, m.from, m.to, sentence[1])),
  );
}

/**
 * The person the text was about before token `k` of unit `u`, of the pronoun's gender if one is
 * given. A pronoun that settles someone's gender is remembered (in `r.learnt`) for later ones.
 *
 * @example
 * subjectIn(reading, 1, 0, 'she'); // "Anna Cole spoke first. ⏎ She said …" → Anna Cole
 */
export function subjectIn(r: BodyReading, u: number, k: number, pronoun?: string): Named | null {
  const fits = (n: NamedAt): boolean => pronoun === undefined || genderOf(r, n.entity) === undefined || genderOf(r, n.entity) === pronoun;
  for (let v = u; v >= 0; v--) {
    const groups = r.subjectsByUnit[v]!;
    // "She gave me her sister’s number, Maria Dunn’s. “…,” she said.": a name after the same
    // pronoun in its sentence is not the one the pronoun goes on referring to; after either
    // pronoun, not the one a description ("said the 23-year-old") refers back to.
    // "Tom Reed would lead it, he said.": nor is a name in the words the pronoun closes as said.
    const chained = (n: NamedAt): boolean =>
      afterPronoun(r.pronounsByUnit[v]!, pronoun, r.sentencesByUnit[v]![n.from]![0], n.from) ||
      reportedBeforePronoun(r.body[v]!.tokens, r.pronounsByUnit[v]!, r.sentencesByUnit[v]![n.from]!, n, pronoun) ||
      reportedBeforeName(r, v, n, fits);
    let hit: NamedAt | undefined;
    for (let g = groups.length - 1; g >= 0 && !hit; g--) hit = groups[g]!.find((n) => (v < u || n.from < k) && fits(n) && !chained(n));
    // "A spokesman said … He said …": the pronoun is the unnamed source's, when they spoke after the person was named.
    const unnamed =
      pronoun !== undefined &&
      r.unnamedByUnit[v]!.some(
        (s) => (v < u || s.from < k) && (s.pronoun === undefined || s.pronoun === pronoun) && (!hit || s.from > hit.from),
      );
    if (unnamed) return null;
    if (hit && pronoun !== undefined && genderOf(r, hit.entity) === undefined) r.learnt.set(hit.entity.slug, pronoun as 'he' | 'she');
    if (hit) return hit.entity;
  }
  return null;
}

/**
 * Who the paragraph just before unit `u` ends by reporting as speaking ("Erekat said it was
 * only the latest move.", "Google confirmed this in a statement:"): the first name of its last
 * sentence that `fits`, before a verb of saying.
 *
 * @example
 * endsReporting(reading, 1, (n) => n.entity.type === 'person'); // "Erekat said it was late." → Erekat
 */
export function endsReporting(r: BodyReading, u: number, fits: (n: NamedAt) => boolean): Named | null {
  const v = prior(r, u);
  if (v < 0) return null;
  const tokens = r.body[v]!.tokens;
  const last = r.sentencesByUnit[v]![tokens.length - 1];
  if (!last) return null;
  const verb = tokens.findIndex((t, k) => k >= last[0] && k < last[1] && isCiteVerb(t.text));
  const spoke = r.namedByUnit[v]!.find((n) => n.from >= last[0] && n.from < verb && fits(n) && !tokens[n.to - 1]!.possessive);
  return spoke?.entity ?? null;
}

/**
 * A quotation opening unit `u` with no attribution: the person the paragraph before ends by
 * reporting, if that last sentence quotes no one at length (a word or two in marks, "called all
 * women “Betty”", is no quotation to continue).
 *
 * @example
 * reportedBefore(reading, 1); // "Erekat said it was late. ⏎ “…”" → Erekat
 */
export function reportedBefore(r: BodyReading, u: number): Named | null {
  const v = prior(r, u);
  if (v < 0) return null;
  const tokens = r.body[v]!.tokens;
  const last = r.sentencesByUnit[v]![tokens.length - 1];
  const from = last ? tokens[last[0]]!.start : 0;
  const quotesAtLength = r.spansByUnit[v]!.some((s) => s.close > from && wordCount(s.text) >= MIN_UNATTRIBUTED_WORDS);
  return quotesAtLength ? null : endsReporting(r, u, (n) => n.entity.type === 'person');
}

/**
 * "Tom Reed, who runs the harbour, was blunt. ⏎ “…”": a quotation opening unit `u` with no
 * attribution, after a paragraph whose last sentence opens with a person and quotes no one.
 *
 * @example
 * introducedAbove(reading, 1); // → Tom Reed
 */
export function introducedAbove(r: BodyReading, u: number): Named | null {
  const v = prior(r, u);
  if (v < 0) return null;
  const tokens = r.body[v]!.tokens;
  const last = r.sentencesByUnit[v]![tokens.length - 1];
  if (!last) return null;
  let first = last[0];
  while (first < last[1] && /^(?:but|and|yet|,)$/i.test(tokens[first]!.text)) first++;
  const person = r.namedByUnit[v]!.find((n) => n.from === first && n.entity.type === 'person' && !tokens[n.to - 1]!.possessive);
  const quotes = r.spansByUnit[v]!.some((s) => s.close > tokens[last[0]]!.start);
  if (quotes) return null;
  if (person) return person.entity;
  // "She was delighted afterwards. ⏎ “…”": the person the pronoun refers to.
  const word = tokens[first]?.text ?? '';
  return word === 'He' || word === 'She' ? subjectIn(r, v, first, word.toLowerCase()) : null;
}

/**
 * "The harbour master, Anna Cole, was blunt about the plans: ⏎ “…”": a paragraph ending in a
 * colon introduces the quotation opening the next, by the person its last sentence is about (the
 * first named there); undefined when it names no one.
 *
 * @example
 * colonAbove(reading, 1); // → Anna Cole
 */
export function colonAbove(r: BodyReading, u: number): Named | null | undefined {
  const v = prior(r, u);
  if (v < 0 || !r.body[v]!.text.trimEnd().endsWith(':')) return undefined;
  const tokens = r.body[v]!.tokens;
  const last = r.sentencesByUnit[v]![tokens.length - 1];
  if (!last) return undefined;
  const person = r.subjectsByUnit[v]!.find((g) => g[0] && g[0].from >= last[0])?.find((n) => !tokens[n.to - 1]!.possessive);
  if (person) return person.entity;
  // "She was blunt:" — the pronoun's person; "A council spokesman was blunt:" — no one named,
  // unless "the" refers back to someone the text gave that office ("The harbour master was blunt:").
  const first = tokens[last[0]]?.text ?? '';
  if (first === 'He' || first === 'She') return subjectIn(r, v, last[0], first.toLowerCase());
  if (!/^(?:a|an|one|another|the)$/i.test(first)) return undefined;
  if (first.toLowerCase() !== 'the') return null;
  for (let k = last[0] + 1; k < Math.min(last[0] + 5, last[1]) && tokens[k]!.word; k++) {
    const known = personCalled(r, tokens[k]!.text.toLowerCase());
    if (known) return known;
  }
  return null;
}
