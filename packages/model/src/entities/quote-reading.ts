/**
 * @module
 * What a body is read for once before its quotations are attributed: the names in each paragraph,
 * the quotation marks, the sentences, the people each sentence is about, the roles, appositions and
 * genders the text gives its people, and the headings that part its flow.
 */
import type { Mention } from './entity.ts';
import type { TextUnit } from './extract-entities.ts';
import { nameIndex, type NamedAt } from './named-in-text.ts';
import { pronounFor } from './names.ts';
import { subjectPronouns } from './pronoun-chains.ts';
import { insideSpan, type QuoteSpan, quoteSpans } from './quote-spans.ts';
import { sentenceRanges } from './sentences.ts';
import { singleQuoteSpans } from './single-quotes.ts';
import { genderFrom, tallyGenders } from './text-genders.ts';
import type { Token } from './tokenize.ts';
import { unnamedSpeakers } from './unnamed-speakers.ts';

/** A named entity, as a mention carries it. */
export type Named = Mention['entity'];

type Gender = 'he' | 'she';
type Sentences = ReturnType<typeof sentenceRanges>;

/** The body as the attribution rules read it; each `…ByUnit` list runs parallel to `body`. */
export interface BodyReading {
  readonly mentions: readonly Mention[];
  /** The body's paragraphs, headings left out. */
  readonly body: readonly TextUnit[];
  /** The blocks of the headings, which part the flow of the text. */
  readonly headings: readonly number[];
  /** The body's paragraphs by block. */
  readonly unitAt: ReadonlyMap<number, TextUnit>;
  readonly namedByUnit: readonly (readonly NamedAt[])[];
  readonly spansByUnit: readonly (readonly QuoteSpan[])[];
  readonly sentencesByUnit: readonly Sentences[];
  /** The people each sentence names outside quotation marks, likeliest subject first. */
  readonly subjectsByUnit: readonly NamedAt[][][];
  readonly unnamedByUnit: readonly ReturnType<typeof unnamedSpeakers>[];
  readonly pronounsByUnit: readonly ReturnType<typeof subjectPronouns>[];
  /** The role the text first gives each person, by slug. */
  readonly roles: ReadonlyMap<string, string>;
  /** "Anna Cole, a spokeswoman for the trust,": what an apposition after a name says the person is. */
  readonly apposed: ReadonlyMap<string, string>;
  /** The gender an honorific gives a person, by slug. */
  readonly genders: ReadonlyMap<string, Gender>;
  /** How often each person is followed by "he" or "she". */
  readonly tally: ReadonlyMap<string, { he: number; she: number }>;
  /** The article's bodies, each with the lower-case words of its name. */
  readonly bodies: readonly { readonly entity: Named; readonly words: ReadonlySet<string> }[];
  /** What the text has called someone whose name does not say: once "he", no later "she" is them. */
  readonly learnt: Map<string, Gender>;
}

// Two or three quoted words that no one is said to say are scare quotes or titles.
export const MIN_UNATTRIBUTED_WORDS = 4;

/**
 * How many words a quotation holds, as the length rules count them.
 *
 * @example
 * wordCount('We will stay here'); // 4
 */
export const wordCount = (text: string): number => text.split(/\s+/).length;

const FEMALE = /^(?:mrs|ms|miss|dame|lady|baroness)$/;
const MALE = /^(?:mr|sir|lord)$/;

