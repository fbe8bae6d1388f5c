/**
 * @module
 * Sentence bounds in a block, with quotations treated as opaque so the full stops inside them do
 * not cut the sentence that attributes them.
 */
import type { QuoteSpan } from './quote-spans.ts';
import type { Token } from './tokenize.ts';

// A sentence ends at . ! or ? (maybe closing a quotation) before a capital, a digit or a quotation.
const BOUNDARY = /[.!?][”"]?\s+(?=[“"\p{Lu}\p{N}])/gu;
// Stops that end an abbreviation, not a sentence: "Mr.", "U.S.", a middle initial ("Silvia S. Martins").
const NO_END =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Rev|Gen|Sen|Gov|Rep|Reps|Sens|Lt|Col|Capt|Cmdr|Maj|Sgt|Cpl|Det|Insp|Supt|Atty|Adm|Gens|Fr|Msgr|Hon|No|vs|Jr|Sr|Inc|Co|Corp|Ltd)\.|(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}+ \p{Lu}\.)$/u;
const CLOSING = /[”"]/;
const SPACE = /\s/;

/** The text with every quotation's words masked, keeping a final stop so a quotation can end a sentence. */
function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  // Put together from pieces in one pass (quotations come in order and apart): rebuilding the
  // whole text for each quotation took time quadratic in a paragraph of thousands of them.
  const parts: string[] = [];
  let done = 0;
  for (const q of quotes) {
    const closed = q.close - 1 > q.open && CLOSING.test(text[q.close - 1] ?? '');
    const innerLength = q.close - q.open - (closed ? 2 : 1);
    if (innerLength <= 0) continue;
    if (q.open + 1 < done) return maskOverlapping(text, quotes);
    parts.push(text.slice(done, q.open + 1), maskFill(text, q.open + 1, innerLength));
    done = q.open + 1 + innerLength;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/** `maskQuotes` for quotations out of order or overlapping: each written over the text in turn. */
function maskOverlapping(text: string, quotes: readonly QuoteSpan[]): string {
  const masked = text.split('');
  for (const q of quotes) {
    const closed = q.close - 1 > q.open && CLOSING.test(text[q.close - 1] ?? '');
    const innerLength = q.close - q.open - (closed ? 2 : 1);
    if (innerLength <= 0) continue;
    const fill = maskFill(text, q.open + 1, innerLength);
    for (let j = 0; j < innerLength; j++) masked[q.open + 1 + j] = fill[j]!;
  }
  return masked.join('');
}

/**
 * The mask of a quotation's `length` words from `from`. A question or exclamation is followed
 * by its attribution ("“Can I go?” Brooke asked"); a quotation closed by a full stop ends its sentence.
 */
function maskFill(text: string, from: number, length: number): string {
  let last = Math.min(from + length, text.length) - 1;
  while (last >= from && SPACE.test(text[last]!)) last--;
  return 'x'.repeat(length - 1) + (last >= from && text[last] === '.' ? '.' : 'x');
}

/**
 * For each token, the [from, to) token range of its sentence.
 *
 * @example
 * // 'He left. “Go,” she said.' → the quotation and "she said" share the second sentence.
 */
export function sentenceRanges(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[]): Array<readonly [number, number]> {
  const masked = quotes.length > 0 ? maskQuotes(text, quotes) : text;
  const starts: number[] = [];
  for (const m of masked.matchAll(BOUNDARY)) {
    if (NO_END.test(masked.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    starts.push(m.index + m[0].length);
  }
  const ranges: Array<readonly [number, number]> = new Array(tokens.length);
  const close = (from: number, to: number): void => {
    const range = [from, to] as const;
    for (let j = from; j < to; j++) ranges[j] = range;
  };
  let from = 0;
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (s < starts.length && tokens[k]!.start >= starts[s]!) {
      if (k > from) close(from, k);
      from = k;
      s++;
    }
  }
  close(from, tokens.length);
  return ranges;
}
