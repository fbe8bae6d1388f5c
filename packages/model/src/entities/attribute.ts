/**
 * @module
 * Who said a quotation, by the attribution patterns of news writing: “…,” Putin said / “…,” said
 * Putin / Xi said, “…” / “…,” according to … / X called Y “…” / X urged … “…”, with pronouns (he,
 * she) and descriptions ("the prime minister said") resolved to the person named before.
 */
import type { Mention } from './entity.ts';
import type { NamedAt } from './named-in-text.ts';
import { isCiteVerb, isSayVerb, PRONOUNS } from './speech.ts';
import { PERSON_TITLES, ROLE_WORDS } from './titles.ts';
import type { Token } from './tokenize.ts';

type Named = Mention['entity'];

/** What the text says about who spoke. `speaker` null with `found` true: an unnamed source. */
export interface Attribution {
  readonly found: boolean;
  readonly speaker: Named | null;
  readonly at: NamedAt | undefined;
  readonly kind: 'direct' | 'partial';
}

/** What attribution needs to know about the block and the article around a quotation. */
export interface QuoteContext {
  readonly tokens: readonly Token[];
  readonly named: readonly NamedAt[];
  /** The sentence holding the quotation, as token indexes [from, to). */
  readonly sentence: readonly [number, number];
  /** The person named last before a position in the article, for pronouns. */
  lastPersonBefore(tokenIndex: number): Named | null;
  /** The person whose role includes `title` ("the chancellor said"). */
  personWithTitle(title: string): Named | null;
}

const SPEAKERS = new Set(['person', 'organization']);
const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';

function namedStarting(ctx: QuoteContext, k: number): NamedAt | undefined {
  return ctx.named.find((n) => n.from === k && SPEAKERS.has(n.entity.type));
}

/** A speaker named at token k, allowing role words before the name ("Russian President …"). */
function speakerAt(ctx: QuoteContext, k: number): { at: NamedAt; next: number } | undefined {
  for (let j = k; j < Math.min(k + 6, ctx.sentence[1]); j++) {
    const hit = namedStarting(ctx, j);
    if (hit) return { at: hit, next: hit.to };
    const t = ctx.tokens[j]!;
    if (!t.word || !(ROLE_WORDS.has(lower(t)) || t.cap || lower(t) === 'the')) return undefined;
  }
  return undefined;
}

function skipCommas(ctx: QuoteContext, k: number): number {
  let j = k;
  while (j < ctx.sentence[1] && !ctx.tokens[j]!.word && ctx.tokens[j]!.text !== '“') j++;
  return j;
}

const pronounFound = (ctx: QuoteContext, k: number): Attribution => ({ found: true, speaker: ctx.lastPersonBefore(k), at: undefined, kind: 'direct' });
const named = (at: NamedAt, kind: Attribution['kind']): Attribution => ({ found: true, speaker: at.entity, at, kind });

/** "the chancellor said", "a spokesman said": a description in place of a name. */
function described(ctx: QuoteContext, k: number): Attribution | undefined {
  const first = lower(ctx.tokens[k]);
  if (first !== 'the' && first !== 'a' && first !== 'an' && first !== 'his' && first !== 'her') return undefined;
  for (let j = k + 1; j < Math.min(k + 7, ctx.sentence[1]); j++) {
    const t = ctx.tokens[j]!;
    if (isSayVerb(t.text) && j > k + 1) {
      const titles = ctx.tokens.slice(k + 1, j).map(lower).filter((w) => PERSON_TITLES.has(w));
      const person = first === 'the' ? titles.map((w) => ctx.personWithTitle(w)).find(Boolean) ?? null : null;
      return { found: true, speaker: person, at: undefined, kind: 'direct' };
    }
    if (!t.word) return undefined;
  }
  return undefined;
}

