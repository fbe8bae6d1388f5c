/**
 * @module
 * Pasted text as body blocks: an HTML fragment from a web page, Word or Google Docs goes through
 * the same cleaning as an imported page (furniture, bylines and captions as text taken out, only
 * the model's structure kept), and Markdown through the Markdown importer. Unlike `parseHtml`
 * and `parseMarkdown` no headline is looked for: a paste is part of a body.
 */
import type { Definition } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Block } from '../block.ts';
import { cleanBlocks } from './html-clean-blocks.ts';
import { cleanArticleDom } from './html-clean-dom.ts';
import { baseUrlOf, htmlDocument } from './html-dom.ts';
import { htmlToBlocks } from './html-to-blocks.ts';
import { toBlocks } from './markdown-blocks.ts';

const MARKDOWN_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/**
 * The blocks of pasted HTML. Google Docs wraps a copy in `<b style="font-weight:normal">` and
 * marks bold and italic with inline styles, and Word adds its own namespaced elements: the
 * wrapper is unwrapped and styled spans become `<strong>`/`<em>` before the importer reads it.
 *
 * @example
 * pastedHtmlBlocks('<h2>Next</h2><p>It <b>works</b>.</p>');
 * // [{ type: 'heading', level: 2, text: 'Next' }, { type: 'paragraph', content: [{ type: 'text', text: 'It ' }, { type: 'text', text: 'works', marks: ['strong'] }, { type: 'text', text: '.' }] }]
 */
export function pastedHtmlBlocks(html: string, options: { url?: string } = {}): Block[] {
  const document = htmlDocument(html);
  const root = document.body;
  if (!root) return [];
  officeMarkup(document, root);
  cleanArticleDom(root);
  const blocks = htmlToBlocks(root, { base: baseUrlOf(document, options.url) });
  return cleanBlocks(blocks, { headline: '', authors: [] });
}

/**
 * The blocks of pasted Markdown; a `#` heading becomes a level-2 heading (the headline is a
 * field of its own).
 *
 * @example
 * pastedMarkdownBlocks('# Next\n\n- one\n- two');
 * // [{ type: 'heading', level: 2, text: 'Next' }, { type: 'list', ordered: false, items: [[…'one'], […'two']] }]
 */
export function pastedMarkdownBlocks(markdown: string): Block[] {
  const tree = fromMarkdown(markdown, MARKDOWN_OPTIONS);
  const defs = new Map<string, Definition>();
  for (const node of tree.children) if (node.type === 'definition') defs.set(node.identifier.toLowerCase(), node);
  return toBlocks(tree.children, defs, '').blocks;
}

function officeMarkup(document: Document, root: Element): void {
  for (const wrapper of [...root.querySelectorAll('b[id^="docs-internal-guid"]')]) unwrap(wrapper);
  for (const span of [...root.querySelectorAll('span[style]')]) {
    const style = (span.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
    const bold = /font-weight:(?:bold|[6-9]00)/.test(style);
    const italic = style.includes('font-style:italic');
    if (!bold && !italic) continue;
    let inner: Element = span;
    for (const tag of [bold && 'strong', italic && 'em'].filter((t): t is string => Boolean(t))) {
      const el = document.createElement(tag);
      while (inner.firstChild) el.appendChild(inner.firstChild);
      inner.appendChild(el);
      inner = el;
    }
  }
  // Word's <o:p> and similar namespaced elements carry nothing a reader sees.
  for (const el of [...root.querySelectorAll('*')]) if (el.tagName.includes(':') && el.textContent?.trim() === '') el.remove();
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}
