/**
 * @module
 * `extractQuotes`: the quotations in an article's body and who said each, with the speaker's role
 * as written. A quotation with no attribution of its own that follows another (in the same or the
 * next paragraph) is given the same speaker, as news style intends.
 */
import type { Mention } from './entity.ts';
import { attribute, type QuoteContext } from './attribute.ts';
import { type EntitySource, type TextUnit, textUnits } from './extract-entities.ts';
import { nameIndex, type NamedAt } from './named-in-text.ts';
import type { Quote } from './quote.ts';
import { quoteSpans } from './quote-spans.ts';
import { sentenceRanges } from './sentences.ts';

type Named = Mention['entity'];

// Two or three quoted words with no one saying them are scare quotes or titles, not quotations.
const MIN_UNATTRIBUTED_WORDS = 4;

/** Quotations of the body, given the units already tokenised (see `enrich`). */
export function quotesIn(units: readonly TextUnit[], mentions: readonly Mention[]): Quote[] {
  const index = nameIndex(mentions);
  const body = units.filter((u) => u.block >= 0 && !u.titleCase);
  const namedByUnit = body.map((u) => index.find(u.tokens, u.text));
  const roles = new Map<string, string>();
  for (const named of namedByUnit) for (const n of named) if (n.role && !roles.has(n.entity.slug)) roles.set(n.entity.slug, n.role);
  const quotes: Quote[] = [];
  let previous: { block: number; speaker: Named | null; role: string | undefined } | undefined;

  body.forEach((unit, u) => {
    const spans = quoteSpans(unit.text);
    if (spans.length === 0) return;
    const named = namedByUnit[u]!;
    const sentences = sentenceRanges(unit.text, unit.tokens, spans);
    const tokenAt = (offset: number): number => {
      const k = unit.tokens.findIndex((t) => t.start >= offset);
      return k < 0 ? unit.tokens.length : k;
    };
    const lastPersonBefore = (k: number): Named | null => {
      for (let i = named.length - 1; i >= 0; i--) if (named[i]!.from < k && named[i]!.entity.type === 'person') return named[i]!.entity;
      for (let v = u - 1; v >= 0; v--) {
        const earlier = namedByUnit[v]!;
        for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i]!.entity.type === 'person') return earlier[i]!.entity;
      }
      return null;
    };
    const personWithTitle = (title: string): Named | null => {
      const hit = mentions.find((m) => m.entity.type === 'person' && roles.get(m.entity.slug)?.toLowerCase().split(/\s+/).includes(title));
      return hit?.entity ?? null;
    };
    for (const span of spans) {
      const open = tokenAt(span.open);
      const close = tokenAt(span.close);
      const sentence = sentences[open] ?? ([open, close] as const);
      const ctx: QuoteContext = { tokens: unit.tokens, named, sentence, lastPersonBefore, personWithTitle };
      const found = attribute(ctx, open, close);
      const opensSentence = open === sentence[0];
      const words = span.text.split(/\s+/).length;
      let speaker: Named | null;
      let at: NamedAt | undefined;
      if (found) [speaker, at] = [found.speaker, found.at];
      else if (opensSentence && previous && previous.block >= unit.block - 1) speaker = previous.speaker;
      else if (words >= MIN_UNATTRIBUTED_WORDS) speaker = null;
      else continue;
      // Quoted words attributed to no one inside the writer's sentence are not a quotation.
      if (speaker === null && !opensSentence && words < MIN_UNATTRIBUTED_WORDS) continue;
      const role = speaker ? (at?.role ?? roles.get(speaker.slug)) : undefined;
      const kind = found?.kind ?? 'direct';
      quotes.push({ text: span.text, speaker: speaker ? { name: speaker.name, slug: speaker.slug } : null, ...(role ? { role } : {}), block: unit.block, kind });
      previous = { block: unit.block, speaker, role };
    }
  });
  return quotes;
}

/**
 * The quotations in an article's body, each with its speaker (one of `mentions`, or null when the
 * text names no one) and the speaker's role as written.
 *
 * @example
 * const article = { headline: 'Talks', body: [{ type: 'paragraph', content: [{ type: 'text', text: '“We agreed,” Putin said.' }] }] };
 * extractQuotes(article, extractEntities(article));
 * // [{ text: 'We agreed,', speaker: { name: 'Putin', slug: 'putin' }, block: 0, kind: 'direct' }]
 */
export function extractQuotes(article: EntitySource, mentions: readonly Mention[]): Quote[] {
  return quotesIn(textUnits(article), mentions);
}
