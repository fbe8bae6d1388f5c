/**
 * @module
 * Whether an import keeps the reference text's paragraphs whole: a paragraph the importer
 * leaves out entirely may be furniture by our judgement, but one it keeps in part has lost
 * words from inside a sentence, which a reader notices at once.
 */
import type { ArticleInput } from '../src/article.ts';
import { blockText } from '../src/block-text.ts';
import { htmlDocument } from '../src/import/html-dom.ts';
import { tokenize } from './shingle-metric.ts';

/** A reference paragraph kept in part, and the words of it that are missing. */
export interface BrokenParagraph {
  paragraph: string;
  missing: string[];
}

/** What became of a page's reference paragraphs. */
export interface ParagraphCheck {
  /** Reference paragraphs long enough to judge (four words or more). */
  total: number;
  /** Those the import keeps at all: two or more of their four-word runs, covering half their words, in one place. */
  kept: number;
  /** Those it keeps whole, word for word, in order. */
  whole: number;
  broken: BrokenParagraph[];
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'BR',
  'TD',
  'TH',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'FIGURE',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'DT',
  'DD',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'PRE',
  'HR',
  'IMG',
  'NAV',
  'FORM',
  'MAIN',
  'CAPTION',
]);
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The paragraphs of a reference page (Readability's `expected.html`), as a browser lays them
 * out: text between block boundaries, `<br>` included.
 *
 * @example
 * htmlParagraphs('<p>One <a>two</a></p><p>Three</p>'); // ['One two', 'Three']
 */
export function htmlParagraphs(html: string): string[] {
  const out: string[] = [];
  let current = '';
  let unlinked = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    // A paragraph that is all link (a table of contents, "more on…") is navigation, not text.
    if (text && /[\p{L}\p{N}]/u.test(unlinked)) out.push(text);
    current = '';
    unlinked = '';
  };
  const walk = (node: Node, linked: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        if (!linked) unlinked += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SILENT.has(tag)) continue;
        const block = BLOCKS.has(tag);
        if (block) flush();
        walk(child, linked || tag === 'A');
        if (block) flush();
      }
    }
  };
  walk(htmlDocument(html).body, false);
  flush();
  return out;
}

/**
 * The paragraphs of a plain-text reference body (`articleBody`: one paragraph per line).
 *
 * @example
 * textParagraphs('One.\n\nTwo.'); // ['One.', 'Two.']
 */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Everything an imported article shows a reader, in order: headline, standfirst, then each
 * block, captions, credits and attributions included.
 *
 * @example
 * importedText(parseHtml(page));
 */
export function importedText(article: ArticleInput): string {
  const parts = [article.headline, article.standfirst ?? ''];
  for (const block of article.body) {
    // A credit split out of its caption may have stood before it or after it.
    if (block.type === 'image') parts.push(`${block.caption ?? ''} ${block.credit ?? ''}`, `${block.credit ?? ''} ${block.caption ?? ''}`);
    else if (block.type === 'quote') parts.push(`${block.text} ${block.attribution ?? ''}`);
    else parts.push(blockText(block));
  }
  return parts.join('\n');
}

/**
 * Checks each reference paragraph against the imported text: kept whole (its words appear in
 * order, one after another), left out (none of its four-word runs appears), or broken (the
 * rest), with the words a reader would miss.
 *
 * @example
 * checkParagraphs(['The council voted on Sudan today.'], 'The council voted on today.').broken;
 * // [{ paragraph: 'The council voted on Sudan today.', missing: ['Sudan'] }]
 */
export function checkParagraphs(reference: readonly string[], imported: string): ParagraphCheck {
  const got: string[] = [];
  const lineStarts = new Set<number>();
  for (const line of imported.toLowerCase().split('\n')) {
    lineStarts.add(got.length);
    got.push(...tokenize(line));
  }
  const at = new Map<string, number[]>();
  for (let i = 0; i + 4 <= got.length; i++) {
    const key = got.slice(i, i + 4).join(' ');
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  }
  // Compared without the spaces between words: the hand-checked references have typos that
  // split words ("Arte mis m oon"), which are no loss of ours.
  const joined = got.join('');
  const out: ParagraphCheck = { total: 0, kept: 0, whole: 0, broken: [] };
  for (const paragraph of reference) {
    const original = tokenize(paragraph);
    const want = original.map((t) => t.toLowerCase());
    if (want.length < 4) continue;
    out.total++;
    if (joined.includes(want.join(''))) {
      out.kept++;
      out.whole++;
      continue;
    }
    const anchors: number[] = [];
    const hits: { i: number; anchors: number[] }[] = [];
    for (let i = 0; i + 4 <= want.length; i++) {
      const found = at.get(want.slice(i, i + 4).join(' '));
      if (found) {
        hits.push({ i, anchors: found.map((p) => p - i) });
        anchors.push(...found.map((p) => p - i));
      }
    }
    if (anchors.length === 0) continue;
    // Kept at all: at least two of its four-word runs near one place, covering half its words.
    // A single common phrase found elsewhere in the article ("tasks that are ready") is not it.
    const start = mostCommon(anchors);
    const near = hits.filter((h) => h.anchors.some((a) => Math.abs(a - start) <= 10));
    const covered = new Set(near.flatMap((h) => [h.i, h.i + 1, h.i + 2, h.i + 3]));
    if (near.length < 2 || covered.size * 2 < want.length) continue;
    out.kept++;
    const from = Math.max(0, start - 20);
    const window = got.slice(from, start + want.length + 20);
    const missing = deleted(original, want, window, (j) => lineStarts.has(from + j) || from + j >= got.length);
    if (missing.length > 0) out.broken.push({ paragraph, missing });
    else out.kept--; // Another text in its place (a near twin of it, or a rewording): not this one.
  }
  return out;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

// The words of `want` deleted from `window`, by a longest common subsequence: runs of words
// missing between two kept words that follow each other in `window` (nothing in their place),
// and runs at either end of a paragraph otherwise kept nearly whole as a block of its own. Words replaced by others
// ("pre-workout" for "post-workout") mean a different sentence, not a loss.
function deleted(
  original: readonly string[],
  want: readonly string[],
  window: readonly string[],
  startsLine: (j: number) => boolean,
): string[] {
  const n = want.length;
  const m = window.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = want[i] === window[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const matchedAt: (number | undefined)[] = new Array(n);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (want[i] === window[j]) matchedAt[i++] = j++;
    else if (table[i]![j + 1]! >= table[i + 1]![j]!) j++;
    else i++;
  }
  const kept = matchedAt.filter((x) => x !== undefined).length;
  const out: string[] = [];
  for (let k = 0; k < n; ) {
    if (matchedAt[k] !== undefined) {
      k++;
      continue;
    }
    let end = k;
    while (end < n && matchedAt[end] === undefined) end++;
    const before = k > 0 ? matchedAt[k - 1] : undefined;
    const after = end < n ? matchedAt[end] : undefined;
    const interior = before !== undefined && after !== undefined && after === before + 1;
    // At an edge, only when the kept part is a block of its own: a sentence kept inside a longer
    // paragraph (a pull quote repeating the body) has other words beside it, not a loss.
    const edge =
      kept >= 0.9 * n &&
      ((before === undefined && after !== undefined && startsLine(after)) ||
        (after === undefined && before !== undefined && startsLine(before + 1)));
    if (interior || edge) out.push(...original.slice(k, end));
    k = end;
  }
  return out;
}
