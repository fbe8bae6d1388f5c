/**
 * @module
 * Finds quotations in a block's text: typographic (“…”) and straight ("…") double quotation
 * marks, including a quotation left open at the end of a paragraph because it goes on in the next
 * one, as news style has it.
 */

/** A quotation in a block: the offsets of its marks and its words. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark (the end of the text when left open). */
  readonly close: number;
  readonly text: string;
}

const MARKS = /[“”"]/g;

/**
 * The quotations in `text`, in order.
 *
 * @example
 * quoteSpans('He said: “Yes.” Then "no".').map((q) => q.text); // ['Yes.', 'no']
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  for (const m of text.matchAll(MARKS)) {
    const mark = m[0];
    const at = m.index;
    if (openAt < 0) {
      // A closing curly mark with nothing open is a stray: skip it.
      if (mark !== '”') openAt = at;
      continue;
    }
    // A straight mark closes; a curly one closes only if it is a closing mark.
    if (mark === '“') {
      openAt = at;
      continue;
    }
    push(out, text, openAt, at + 1);
    openAt = -1;
  }
  if (openAt >= 0) push(out, text, openAt, text.length);
  return out;
}

function push(out: QuoteSpan[], text: string, open: number, close: number): void {
  const inner = text.slice(open + 1, close).replace(/[”"]$/, '').trim();
  if (/[\p{L}\p{N}]/u.test(inner)) out.push({ open, close, text: inner });
}
