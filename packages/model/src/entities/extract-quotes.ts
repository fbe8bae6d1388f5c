/**
 * @module
 * `extractQuotes`: the quotations in an article's body and who said each, with the speaker's role
 * as written. A quotation with no attribution of its own that follows another (in the same or the
 * next paragraph) is given the same speaker, as news style intends.
 */
import type { Mention } from './entity.ts';
import { type Attribution, attribute, kindOf, type QuoteContext } from './attribute.ts';
import { authorOf, bodyCalled, personCalled, personWithTitle } from './described-speakers.ts';
import { colonAbove, introducedAbove, reportedBefore, subjectIn } from './earlier-speakers.ts';
import { type EntitySource, type TextUnit, textUnits } from './extract-entities.ts';
import { type FoundQuote, type LastQuote, quoteOf } from './found-quote.ts';
import { linkQuotes } from './linked-quotes.ts';
import type { NamedAt } from './named-in-text.ts';
import { nicknames } from './nicknames.ts';
import { afterColon, bodyBefore, introducedBefore, speakerBefore } from './paragraph-speakers.ts';
import type { Quote } from './quote.ts';
import { type BodyReading, joined, leftOpen, MIN_UNATTRIBUTED_WORDS, type Named, readBody, wordCount } from './quote-reading.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { quotedTitle } from './quoted-titles.ts';
import { isSayVerb } from './speech.ts';
import type { Token } from './tokenize.ts';
import { unmarkedQuote } from './unmarked-quotes.ts';

/**
 * How many tokens either side of a quotation its attribution is looked for in. A sentence is
 * seldom longer; without a bound, text of thousands of quotation marks with no full stop (such
 * as JSON pasted as prose) took time growing with the square of its length.
 */
const REACH = 120;

// How many tokens a clause of saying standing alone after its quotation may hold ("Anna Cole said on Monday.").
const SHORT_SAYING = 8;

/** The first index of `sorted` whose value is at least `value`. */
function lowerBound<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the quotation mark at `open` opens a nickname inside a name ("Thomas “Tommy” Reed"). */
const nicknameAt = (text: string, open: number): boolean => nicknames(text).some(([at]) => at === open);

