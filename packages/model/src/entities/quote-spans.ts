/**
 * @module
 * Finds quotations in a block's text: typographic (“…”) and straight ("…") double quotation
 * marks. A mark opens when it follows a space (or starts the text) and touches the next word;
 * otherwise it closes. A quotation still open when the next one opens ends there: news style
 * leaves the marks open when a quotation goes on into a new paragraph, and many texts have run
 * such paragraphs together. Straight marks inside a typographic quotation that closes later are
 * words quoted within it, not quotations of their own.
 */

/** A quotation in a block: the offsets of its marks and its words. */
export interface QuoteSpan {
  /** Offset of the opening mark; -1 when the quotation began in an earlier paragraph. */
  readonly open: number;
  /** Offset just after the closing mark, or of the end of the words when the quotation was left open. */
  readonly close: number;
  readonly text: string;
}

const MARKS = /[“”"]/g;
const BEFORE_OPENING = /[\s([{—–-]/u;

function opens(text: string, at: number): boolean {
  const mark = text[at];
  if (mark === '“') return true;
  if (mark === '”') return false;
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = text[at + 1] ?? ' ';
  return BEFORE_OPENING.test(before) && !/\s/.test(after);
}

/**
 * The quotations in `text`, in order.
 *
 * @example
 * quoteSpans('He said: “Yes.” Then "no".').map((q) => q.text); // ['Yes.', 'no']
 * quoteSpans('"One. "Two."').map((q) => q.text); // ['One.', 'Two.']
 * quoteSpans('“He said "no" twice.”').map((q) => q.text); // ['He said "no" twice.']
 * quoteSpans('It was sad,” she said.', true).map((q) => q.text); // ['It was sad,']
 */
export function quoteSpans(text: string, continued = false): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  // A paragraph that goes on with a quotation the one before left open, and closes it without
  // opening it again: its words up to the first mark, if that mark closes, are the quotation's.
  const first = text.search(MARKS);
  if (continued && first > 0 && !opens(text, first)) {
    const end = first + 1;
    if (/[\p{L}\p{N}]/u.test(text.slice(0, first))) out.push({ open: -1, close: end, text: text.slice(0, first).trim() });
    openAt = -2;
  }
  for (const m of text.matchAll(MARKS)) {
    const at = m.index;
    if (openAt === -2) {
      openAt = -1;
      continue;
    }
    // Straight marks inside a typographic quotation that closes later quote someone within it.
    if (m[0] === '"' && openAt >= 0 && text[openAt] === '“' && closesLater(text, at)) continue;
    if (opens(text, at)) {
      if (openAt >= 0) push(out, text, openAt, at, false);
      openAt = at;
    } else if (openAt >= 0) {
      push(out, text, openAt, at + 1, true);
      openAt = -1;
    }
  }
  if (openAt >= 0) push(out, text, openAt, text.length, false);
  return out;
}

/** Whether a typographic closing mark comes after `at` before the next opening one. */
function closesLater(text: string, at: number): boolean {
  const close = text.indexOf('”', at);
  if (close < 0) return false;
  const reopen = text.indexOf('“', at);
  return reopen < 0 || reopen > close;
}

function push(out: QuoteSpan[], text: string, open: number, close: number, closed: boolean): void {
  const raw = text.slice(open + 1, closed ? close - 1 : close);
  const inner = raw.trim();
  const end = closed ? close : open + 1 + raw.trimEnd().length;
  if (/[\p{L}\p{N}]/u.test(inner)) out.push({ open, close: end, text: inner });
}

/**
 * Whether text offset `at` is inside one of `spans` (sorted, not overlapping).
 *
 * @example
 * insideSpan(quoteSpans('He said “yes” twice.'), 10); // true
 */
export function insideSpan(spans: readonly QuoteSpan[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.close <= at) lo = mid + 1;
    else hi = mid;
  }
  const q = spans[lo];
  return q !== undefined && at > q.open && at < q.close;
}