/** Whether the quotation `span` is still open at the end of its paragraph's `text`. */
export const leftOpen = (text: string, span: QuoteSpan): boolean =>
  span.close === text.trimEnd().length && !/[”"’]/.test(text[span.close - 1] ?? '');

/**
 * Whether a story quotes in single marks: no double mark anywhere in its body, and a single one
 * opening before a word.
 */
const singleStyle = (body: readonly TextUnit[]): boolean =>
  !body.some((u) => /[“”"]/.test(u.text)) && body.some((u) => /(?:^|[\s(])‘\p{L}/u.test(u.text));

/** The people named outside quotation marks, first-named of each sentence first (its likely subject). */
function subjects(unit: TextUnit, named: readonly NamedAt[], spans: readonly QuoteSpan[], sentences: Sentences): NamedAt[][] {
  // A possessive ("Putin's …") is seldom the subject: keep it after the others (in two lists, as
  // inserting each name before the first possessive was quadratic in a sentence of thousands).
  const bySentence = new Map<readonly [number, number], [NamedAt[], NamedAt[]]>();
  for (const n of named) {
    if (n.entity.type !== 'person') continue;
    const at = unit.tokens[n.from]!.start;
    if (insideSpan(spans, at)) continue;
    const sentence = sentences[n.from]!;
    const lists = bySentence.get(sentence) ?? [[], []];
    lists[unit.tokens[n.to - 1]?.possessive ? 1 : 0].push(n);
    bySentence.set(sentence, lists);
  }
  return [...bySentence.values()].map(([others, possessives]) => others.concat(possessives));
}

/** The lower-case words of an apposition from token k up to its closing comma or full stop ("a spokeswoman for the trust"). */
function appositionWords(tokens: readonly Token[], k: number): string {
  const words: string[] = [];
  for (let j = k; j < Math.min(k + 8, tokens.length); j++) {
    const t = tokens[j]!;
    if (!t.word) break;
    words.push(t.text.toLowerCase());
  }
  return /^(?:a|an|the|his|her|its|their)$/.test(words[0] ?? '') || tokens[k]?.possessive ? words.join(' ') : '';
}

// The first role and the first honorific's gender the text gives each person: later mentions
// shorten the name and drop both.
function rolesAndGenders(namedByUnit: readonly (readonly NamedAt[])[]): { roles: Map<string, string>; genders: Map<string, Gender> } {
  const roles = new Map<string, string>();
  const genders = new Map<string, Gender>();
  for (const named of namedByUnit) {
    for (const n of named) {
      if (n.role && !roles.has(n.entity.slug)) roles.set(n.entity.slug, n.role);
      const g = n.honorific && FEMALE.test(n.honorific) ? 'she' : n.honorific && MALE.test(n.honorific) ? 'he' : undefined;
      if (g && !genders.has(n.entity.slug)) genders.set(n.entity.slug, g);
    }
  }
  return { roles, genders };
}

// Each paragraph's quotation marks, in the story's quoting style; a quotation left open at a
// paragraph's end goes on into the next.
function spansOfBody(body: readonly TextUnit[]): QuoteSpan[][] {
  const spansByUnit: QuoteSpan[][] = [];
  const spansOf = singleStyle(body) ? singleQuoteSpans : quoteSpans;
  body.forEach((u, i) => {
    const before = i > 0 && body[i - 1]!.block === u.block - 1 ? spansByUnit[i - 1]!.at(-1) : undefined;
    spansByUnit.push(spansOf(u.text, before !== undefined && leftOpen(body[i - 1]!.text, before)));
  });
  return spansByUnit;
}

// The first apposition after each person's name: a later "the spokeswoman said" may refer back to it.
function appositions(body: readonly TextUnit[], namedByUnit: readonly (readonly NamedAt[])[]): Map<string, string> {
  const apposed = new Map<string, string>();
  body.forEach((u, i) => {
    for (const n of namedByUnit[i]!) {
      if (n.entity.type === 'person' && !apposed.has(n.entity.slug) && u.tokens[n.to]?.text === ',')
        apposed.set(n.entity.slug, appositionWords(u.tokens, n.to + 1));
    }
  });
  return apposed;
}

/**
 * Reads the body of `units` (headings aside) for the attribution of its quotations.
 *
 * @example
 * const r = readBody(textUnits(article), extractEntities(article));
 * r.spansByUnit[0]; // the quotation marks of the first paragraph
 */
export function readBody(units: readonly TextUnit[], mentions: readonly Mention[]): BodyReading {
  const index = nameIndex(mentions);
  const body = units.filter((u) => u.block >= 0 && !u.titleCase);
  const namedByUnit = body.map((u) => index.find(u.tokens, u.text));
  const { roles, genders } = rolesAndGenders(namedByUnit);
  const spansByUnit = spansOfBody(body);
  const sentencesByUnit = body.map((u, i) => sentenceRanges(u.text, u.tokens, spansByUnit[i]!));
  const tally = new Map<string, { he: number; she: number }>();
  body.forEach((u, i) => {
    tallyGenders(tally, u.tokens, namedByUnit[i]!, sentencesByUnit[i]!, (t) => insideSpan(spansByUnit[i]!, t.start));
  });
  return {
    mentions,
    body,
    headings: units.filter((x) => x.titleCase && x.block >= 0).map((x) => x.block),
    unitAt: new Map(body.map((x) => [x.block, x])),
    namedByUnit,
    spansByUnit,
    sentencesByUnit,
    subjectsByUnit: body.map((u, i) => subjects(u, namedByUnit[i]!, spansByUnit[i]!, sentencesByUnit[i]!)),
    unnamedByUnit: body.map((u, i) => unnamedSpeakers(u.tokens, sentencesByUnit[i]!)),
    pronounsByUnit: body.map((u, i) => subjectPronouns(u.tokens, spansByUnit[i]!)),
    roles,
    apposed: appositions(body, namedByUnit),
    genders,
    tally,
    bodies: mentions
      .filter((m) => m.entity.type === 'organization')
      .map((m) => ({ entity: m.entity, words: new Set(m.entity.name.toLowerCase().split(/\s+/)) })),
    learnt: new Map(),
  };
}

/**
 * The gender the text gives a person: by an honorific, a given name, the pronouns that follow
 * them, or what an earlier attribution learnt.
 *
 * @example
 * genderOf(readBody(units, mentions), { name: 'Mrs Cole', slug: 'cole', type: 'person' }); // 'she'
 */
export const genderOf = (r: BodyReading, e: Named): Gender | undefined =>
  r.genders.get(e.slug) ?? pronounFor(e.name.split(/\s+/)[0] ?? '') ?? genderFrom(r.tally.get(e.slug)) ?? r.learnt.get(e.slug);

/**
 * Whether block `b` follows block `a` in the flow of the text: pictures and their captions
 * between them (pages set them mid-story) do not part them; a heading or a paragraph does.
 *
 * @example
 * joined(readBody(units, mentions), 2, 4); // true when block 3 is a picture
 */
export function joined(r: BodyReading, a: number, b: number): boolean {
  if (a >= b) return false;
  for (let x = a + 1; x < b; x++) if (r.headings.includes(x) || (r.unitAt.has(x) && !r.unitAt.get(x)!.figure)) return false;
  return true;
}

/**
 * The unit the flow of the text puts just before unit `u`, or -1.
 *
 * @example
 * prior(readBody(units, mentions), 1); // 0, unless a heading stands between
 */
export function prior(r: BodyReading, u: number): number {
  let v = u - 1;
  while (v >= 0 && r.body[v]!.figure) v--;
  return v >= 0 && joined(r, r.body[v]!.block, r.body[u]!.block) ? v : -1;
}