/** Whether the sentence `range` is a short clause of saying with no quotation of its own: "Anna Cole said." */
function shortSaying(tokens: readonly Token[], range: readonly [number, number]): boolean {
  const [from, to] = range;
  if (to - from > SHORT_SAYING || tokens[to - 1]?.text !== '.') return false;
  const part = tokens.slice(from, to);
  return !part.some((t) => /[“”"‘]/.test(t.text)) && part.slice(1, 5).some((t) => isSayVerb(t.text)) && !isSayVerb(part[0]!.text);
}

/**
 * A story's opening paragraph often describes its source ("a leading industry figure has said")
 * and names them in the next: the first person (or body) that paragraph names.
 */
const introducedNext = (r: BodyReading, type: 'person' | 'organization'): Named | null =>
  r.body[1] && r.body[1].block === r.body[0]!.block + 1 ? (r.namedByUnit[1]!.find((n) => n.entity.type === type)?.entity ?? null) : null;

/** Where a quotation sits in its unit, in tokens. */
interface SpanPlace {
  readonly open: number;
  readonly close: number;
  /** The sentence around the quotation. */
  readonly whole: readonly [number, number];
}

/**
 * What the attribution rules read around the quotation at `place` in unit `u`: the sentence around
 * it, up to REACH tokens either side, and the names in that stretch (`byStart`, the unit's names
 * by first token). "“We will stay.” Anna Cole said.": a short clause of saying split from its
 * quotation by the full stop inside the marks is read with it.
 */
function contextOf(r: BodyReading, u: number, place: SpanPlace, byStart: readonly NamedAt[]): QuoteContext {
  const { open, close, whole } = place;
  const tokens = r.body[u]!.tokens;
  const sentences = r.sentencesByUnit[u]!;
  const end = close >= whole[1] && sentences[whole[1]] && shortSaying(tokens, sentences[whole[1]]!) ? sentences[whole[1]]![1] : whole[1];
  const sentence = [Math.max(whole[0], open - REACH), Math.min(end, close + REACH)] as const;
  const near = byStart.slice(
    lowerBound(byStart, sentence[0], (n) => n.from),
    lowerBound(byStart, sentence[1], (n) => n.from),
  );
  return {
    tokens,
    named: near,
    sentence,
    subjectBefore: (k, pronoun) => subjectIn(r, u, k, pronoun),
    personWithTitle: (title, qualifiers) => personWithTitle(r, title, qualifiers),
    personCalled: (title) => personCalled(r, title),
    bodyBefore: (k, press, subject) => bodyBefore(r, u, k, press, subject),
    bodyCalled: (words) => bodyCalled(r, words),
    authorOf: (noun, k) => authorOf(r, u, noun, k),
  };
}

/**
 * Who the quotation `span` at `place` in unit `u` is by when its own sentence did not say (or said
 * only how the story introduced them): the speaker just before in its paragraph, the paragraph
 * above, or the quotation before. Null when the text names no one; undefined when the words are
 * too few to count as a quotation. The order of the rules is their precedence.
 */
function speakerOf(
  r: BodyReading,
  u: number,
  span: QuoteSpan,
  place: SpanPlace,
  found: Attribution | undefined,
  previous: LastQuote | undefined,
): { speaker: Named | null; at?: NamedAt | undefined } | undefined {
  const { open, close, whole } = place;
  const unit = r.body[u]!;
  const words = wordCount(span.text);
  const opensSentence = open === whole[0];
  const goesOn = previous !== undefined && (previous.block === unit.block || joined(r, previous.block, unit.block));
  if (found?.found && found.introduced && u === 0) return { speaker: introducedNext(r, found.introduced) };
  if (found?.found) return { speaker: found.speaker, at: found.at };
  if (opensSentence && speakerBefore(r, u, open)) return { speaker: speakerBefore(r, u, open) };
  if (opensSentence && introducedBefore(r, u, open)) return { speaker: introducedBefore(r, u, open) };
  if (whole[0] === 0 && reportedBefore(r, u)) return { speaker: reportedBefore(r, u) };
  if (whole[0] === 0 && span.open <= 1 && !unit.tokens.slice(close, whole[1]).some((t) => t.word) && introducedAbove(r, u))
    return { speaker: introducedAbove(r, u) };
  if (whole[0] === 0 && span.open <= 1 && colonAbove(r, u) !== undefined) return { speaker: colonAbove(r, u)! };
  if (opensSentence && goesOn) return { speaker: previous!.speaker };
  // "That process led to a realization: “…”": words at length after a colon, with no one named
  // in their sentence, go on with whoever was quoted just before.
  if (words >= MIN_UNATTRIBUTED_WORDS && afterColon(r, u, open) && previous?.speaker && goesOn) return { speaker: previous.speaker };
  if (words >= MIN_UNATTRIBUTED_WORDS && opensSentence) return { speaker: null };
  return undefined;
}

/**
 * The quotations in marks of unit `u`, each attributed; `previous` is the quotation found last
 * before the unit, and the result's `previous` the last found by its end.
 */
function markedQuotes(
  r: BodyReading,
  u: number,
  previous: LastQuote | undefined,
): { found: FoundQuote[]; previous: LastQuote | undefined } {
  const unit = r.body[u]!;
  const spans = r.spansByUnit[u]!;
  const byStart = [...r.namedByUnit[u]!].sort((a, b) => a.from - b.from);
  const sentences = r.sentencesByUnit[u]!;
  const tokenAt = (offset: number): number => lowerBound(unit.tokens, offset, (t) => t.start);
  const found: FoundQuote[] = [];
  let last = previous;
  for (const span of spans) {
    const open = tokenAt(span.open);
    const close = tokenAt(span.close);
    const place: SpanPlace = { open, close, whole: sentences[open] ?? ([open, close] as const) };
    const ctx = contextOf(r, u, place, byStart);
    if (quotedTitle(unit.text, span.open, span.text) || nicknameAt(unit.text, span.open)) continue;
    const attribution = attribute(ctx, open, close, wordCount(span.text) < MIN_UNATTRIBUTED_WORDS);
    const by = speakerOf(r, u, span, place, attribution, last);
    if (!by) continue;
    const { speaker, at } = by;
    const role = speaker ? (at?.role ?? r.roles.get(speaker.slug)) : undefined;
    found.push({
      quote: quoteOf(span.text, speaker, role, unit.block, kindOf(ctx, open)),
      fact: {
        attributed: attribution?.found === true,
        opensBlock: span.open <= 0,
        leftOpen: span === spans.at(-1) && leftOpen(unit.text, span),
      },
    });
    last = { block: unit.block, speaker };
  }
  return { found, previous: last };
}

/**
 * Quotations of the body, given the units already tokenised (see `enrich`).
 *
 * @example
 * quotesIn(textUnits(article), extractEntities(article)); // as `extractQuotes(article, …)`
 */
export function quotesIn(units: readonly TextUnit[], mentions: readonly Mention[]): Quote[] {
  const r = readBody(units, mentions);
  const found: FoundQuote[] = [];
  let previous: LastQuote | undefined;
  r.body.forEach((_, u) => {
    const whole = unmarkedQuote(r, u, previous);
    if (whole) {
      found.push(whole);
      previous = { block: r.body[u]!.block, speaker: whole.speaker };
      return;
    }
    if (r.spansByUnit[u]!.length === 0) return;
    const marked = markedQuotes(r, u, previous);
    found.push(...marked.found);
    previous = marked.previous;
  });
  return linkQuotes(
    found.map((f) => f.quote),
    found.map((f) => f.fact),
  );
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
