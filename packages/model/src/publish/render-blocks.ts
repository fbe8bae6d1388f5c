/**
 * @module
 * An article body as HTML and as plain text, for feeds and any other place outside the site's
 * own components. The model holds no markup, so every character of text is escaped here, and
 * link and image targets are checked again (a renderer that trusts its input is one bad import
 * away from a `javascript:` link).
 */
import type { Block, Image } from '../block.ts';
import type { Inline, Mark } from '../inline.ts';
import { inlineText } from '../inline-text.ts';
import { escapeHtml, xmlSafe } from './xml.ts';

/** How relative targets are written. */
export interface RenderHtmlOptions {
  /**
   * The absolute URL that site paths and `#fragments` are resolved against (the article's page):
   * feed readers show content away from the site, where a relative link leads nowhere. Without
   * it, safe relative targets are kept as they are.
   */
  baseUrl?: string | undefined;
}

// Browsers drop tabs and newlines inside URLs and read `\` as `/`, which would let `/\evil.example`
// or `java\nscript:` pass a check that saw something else.
const SUSPECT = /[\u0000-\u0020\u007f\\]/;
const LINK_FORM = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;
const IMAGE_FORM = /^(?:https?:\/\/|\/(?!\/))/i;

/**
 * `href` if it is a target a reader may follow (http(s), mailto, a site path or a fragment; for
 * images only http(s) and site paths), resolved against `baseUrl` when given; otherwise null.
 *
 * @example
 * safeUrl('/articles/x', 'link', 'https://news.example.org/articles/y'); // 'https://news.example.org/articles/x'
 * safeUrl('javascript:alert(1)', 'link'); // null
 */
export function safeUrl(href: string, kind: 'link' | 'image', baseUrl?: string): string | null {
  if (SUSPECT.test(href) || !(kind === 'link' ? LINK_FORM : IMAGE_FORM).test(href)) return null;
  if (!URL.canParse(href, baseUrl ?? 'https://base.invalid/')) return null;
  return baseUrl === undefined ? href : new URL(href, baseUrl).href;
}

const MARK_ORDER: readonly Mark[] = ['strong', 'em', 'code'];

function runHtml(text: string, marks: readonly Mark[] = []): string {
  const tags = MARK_ORDER.filter((m) => marks.includes(m));
  return (
    tags.map((t) => `<${t}>`).join('') +
    escapeHtml(text) +
    [...tags]
      .reverse()
      .map((t) => `</${t}>`)
      .join('')
  );
}

function inlineHtml(content: readonly Inline[], options: RenderHtmlOptions): string {
  return content
    .map((node) => {
      if (node.type === 'text') return runHtml(node.text, node.marks);
      const children = node.children.map((run) => runHtml(run.text, run.marks)).join('');
      const href = safeUrl(node.href, 'link', options.baseUrl);
      if (href === null) return children;
      const title = node.title ? ` title="${escapeHtml(node.title)}"` : '';
      return `<a href="${escapeHtml(href)}"${title}>${children}</a>`;
    })
    .join('');
}

/** Blank lines in a quote separate its paragraphs. */
function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
}

/**
 * An image as a `<figure>` with its caption and credit; an image whose address is not safe is
 * left out and its caption kept.
 *
 * @example
 * renderImageHtml({ src: '/img/pier.jpg', alt: 'The pier', credit: 'A. Photographer' }, { baseUrl: 'https://news.example.org/' });
 */
export function renderImageHtml(image: Image, options: RenderHtmlOptions = {}): string {
  const src = safeUrl(image.src, 'image', options.baseUrl);
  const credit = image.credit ? `<small>Credit: ${escapeHtml(image.credit)}</small>` : '';
  const caption = [image.caption ? escapeHtml(image.caption) : '', credit].filter(Boolean).join(' ');
  if (src === null && caption === '') return '';
  const img = src === null ? '' : `<img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}">`;
  return `<figure>${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

function blockHtml(block: Block, options: RenderHtmlOptions): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content, options)}</p>`;
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'quote': {
      const quote = `<blockquote>${paragraphs(block.text)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('')}</blockquote>`;
      if (!block.attribution) return quote;
      return `<figure>${quote}<figcaption>— <cite>${escapeHtml(block.attribution)}</cite></figcaption></figure>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item, options)}</li>`).join('')}</${tag}>`;
    }
    case 'image':
      return renderImageHtml(block, options);
    default:
      // A block type newer than this renderer: leave it out rather than fail the whole feed.
      return '';
  }
}

/**
 * The body as safe HTML: `<p>`, `<h2>`–`<h4>`, `<blockquote>` (in a `<figure>` with its
 * attribution), `<ul>`/`<ol>`, `<figure>` with `<img>`, and `<strong>`, `<em>`, `<code>` and
 * `<a href>` inside text. All text is escaped; unsafe link targets become plain text and unsafe
 * images are left out.
 *
 * @example
 * renderBlocksHtml([{ type: 'paragraph', content: [{ type: 'text', text: 'Fish & chips', marks: ['em'] }] }]);
 * // '<p><em>Fish &amp; chips</em></p>'
 */
export function renderBlocksHtml(body: readonly Block[], options: RenderHtmlOptions = {}): string {
  return body.map((block) => blockHtml(block, options)).join('\n');
}

function imageText(image: Image): string {
  return [image.caption, image.credit && `(Credit: ${image.credit})`].filter(Boolean).join(' ');
}

function blockPlainText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content);
    case 'heading':
      return block.text;
    case 'quote':
      return block.attribution ? `“${block.text}”\n— ${block.attribution}` : `“${block.text}”`;
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlineText(item)}`).join('\n');
    case 'image':
      return imageText(block);
    default:
      return '';
  }
}

/**
 * The body as plain text: one block per paragraph, separated by blank lines, with list items
 * marked (`-` or `1.`), quotes in quotation marks with their attribution, and image captions.
 *
 * @example
 * renderBlocksText([{ type: 'heading', level: 2, text: 'Next' }, { type: 'list', ordered: true, items: [[{ type: 'text', text: 'Vote' }]] }]);
 * // 'Next\n\n1. Vote'
 */
export function renderBlocksText(body: readonly Block[]): string {
  return xmlSafe(
    body
      .map(blockPlainText)
      .filter((text) => text.trim() !== '')
      .join('\n\n'),
  );
}
