/**
 * @module
 * Article HTML to body blocks. Only structure the model knows survives: paragraphs with
 * emphasis and links, headings 2–4, quotes, lists and images. Everything else is unwrapped to
 * its text or dropped, so no markup reaches the article.
 */
import type { Block, ImageBlock } from '../block.ts';
import { blockText } from '../block-text.ts';
import type { Mark } from '../inline.ts';
import { linkHref, mathText, squash, textOf } from './html-dom.ts';
import { captionParts, imageBlock, isCaptionElement, isFigureLike } from './html-image.ts';
import { type Run, runsToInline } from './html-inline.ts';

const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'SVG',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'LABEL',
  'NAV',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'SOURCE',
  'MAP',
  'DIALOG',
]);
const MARKS: Record<string, Mark> = {
  EM: 'em',
  I: 'em',
  CITE: 'em',
  STRONG: 'strong',
  B: 'strong',
  CODE: 'code',
  KBD: 'code',
  SAMP: 'code',
  TT: 'code',
};
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'CENTER',
  'DETAILS',
  'SUMMARY',
  'ADDRESS',
  'HGROUP',
  'DL',
  'DT',
  'DD',
  'FIELDSET',
  'BODY',
  'HTML',
  'LI',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
]);
const BLOCK_INSIDE = 'p,div,section,article,h1,h2,h3,h4,h5,h6,ul,ol,blockquote,figure,table,img,pre';

/** How to read the HTML. */
export interface ToBlocksOptions {
  /** Absolute address that relative links and images resolve against. */
  base?: string | undefined;
}

interface State {
  blocks: Block[];
  runs: Run[];
  base: string | undefined;
}

interface Context {
  marks: readonly Mark[];
  href?: string | undefined;
}

/**
 * The body blocks of an article element.
 *
 * @example
 * htmlToBlocks(htmlDocument('<h3>Why</h3><p>Because <em>we</em> can.</p>').body);
 * // [{ type: 'heading', level: 3, text: 'Why' },
 * //  { type: 'paragraph', content: [{ type: 'text', text: 'Because ' }, { type: 'text', text: 'we', marks: ['em'] }, { type: 'text', text: ' can.' }] }]
 */
export function htmlToBlocks(root: Element, options: ToBlocksOptions = {}): Block[] {
  const state: State = { blocks: [], runs: [], base: options.base };
  walk(root, state, { marks: [] });
  flush(state);
  return state.blocks;
}

function walk(node: Node, state: State, ctx: Context): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) state.runs.push({ text: child.nodeValue ?? '', marks: ctx.marks, href: ctx.href });
    else if (child.nodeType === 1) element(child as Element, state, ctx);
  }
}

function element(el: Element, state: State, ctx: Context): void {
  const tag = el.tagName.toUpperCase();
  if (DROP.has(tag) || el.hasAttribute('hidden')) return;
  const mark = MARKS[tag];
  if (mark) return walk(el, state, ctx.marks.includes(mark) ? ctx : { ...ctx, marks: [...ctx.marks, mark] });
  switch (tag) {
    case 'BR':
      return void state.runs.push({ text: '\n', marks: ctx.marks, href: ctx.href });
    case 'A': {
      const href = linkHref(el.getAttribute('href'), state.base);
      return href && isShareIntent(href) ? shareQuote(el, state, ctx) : walk(el, state, { ...ctx, href: href ?? fragment(el) });
    }
    case 'P':
      return isCaptionElement(el) ? caption(el, state) : boxed(el, state, ctx);
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      return heading(el, state, Number(tag[1]));
    case 'BLOCKQUOTE':
      return quote(el, state);
    case 'UL':
    case 'OL':
      return list(el, state, ctx, tag === 'OL');
    case 'IMG':
    case 'PICTURE':
      return emit(state, imageBlock(el, state.base));
    case 'FIGURE':
      return figure(el, state, ctx);
    case 'FIGCAPTION':
      return caption(el, state);
    case 'TABLE':
      return table(el, state, ctx);
    case 'PRE':
      return emit(state, textBlock(preText(el), ['code']));
    case 'HR':
      return flush(state);
    case 'MATH':
      return math(el, state, ctx);
  }
  if (isCaptionElement(el) && textOf(el).length < 500 && !el.querySelector('p,li,h2,h3')) return caption(el, state);
  if (isFigureLike(el)) return figure(el, state, ctx, true);
  if (CONTAINERS.has(tag)) return boxed(el, state, ctx);
  // Unknown or inline element (span, font, time, small…): keep its text, lose the tag.
  walk(el, state, ctx);
}

