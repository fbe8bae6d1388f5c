/**
 * @module
 * Quotations without marks of their own: a block quotation the page sets apart, whose whole text is
 * the quotation, and a paragraph of an interview set down as a transcript ("Anna Cole: …").
 */
import type { TextUnit } from './extract-entities.ts';
import { endsReporting } from './earlier-speakers.ts';
import type { FoundQuote, LastQuote } from './found-quote.ts';
import { quoteOf } from './found-quote.ts';
import type { NamedAt } from './named-in-text.ts';
import { type BodyReading, joined, type Named, prior, wordCount } from './quote-reading.ts';
import { insideSpan } from './quote-spans.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { signatureOf } from './signed-quotes.ts';
import { isCiteVerb } from './speech.ts';

// Fewer words than this after "Name:" are a label or a caption, not an answer.
const MIN_TRANSCRIPT_WORDS = 6;

/**
 * A block quotation that holds quotations of its own ("…the “Netflix of games,” it turns out…")
 * but does not open with one nor attribute any: the marks are the quoted writer's, and the whole
 * block is the quotation.
 */
const quotesWithin = (unit: TextUnit, spans: readonly QuoteSpan[]): boolean =>
  !/^\s*[“"‘']/.test(unit.text) && !unit.tokens.some((t) => isCiteVerb(t.text) && !insideSpan(spans, t.start));

/**
 * "Anna Cole: They will come back when the dredging is done.": a paragraph of an interview set down
 * as a transcript, a person's name and a colon before their words (no quotation marks), the words
 * a sentence or more.
 */
function transcriptLine(unit: TextUnit, named: readonly NamedAt[]): { speaker: Named; text: string } | undefined {
  const first = named.find((n) => n.from === 0);
  if (first?.entity.type !== 'person' || unit.tokens[first.to]?.text !== ':') return undefined;
  const text = unit.text.slice(unit.tokens[first.to]!.start + 1).trim();
  return wordCount(text) >= MIN_TRANSCRIPT_WORDS && /[.!?…]$/.test(text) ? { speaker: first.entity, text } : undefined;
}

/** The signature line ("[Kelby Courier]") closing the run of block quotations that unit `u` is in. */
function signedBelow(r: BodyReading, u: number): Named | null {
  const { body } = r;
  let w = u + 1;
  while (body[w]?.setApart && body[w]!.block === body[w - 1]!.block + 1) w++;
  const line = body[w];
  return line && !line.setApart && line.block === body[w - 1]!.block + 1 ? signatureOf(line.tokens, r.namedByUnit[w]!) : null;
}

/**
 * Who a block quotation is by: the page's own attribution, else whoever the sentence before it
 * says spoke ("Google confirmed this in a statement:"), else the person the text is about.
 */
function setApartSpeaker(r: BodyReading, attribution: string | undefined, u: number, previous: LastQuote | undefined): Named | null {
  const { body } = r;
  if (attribution) {
    const named = r.mentions.find((m) => attribution.includes(m.entity.name) && m.entity.type !== 'place');
    return named?.entity ?? null;
  }
  const signed = signedBelow(r, u);
  if (signed) return signed;
  const spoke = prior(r, u) >= 0 && !body[prior(r, u)]!.setApart ? endsReporting(r, u, (n) => n.entity.type !== 'place') : null;
  if (spoke) return spoke;
  if (previous && joined(r, previous.block, body[u]!.block)) return previous.speaker;
  // A heading opens a new part of the page: a passage under it is no longer the text's subject's.
  for (let v = u - 1; v >= 0 && !r.headings.some((h) => h > body[v]!.block && h < body[u]!.block); v--) {
    const person = r.subjectsByUnit[v]!.flat().at(-1);
    if (person) return person.entity;
  }
  return null;
}

/**
 * The quotation unit `u` is as a whole, when it has no marks that make quotations of their own: a
 * block quotation set apart, or a transcript's line; undefined otherwise. `previous` is the
 * quotation found last.
 *
 * @example
 * unmarkedQuote(readBody(units, mentions), 3, undefined);
 * // "Anna Cole: They will come back when the dredging is done." → a direct quotation by Anna Cole
 */
export function unmarkedQuote(
  r: BodyReading,
  u: number,
  previous: LastQuote | undefined,
): (FoundQuote & { speaker: Named | null }) | undefined {
  const unit = r.body[u]!;
  const spans = r.spansByUnit[u]!;
  if (unit.setApart && (spans.length === 0 || quotesWithin(unit, spans))) {
    const speaker = setApartSpeaker(r, unit.setApart.attribution, u, previous);
    const role = speaker ? r.roles.get(speaker.slug) : undefined;
    return {
      quote: quoteOf(unit.text.trim(), speaker, role, unit.block, 'direct'),
      fact: { attributed: unit.setApart.attribution !== undefined, opensBlock: true, leftOpen: false },
      speaker,
    };
  }
  const line = spans.length === 0 && !unit.setApart && !unit.figure ? transcriptLine(unit, r.namedByUnit[u]!) : undefined;
  if (!line) return undefined;
  return {
    quote: quoteOf(line.text, line.speaker, r.roles.get(line.speaker.slug), unit.block, 'direct'),
    fact: { attributed: true, opensBlock: true, leftOpen: false },
    speaker: line.speaker,
  };
}
