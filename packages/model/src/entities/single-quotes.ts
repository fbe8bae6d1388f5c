/**
 * @module
 * Quotations in single marks (‘…’), the house style of many British papers and of copy that keeps
 * double marks for quotations within quotations. The closing mark is also the apostrophe
 * ("players’ union", "Cole’s"), so a mark closes only where an apostrophe could not stand: after
 * a punctuation mark, before one, or before a capital or the end of the text; a mark after a word
 * and before a lower-case word ("called it ‘a disgrace’ and left") closes only when no surer
 * closing mark follows.
 */
import type { QuoteSpan } from './quote-spans.ts';

const BEFORE_OPENING = /[\s([{—–-]/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Whether the ’ at `at` surely closes a quotation (no apostrophe stands there). */
function surelyCloses(text: string, at: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? '';
  if (LETTER.test(after)) return false;
  if (/[,.!?;:—–…-]/u.test(before)) return true;
  if (after === '' || /[,.;:!?)\]—–]/u.test(after)) return true;
  const next = text.slice(at + 1).match(/^\s+(\S)/u)?.[1] ?? '';
  return next !== '' && !/\p{Ll}/u.test(next);
}

/** Whether the ’ at `at` may close a quotation: not inside a word ("Cole’s"). */
const mayClose = (text: string, at: number): boolean => !LETTER.test(text[at + 1] ?? '');

/**
 * The quotations of `text` written in single marks, in order; `continued`: the paragraph before
 * left a quotation open.
 *
 * @example
 * singleQuoteSpans('‘We will stay,’ Cole said of the players’ union.').map((q) => q.text); // ['We will stay,']
 * singleQuoteSpans('She called it ‘a disgrace’ and left.').map((q) => q.text); // ['a disgrace']
 */
export function singleQuoteSpans(text: string, continued = false): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  const marks = [...text.matchAll(/[‘’]/g)].map((m) => m.index);
  const push = (open: number, close: number, closed: boolean): void => {
    const raw = text.slice(open + 1, closed ? close - 1 : close);
    const inner = raw.trim();
    if (LETTER.test(inner)) out.push({ open, close: closed ? close : open + 1 + raw.trimEnd().length, text: inner });
  };
  marks.forEach((at, i) => {
    const mark = text[at];
    if (mark === '‘') {
      if (!BEFORE_OPENING.test(at === 0 ? ' ' : text[at - 1]!) || /\s/.test(text[at + 1] ?? ' ')) return;
      if (openAt >= 0) push(openAt, at, false);
      openAt = at;
      return;
    }
    const later = (): boolean => marks.slice(i + 1).some((m) => text[m] === '’' && surelyCloses(text, m));
    const closes = surelyCloses(text, at) || (mayClose(text, at) && !later());
    if (openAt >= 0 && closes) {
      push(openAt, at + 1, true);
      openAt = -1;
    } else if (openAt < 0 && continued && out.length === 0 && closes && !marks.slice(0, i).some((m) => text[m] === '‘')) {
      // The paragraph goes on with a quotation the one before left open.
      if (LETTER.test(text.slice(0, at))) out.push({ open: -1, close: at + 1, text: text.slice(0, at).trim() });
    }
  });
  if (openAt >= 0) push(openAt, text.length, false);
  return out;
}