// A link that opens a social network's share form with text filled in ("click to tweet").
const SHARE_INTENT =
  /^https?:\/\/(?:www\.|mobile\.)?(?:(?:twitter|x)\.com\/(?:intent\/tweet|share)|facebook\.com\/sharer|linkedin\.com\/share|reddit\.com\/submit)/i;
const SHARE_BUTTON = /^(?:(?:click|tap) to (?:tweet|share)|tweet(?: this)?|share(?: this)?)$/i;

function isShareIntent(href: string): boolean {
  return SHARE_INTENT.test(href);
}

// "Click to tweet" boxes set a sentence of the article as a link to a share form: the sentence is
// the article's (often its only copy), the link and its button are not.
function shareQuote(el: Element, state: State, ctx: Context): void {
  const copy = el.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll('*')) if (SHARE_BUTTON.test(textOf(part))) part.remove();
  walk(copy, state, ctx);
}

function fragment(el: Element): string | undefined {
  const href = el.getAttribute('href')?.trim();
  return href && /^#[\w-]+$/.test(href) ? href : undefined;
}

function boxed(el: Element, state: State, ctx: Context): void {
  flush(state);
  walk(el, state, ctx);
  flush(state);
}

function flush(state: State): void {
  if (state.runs.length === 0) return;
  const content = runsToInline(state.runs);
  state.runs = [];
  if (content.length > 0) state.blocks.push({ type: 'paragraph', content });
}

function emit(state: State, block: Block | undefined): void {
  flush(state);
  if (block) state.blocks.push(block);
}

function textBlock(text: string, marks: Mark[]): Block | undefined {
  const trimmed = text.replace(/^\n+|\s+$/g, '');
  return trimmed ? { type: 'paragraph', content: [{ type: 'text', text: trimmed, marks }] } : undefined;
}

function heading(el: Element, state: State, level: number): void {
  const text = textOf(el).slice(0, 300);
  emit(state, text ? { type: 'heading', level: level <= 2 ? 2 : level >= 4 ? 4 : 3, text } : undefined);
}

function quote(el: Element, state: State): void {
  const copy = el.cloneNode(true) as Element;
  let attribution: string | undefined;
  for (const by of copy.querySelectorAll('footer, cite')) {
    if (by.parentElement !== copy && by.parentElement?.tagName !== 'P') continue;
    attribution ??= squash((by.textContent ?? '').replace(/^[\s—–-]+/, '')) || undefined;
    by.remove();
  }
  const inner = htmlToBlocks(copy, { base: state.base }).filter((b) => b.type !== 'image');
  // "— Name" as the last line of the quote is its attribution.
  const last = inner.at(-1);
  const signed = inner.length > 1 && last ? /^[—–-]\s*(\S.{0,120})$/.exec(blockText(last)) : null;
  if (signed?.[1] && !attribution) {
    attribution = signed[1].trim();
    inner.pop();
  }
  const text = inner.map(blockText).filter(Boolean).join('\n\n').slice(0, 5000);
  if (!text) return flush(state);
  emit(state, attribution ? { type: 'quote', text, attribution: attribution.slice(0, 300) } : { type: 'quote', text });
}

