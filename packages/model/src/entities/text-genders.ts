/**
 * @module
 * What the text says of a person's sex when their name does not: the pronouns of the sentences
 * that name them alone ("Jordan Pike founded the firm in May; his partner left in June" → he) and
 * a gendered noun written before the name ("actress Kerry Vance", "congressman Sasha Pike").
 * Pronouns are resolved by agreement, so a name of either sex otherwise takes any pronoun.
 */
import type { NamedAt } from './named-in-text.ts';
import type { Token } from './tokenize.ts';

type Gender = 'he' | 'she';

const HE = /^(?:he|him|his|himself)$/;
const SHE = /^(?:she|her|hers|herself)$/;
const MALE_NOUNS =
  /\b(?:businessman|chairman|spokesman|congressman|councilman|father|husband|son|brother|king|prince|grandfather|uncle|nephew|boyfriend)\b/;
const FEMALE_NOUNS =
  /\b(?:actress|businesswoman|chairwoman|spokeswoman|congresswoman|councilwoman|mother|wife|daughter|sister|queen|princess|grandmother|aunt|niece|girlfriend)\b/;

/**
 * Tallies of what the text calls each person (by slug), from one paragraph's `tokens`, the names
 * found in it, its sentences (by token) and a test for tokens inside quotations.
 *
 * @example
 * // 'Jordan Pike founded the firm; his partner left.' → tally { 'jordan-pike': { he: 1, she: 0 } }
 */
export function tallyGenders(
  tally: Map<string, { he: number; she: number }>,
  tokens: readonly Token[],
  named: readonly NamedAt[],
  sentences: readonly (readonly [number, number] | undefined)[],
  quoted: (t: Token) => boolean,
): void {
  const vote = (slug: string, g: Gender, weight: number): void => {
    const t = tally.get(slug) ?? { he: 0, she: 0 };
    t[g] += weight;
    tally.set(slug, t);
  };
  const people = named.filter((n) => n.entity.type === 'person' && !quoted(tokens[n.from]!));
  for (const n of people) {
    const role = n.role?.toLowerCase() ?? '';
    if (MALE_NOUNS.test(role)) vote(n.entity.slug, 'he', 2);
    if (FEMALE_NOUNS.test(role)) vote(n.entity.slug, 'she', 2);
  }
  // The people of each sentence, gathered once: filtered out of the paragraph's for each sentence,
  // a paragraph of thousands of short sentences took time quadratic in them.
  const bySentence = new Map<readonly [number, number] | undefined, NamedAt[]>();
  for (const m of people) {
    const list = bySentence.get(sentences[m.from]);
    if (list) list.push(m);
    else bySentence.set(sentences[m.from], [m]);
  }
  const seen = new Set<readonly [number, number]>();
  for (const n of people) {
    const sentence = sentences[n.from];
    if (!sentence || seen.has(sentence)) continue;
    seen.add(sentence);
    const alone = bySentence.get(sentence)!;
    if (alone.some((m) => m.entity.slug !== n.entity.slug || tokens[m.to - 1]!.possessive)) continue;
    let he = 0;
    let she = 0;
    for (let k = n.to; k < sentence[1]; k++) {
      const t = tokens[k]!;
      if (quoted(t)) continue;
      const w = t.text.toLowerCase();
      if (HE.test(w)) he++;
      else if (SHE.test(w)) she++;
    }
    if (he > 0 && she === 0) vote(n.entity.slug, 'he', 1);
    if (she > 0 && he === 0) vote(n.entity.slug, 'she', 1);
  }
}

/**
 * The sex a tally gives, when one side has it clearly (three votes to one at least).
 *
 * @example
 * genderFrom({ he: 2, she: 0 }); // 'he'
 */
export function genderFrom(t: { he: number; she: number } | undefined): Gender | undefined {
  if (!t) return undefined;
  if (t.he > 0 && t.he >= 3 * t.she) return 'he';
  if (t.she > 0 && t.she >= 3 * t.he) return 'she';
  return undefined;
}
