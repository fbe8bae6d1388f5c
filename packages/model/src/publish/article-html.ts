/**
 * @module
 * An article body as HTML, as the reader site shows it and the desk previews it. The only place that maps block types to markup: adding a block type
 * to the model means adding a case to `blockHtml`. Built as one string rather than a component
 * per block, paragraph and run of text: a long article has hundreds of runs, and rendering each
 * as an Astro component cost more than the rest of the page. Every piece of text is escaped
 * (see `html-text.ts`) and every link and image address checked (see `safe-link.ts`), so the result is
 * safe for `set:html`.
 */
import type { Block } from '../block.ts';
import type { Inline, Mark, TextRun } from '../inline.ts';
import { figureHtml } from './figure-html.ts';
import { attribute, escapeText } from './html-text.ts';
import { safeLink } from './safe-link.ts';

/**
 * The id of the body block at `index` on the article page, so a quotation can link to its paragraph.
 *
 * @example
 * blockId(3); // 'p-3'
 */
export function blockId(index: number): string {
  return `p-${index}`;
}

/** How marks nest, outermost first. Only these become elements: mark names are used as tag names. */
const MARK_ORDER: readonly Mark[] = ['strong', 'em', 'code'];

/**
 * The HTML of a whole body, each block with the id of its place (`p-<index>`) that quotations
 * link to.
 *
 * @example
 * bodyHtml([{ type: 'heading', level: 2, text: 'Next' }]); // '<h2 id="p-0">Next</h2>'
 */
export function bodyHtml(blocks: readonly Block[]): string {
  let html = '';
  for (let index = 0; index < blocks.length; index++) html += blockHtml(blocks[index]!, index);
  return html;
}

/**
 * The HTML of one block; with `index`, the element gets the id `p-<index>`. A block type this
 * renderer does not know (from a newer API) is skipped: an empty string, the article still shown.
 *
 * @example
 * blockHtml({ type: 'quote', text: 'At last.', attribution: 'Morag Bell' }, 4);
 * // '<figure class="quote" id="p-4"><blockquote><p>At last.</p></blockquote><figcaption>— <cite>Morag Bell</cite></figcaption></figure>'
 */
export function blockHtml(block: Block, index?: number): string {
  const id = attribute('id', index === undefined ? undefined : blockId(index));
  switch (block.type) {
    case 'paragraph':
      return `<p${id}>${inlineHtml(block.content)}</p>`;
    case 'heading': {
      // The level comes from the API: only 2 to 4 become a tag name, anything else an h2.
      const tag = block.level === 3 || block.level === 4 ? `h${block.level}` : 'h2';
      return `<${tag}${id}>${escapeText(block.text)}</${tag}>`;
    }
    case 'quote': {
      let html = `<figure class="quote"${id}><blockquote>`;
      for (const paragraph of paragraphs(block.text)) html += `<p>${escapeText(paragraph)}</p>`;
      html += '</blockquote>';
      if (block.attribution) html += `<figcaption>— <cite>${escapeText(block.attribution)}</cite></figcaption>`;
      return `${html}</figure>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      let html = `<${tag}${id}>`;
      for (const item of block.items) html += `<li>${inlineHtml(item)}</li>`;
      return `${html}</${tag}>`;
    }
    case 'image':
      return figureHtml(block, { id: index === undefined ? undefined : blockId(index) });
    default:
      return '';
  }
}

/**
 * Inline content of a paragraph or list item: text runs and links. A link whose target is not
 * safe is shown as its text alone.
 *
 * @example
 * inlineHtml([{ type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'a report' }] }]);
 * // '<a href="https://example.org" rel="noopener">a report</a>'
 */
export function inlineHtml(content: readonly Inline[]): string {
  let html = '';
  for (const node of content) {
    if (node.type === 'text') {
      html += textRunHtml(node);
      continue;
    }
    let children = '';
    for (const run of node.children) children += textRunHtml(run);
    const link = safeLink(node.href);
    html += link
      ? `<a${attribute('href', link.href)}${attribute('title', node.title)}${link.external ? ' rel="noopener"' : ''}>${children}</a>`
      : children;
  }
  return html;
}

/** A run of text inside its marks, each one element around the next (strong > em > code). */
function textRunHtml(run: Pick<TextRun, 'text' | 'marks'>): string {
  const text = escapeText(run.text);
  const marks = run.marks;
  if (!marks || marks.length === 0) return text;
  let open = '';
  let close = '';
  for (const mark of MARK_ORDER) {
    if (!marks.includes(mark)) continue;
    open += `<${mark}>`;
    close = `</${mark}>${close}`;
  }
  return open + text + close;
}

/** Blank lines in a quote separate its paragraphs. */
function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
}