function list(el: Element, state: State, ctx: Context, ordered: boolean): void {
  // Old pages indent text with a list that has no items (<ul>text</ul>): it is text, not a list.
  if (![...el.children].some((child) => child.tagName === 'LI')) return boxed(el, state, ctx);
  // List items hold only text in the model, so a picture in an item (a section front's teasers,
  // a gallery written as a list) is taken out with its caption and credit: in place, splitting a
  // bulleted list around it, or after a numbered list, whose numbers would restart if split.
  const out: Block[] = [];
  const after: ImageBlock[] = [];
  let items: Block[] = [];
  const close = () => {
    const contents = items.flatMap((b) =>
      b.type === 'paragraph' ? [b.content] : b.type === 'list' ? b.items : [[{ type: 'text' as const, text: blockText(b) }]],
    );
    if (contents.length > 0) out.push({ type: 'list', ordered, items: contents });
    items = [];
  };
  const add = (root: Element) => {
    for (const block of htmlToBlocks(root, { base: state.base })) {
      if (block.type !== 'image') items.push(block);
      else if (!isListPicture(block, root)) continue;
      else if (ordered) after.push(block);
      else {
        close();
        out.push(block);
      }
    }
  };
  // Text written between the items, outside any of them, is read as an item of its own.
  let stray: Node[] = [];
  const addStray = () => {
    if (stray.length === 0) return;
    const box = el.ownerDocument.createElement('div');
    for (const node of stray) box.append(node.cloneNode(true));
    stray = [];
    add(box);
  };
  for (let child = el.firstChild; child; child = child.nextSibling) {
    const tag = child.nodeType === 1 ? (child as Element).tagName.toUpperCase() : '';
    // A list written straight inside another (not inside an item) is still part of it; nested
    // lists and paragraphs inside an item read as text of that item, one item per line.
    if (tag === 'LI' || tag === 'UL' || tag === 'OL') {
      addStray();
      add(child as Element);
    } else if (child.nodeType === 1 || child.nodeType === 3) stray.push(child);
  }
  addStray();
  close();
  flush(state);
  state.blocks.push(...out, ...after);
}

// A picture in a list item is content when it is presented as one: a figure, or with a caption
// or credit. A bare image beside an item's words is a bullet, flag or icon.
function isListPicture(image: ImageBlock, item: Element): boolean {
  return Boolean(image.caption || image.credit || item.querySelector('figure') || [...item.querySelectorAll('*')].some(isFigureLike));
}

function figure(el: Element, state: State, ctx: Context, named = false): void {
  const image = imageBlock(el, state.base);
  if (!image && named) return flush(state);
  if (!image) {
    // A figure without a picture (an embed, a pull quote): keep its text, never its caption.
    const copy = el.cloneNode(true) as Element;
    for (const cap of copy.querySelectorAll('figcaption')) cap.remove();
    return boxed(copy, state, ctx);
  }
  const cap = named ? el : el.querySelector('figcaption');
  emit(state, { ...image, ...(cap ? captionParts(cap) : {}) });
}

function caption(el: Element, state: State): void {
  flush(state);
  const last = state.blocks.at(-1);
  const inner = imageBlock(el, state.base);
  const parts = captionParts(el);
  if (inner) return emit(state, { ...inner, ...parts });
  // A caption right after its picture joins it; one whose picture is gone is dropped.
  if (last?.type === 'image' && !last.caption) state.blocks[state.blocks.length - 1] = { ...last, ...parts } satisfies ImageBlock;
}

function table(el: Element, state: State, ctx: Context): void {
  // Layout tables hold the article itself; only tables of plain cells are data.
  if (el.querySelector(BLOCK_INSIDE)) return boxed(el, state, ctx);
  // Its caption says what the figures are ("Rainfall by month, in mm"): the table's own title.
  const title = [...el.children].find((child) => child.tagName.toUpperCase() === 'CAPTION');
  if (title) boxed(title, state, ctx);
  const rows = [...el.querySelectorAll('tr')]
    .map((tr) =>
      [...tr.children]
        .map((cell) => textOf(cell))
        .filter(Boolean)
        .join(' | '),
    )
    .filter(Boolean);
  emit(state, rows.length > 0 ? { type: 'list', ordered: false, items: rows.map((text) => [{ type: 'text', text }]) } : undefined);
}

// A formula in a sentence stays in it; one displayed on its own is a paragraph of its own.
function math(el: Element, state: State, ctx: Context): void {
  const text = mathText(el);
  if (!text) return;
  if (el.getAttribute('display') !== 'block') return void state.runs.push({ text: ` ${text} `, marks: ctx.marks, href: ctx.href });
  flush(state);
  state.runs.push({ text, marks: ctx.marks, href: ctx.href });
  flush(state);
}

// Code as laid out: `<br>` is a line break, as in the browser.
function preText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const br of copy.querySelectorAll('br')) br.replaceWith('\n');
  return copy.textContent ?? '';
}
