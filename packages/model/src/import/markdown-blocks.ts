/**
 * @module
 * Markdown block structure (mdast) to body blocks: paragraphs, headings, quotes, lists and
 * images. Raw HTML keeps only its text; scripts and styles are dropped whole.
 */
import type { Blockquote, Image as MdImage, List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Block, ImageBlock } from '../block.ts';
import { Image } from '../block.ts';
import { blockText } from '../block-text.ts';
import type { InlineContent } from '../inline.ts';
import { plain } from '../inline-text.ts';
import { type Definitions, phrasingText, toInline } from './markdown-inline.ts';

/** What the body conversion found: the blocks, and the text of a leading `#` heading. */
export interface MarkdownBody {
  title: string | undefined;
  blocks: Block[];
}

/**
 * Converts top-level mdast nodes to blocks. Without a `headline` (from the front matter) the
 * first `#` heading is returned as `title`; a leading `#` that repeats the headline is dropped;
 * any other `#` heading becomes a level-2 heading.
 *
 * @example
 * toBlocks(fromMarkdown('# Title\n\nText').children, new Map());
 * // { title: 'Title', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text' }] }] }
 */
export function toBlocks(nodes: readonly RootContent[], defs: Definitions, headline?: string): MarkdownBody {
  let title: string | undefined;
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 1) {
      const text = phrasingText(node.children, defs);
      if (headline === undefined && title === undefined && text) {
        title = text;
        continue;
      }
      if (headline !== undefined && text === headline.trim() && blocks.length === 0) continue;
    }
    blocks.push(...blockOf(node, defs));
  }
  return { title, blocks };
}

function blockOf(node: RootContent, defs: Definitions): Block[] {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node, defs);
    case 'heading': {
      const text = phrasingText(node.children, defs);
      const level = node.depth <= 2 ? 2 : node.depth === 3 ? 3 : 4;
      return text ? [{ type: 'heading', level, text }] : [];
    }
    case 'blockquote':
      return quote(node, defs);
    case 'list': {
      const items = listItems(node, defs);
      return items.length ? [{ type: 'list', ordered: node.ordered === true, items }] : [];
    }
    case 'code':
      return node.value.trim() ? [{ type: 'paragraph', content: [{ type: 'text', text: node.value, marks: ['code'] }] }] : [];
    case 'html': {
      const text = htmlText(node.value);
      return text ? [{ type: 'paragraph', content: plain(text) }] : [];
    }
    case 'table': {
      const items = node.children
        .map((row) =>
          row.children
            .map((cell) => phrasingText(cell.children, defs))
            .filter(Boolean)
            .join(' | '),
        )
        .filter(Boolean)
        .map(plain);
      return items.length ? [{ type: 'list', ordered: false, items }] : [];
    }
    case 'footnoteDefinition':
      return node.children.flatMap((child) => blockOf(child, defs));
    default:
      // Thematic breaks, definitions and YAML nodes carry nothing a reader sees in the body.
      return [];
  }
}

/** A paragraph holding only images (and spaces) becomes image blocks; others stay text. */
function paragraph(node: Paragraph, defs: Definitions): Block[] {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  const images = meaningful.map((c) => imageOf(c, defs));
  if (meaningful.length > 0 && images.every((i) => i !== undefined)) return images as ImageBlock[];
  const content = toInline(node.children, defs);
  return content.length ? [{ type: 'paragraph', content }] : [];
}

function imageOf(node: PhrasingContent, defs: Definitions): ImageBlock | undefined {
  let source: Pick<MdImage, 'url' | 'title' | 'alt'> | undefined;
  if (node.type === 'image') source = node;
  else if (node.type === 'imageReference') {
    const def = defs.get(node.identifier.toLowerCase());
    if (def) source = { url: def.url, title: def.title ?? null, alt: node.alt ?? null };
  }
  if (!source) return undefined;
  const caption = source.title?.trim();
  const candidate = { type: 'image' as const, src: source.url, alt: source.alt ?? '', ...(caption ? { caption } : {}) };
  // An image the model cannot store safely (relative or data: URL) stays as its alt text.
  return Image.safeParse(candidate).success ? candidate : undefined;
}

const ATTRIBUTION = /^(?:—|--|―)\s*(\S.*)$/u;

/** A block quote; its last line is the attribution when it starts with a dash (— or --). */
function quote(node: Blockquote, defs: Definitions): Block[] {
  const paragraphs: string[][] = [];
  for (const child of node.children) {
    if (child.type === 'paragraph') paragraphs.push(phrasingText(child.children, defs, true).split('\n'));
    else for (const block of blockOf(child, defs)) paragraphs.push([blockText(block)]);
  }
  const lastLines = paragraphs.at(-1);
  const last = lastLines?.at(-1)?.trim() ?? '';
  const match = paragraphs.flat().length > 1 ? ATTRIBUTION.exec(last) : null;
  if (match && lastLines) lastLines.pop();
  const text = paragraphs
    .map((lines) =>
      lines
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .join('\n\n');
  if (!text) return [];
  return [{ type: 'quote', text, ...(match?.[1] ? { attribution: match[1].trim() } : {}) }];
}

/** Items of a list; a nested list's items follow their parent item, since the model is flat. */
function listItems(list: List, defs: Definitions): InlineContent[] {
  const items: InlineContent[] = [];
  for (const item of list.children) {
    const own: InlineContent[] = [];
    const nested: InlineContent[] = [];
    for (const child of item.children) {
      if (child.type === 'list') nested.push(...listItems(child, defs));
      else if (child.type === 'paragraph') own.push(toInline(child.children, defs));
      else for (const block of blockOf(child, defs)) if (blockText(block)) own.push(plain(blockText(block)));
    }
    const joined = own.filter((c) => c.length > 0).flatMap((c, i) => (i === 0 ? c : [{ type: 'text' as const, text: ' ' }, ...c]));
    if (joined.length) items.push(joined);
    items.push(...nested);
  }
  return items;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The visible text of a raw HTML fragment: tags, comments, scripts and styles removed, common
 * character references decoded. The result is plain text, never markup.
 *
 * @example
 * htmlText('<p class="x">Fish &amp; chips</p><script>alert(1)</script>'); // 'Fish & chips'
 */
export function htmlText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template|iframe|object|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}