/** Attribution after the quotation: “…,” Putin said / said Putin / he said / according to … */
function after(ctx: QuoteContext, closeToken: number, openToken: number): Attribution | undefined {
  const j = skipCommas(ctx, closeToken);
  if (j >= ctx.sentence[1]) return undefined;
  const t = ctx.tokens[j]!;
  const hit = speakerAt(ctx, j);
  if (hit && isSayVerb(ctx.tokens[skipCommas(ctx, hit.next)]?.text ?? '')) return named(hit.at, 'direct');
  if (PRONOUNS.has(t.text) && isSayVerb(ctx.tokens[j + 1]?.text ?? '')) return pronounFound(ctx, openToken);
  if (isSayVerb(t.text)) {
    if (PRONOUNS.has(ctx.tokens[j + 1]?.text ?? '')) return pronounFound(ctx, openToken);
    for (let k = j + 1; k < Math.min(j + 9, ctx.sentence[1]); k++) {
      const h = speakerAt(ctx, k);
      if (h) return named(h.at, 'direct');
      if (!ctx.tokens[k]!.word && ctx.tokens[k]!.text !== ',') break;
    }
  }
  if (lower(t) === 'according' && lower(ctx.tokens[j + 1]) === 'to') {
    const person = ctx.named.find((n) => n.from > j && n.from < ctx.sentence[1] && n.entity.type === 'person');
    if (person) return named(person, 'direct');
    return { found: true, speaker: ctx.lastPersonBefore(openToken), at: undefined, kind: 'direct' };
  }
  return described(ctx, j);
}

/** Attribution before the quotation, in the same sentence: Xi said, “…” / X called Y “…”. */
function before(ctx: QuoteContext, openToken: number): Attribution | undefined {
  const from = ctx.sentence[0];
  const pre = ctx.tokens.slice(from, openToken);
  const verbAt = pre.findIndex((t) => isCiteVerb(t.text));
  if (verbAt < 0) return undefined;
  const kind = 'partial';
  // The subject: the first person named in the sentence, else a pronoun, else a body.
  const people = ctx.named.filter((n) => n.from >= from && n.from < openToken);
  const person = people.find((n) => n.entity.type === 'person' && n.from < from + verbAt + 1);
  const pronounAt = pre.findIndex((t) => PRONOUNS.has(t.text));
  if (person && (pronounAt < 0 || person.from < from + pronounAt)) return named(person, kind);
  if (pronounAt >= 0 && pronounAt < verbAt + 1) return { ...pronounFound(ctx, openToken), kind };
  // A body only as the plain subject: "Microsoft said …", not "in a Kremlin hall … called".
  const body = people.find((n) => n.entity.type === 'organization' && (n.to === from + verbAt || n.from <= from + 1));
  if (body) return named(body, kind);
  return { found: false, speaker: null, at: undefined, kind };
}

/** Direct when the quotation opens the sentence or follows "said," or a colon; else partial. */
function kindOf(ctx: QuoteContext, openToken: number): Attribution['kind'] {
  const pre = ctx.tokens.slice(ctx.sentence[0], openToken);
  const last = pre.at(-1);
  if (!last || last.text === ':') return 'direct';
  const lastWord = [...pre].reverse().find((t) => t.word);
  if (lastWord && isSayVerb(lastWord.text) && (last === lastWord || last.text === ',')) return 'direct';
  return 'partial';
}

/**
 * The attribution of the quotation whose marks are at tokens `openToken` and just before
 * `closeToken`, or undefined when its sentence attributes it to no one (a scare quote or the
 * continuation of an earlier quotation).
 */
export function attribute(ctx: QuoteContext, openToken: number, closeToken: number): Attribution | undefined {
  const kind = kindOf(ctx, openToken);
  const found = after(ctx, closeToken, openToken) ?? before(ctx, openToken);
  if (found) return { ...found, kind };
  // "…” is what Putin said": a speaker named later in the sentence.
  for (let k = closeToken; k < ctx.sentence[1]; k++) {
    const hit = namedStarting(ctx, k);
    if (hit && hit.entity.type === 'person' && isSayVerb(ctx.tokens[hit.to]?.text ?? '')) return named(hit, kind);
  }
  return undefined;
}
