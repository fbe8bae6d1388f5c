/**
 * @module
 * Speakers that one quotation lends another across paragraphs, read once every quotation of the
 * page has its own attribution:
 * - a quotation left open at a paragraph's end goes on in the next paragraph (news style leaves the
 *   marks open), so it is by whoever the next paragraph's opening quotation is attributed to;
 * - pages repeat a story's quotations as furniture (a pull quote, a caption, a teaser) without
 *   attribution: a repeat is by whoever the quotation it repeats is attributed to.
 */
import type { Quote } from './quote.ts';

/** What the text around a quotation showed. */
export interface QuoteFacts {
  /** The quotation's own sentence named who said it. */
  readonly attributed: boolean;
  /** It opens its paragraph. */
  readonly opensBlock: boolean;
  /** Its paragraph ends with the quotation still open. */
  readonly leftOpen: boolean;
}

// Fewer words than this could be repeated by chance ("we will not give up").
const MIN_REPEATED_WORDS = 6;

const normalised = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function withSpeakerOf(q: Quote, source: Quote): Quote {
  if (source.speaker?.slug === q.speaker?.slug) return q;
  const { role: _role, ...rest } = q;
  return { ...rest, speaker: source.speaker, ...(source.role ? { role: source.role } : {}) };
}

/**
 * `quotes` with the speakers other quotations lend them; `facts[i]` describes quotation i.
 *
 * @example
 * // ['“We will stay. It is our town.' (left open), '“Nobody will close it,” Cole said.']
 * // → the first paragraph's quotation is Cole's too
 */
export function linkQuotes(quotes: readonly Quote[], facts: readonly QuoteFacts[]): Quote[] {
  const out = [...quotes];
  // From the end, so a quotation running over several open paragraphs reaches back to the first.
  for (let i = out.length - 2; i >= 0; i--) {
    const next = out[i + 1]!;
    const lends = (facts[i + 1]!.attributed || facts[i + 1]!.leftOpen) && facts[i + 1]!.opensBlock;
    if (!facts[i]!.attributed && facts[i]!.leftOpen && lends && next.block === out[i]!.block + 1) out[i] = withSpeakerOf(out[i]!, next);
  }
  const sources = out.flatMap((q, i) => (facts[i]!.attributed && q.speaker ? [{ words: normalised(q.text), quote: q }] : []));
  if (sources.length === 0) return out;
  return out.map((q, i) => {
    if (facts[i]!.attributed) return q;
    const words = normalised(q.text);
    if (words.split(' ').length < MIN_REPEATED_WORDS) return q;
    const source = sources.find((s) => s.quote.block !== q.block && (s.words.includes(words) || words.includes(s.words)));
    return source ? withSpeakerOf(q, source.quote) : q;
  });
}
