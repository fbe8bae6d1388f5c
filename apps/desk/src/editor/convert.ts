/**
 * @module
 * The editor's document (ProseMirror JSON, as TipTap's `getJSON` gives it) to the model's body
 * blocks and back. Pure functions, one case per block type, so the two directions can be read
 * side by side; `convert.test.ts` checks that blocks → document → blocks gives the same blocks
 * for every sample article and for real news text.
 */
import type { Block, Inline, Mark, MediaRef, TextRun } from '@dateline/model/core';

/** A node of the editor's document as JSON. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: DocMark[];
}

/** A mark of a text node as JSON. */
interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** The model's marks and the editor's names for them, in the order the model renders them. */
const MARKS: readonly (readonly [Mark, string])[] = [
  ['strong', 'bold'],
  ['em', 'italic'],
  ['code', 'code'],
];
const EDITOR_MARK = new Map(MARKS.map(([model, editor]) => [model, editor]));
const MODEL_MARK = new Map(MARKS.map(([model, editor]) => [editor, model]));

/**
 * The editor document of a body.
 *
 * @example
 * blocksToDoc([{ type: 'heading', level: 2, text: 'Next' }]);
 * // { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Next' }] }] }
 */
export function blocksToDoc(blocks: readonly Block[]): DocNode {
  const content = blocks.map(blockToNode);
  // The editor needs a block to put the cursor in.
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

function blockToNode(block: Block): DocNode {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', content: inlineToNodes(block.content) };
    case 'heading':
      return { type: 'heading', attrs: { level: block.level }, content: textNodes(block.text) };
    case 'quote': {
      const content: DocNode[] = [{ type: 'quoteText', content: textNodes(block.text) }];
      if (block.attribution !== undefined) content.push({ type: 'quoteAttribution', content: textNodes(block.attribution) });
      return { type: 'quote', content };
    }
    case 'list':
      return {
        type: 'list',
        attrs: { ordered: block.ordered },
        content: block.items.map((item) => ({ type: 'listItem', content: inlineToNodes(item) })),
      };
    case 'image':
      return {
        type: 'image',
        attrs: { src: block.src, alt: block.alt, caption: block.caption ?? null, credit: block.credit ?? null, media: block.media ?? null },
      };
  }
}

function textNodes(text: string): DocNode[] {
  return text === '' ? [] : [{ type: 'text', text }];
}

function runMarks(run: TextRun): DocMark[] {
  return (run.marks ?? []).map((mark) => ({ type: EDITOR_MARK.get(mark)! }));
}

function inlineToNodes(content: readonly Inline[]): DocNode[] {
  const nodes: DocNode[] = [];
  for (const node of content) {
    if (node.type === 'text') {
      const marks = runMarks(node);
      nodes.push(marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
      continue;
    }
    const link: DocMark = { type: 'link', attrs: { href: node.href, title: node.title ?? null } };
    for (const run of node.children) nodes.push({ type: 'text', text: run.text, marks: [...runMarks(run), link] });
  }
  return nodes;
}

/**
 * The body blocks of an editor document. What the model cannot store is left out rather than
 * refused: an empty paragraph, heading, quote or list item (the model needs text in each).
 *
 * @example
 * docToBlocks({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] });
 * // [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }]
 */
export function docToBlocks(doc: DocNode): Block[] {
  const blocks: Block[] = [];
  for (const node of doc.content ?? []) {
    const block = nodeToBlock(node);
    if (block) blocks.push(block);
  }
  return blocks;
}

function nodeToBlock(node: DocNode): Block | null {
  switch (node.type) {
    case 'paragraph': {
      const content = nodesToInline(node.content ?? []);
      return content.length > 0 ? { type: 'paragraph', content } : null;
    }
    case 'heading': {
      const text = plainText(node);
      const level = node.attrs?.level;
      return text === '' ? null : { type: 'heading', level: level === 3 || level === 4 ? level : 2, text };
    }
    case 'quote': {
      const parts = node.content ?? [];
      const text = plainText(parts.find((part) => part.type === 'quoteText'));
      if (text === '') return null;
      // An empty attribution is shown as none (the site prints no empty credit line), so it is left out.
      const attribution = plainText(parts.find((part) => part.type === 'quoteAttribution'));
      return attribution ? { type: 'quote', text, attribution } : { type: 'quote', text };
    }
    case 'list': {
      const items = (node.content ?? []).map((item) => nodesToInline(item.content ?? [])).filter((item) => item.length > 0);
      return items.length > 0 ? { type: 'list', ordered: node.attrs?.ordered === true, items } : null;
    }
    case 'image': {
      const attrs = node.attrs ?? {};
      const block: Block = { type: 'image', src: String(attrs.src ?? ''), alt: String(attrs.alt ?? '') };
      if (typeof attrs.caption === 'string') block.caption = attrs.caption;
      if (typeof attrs.credit === 'string') block.credit = attrs.credit;
      if (isMediaRef(attrs.media)) block.media = { id: attrs.media.id, width: attrs.media.width, height: attrs.media.height };
      return block;
    }
    default:
      return null;
  }
}

function isMediaRef(value: unknown): value is MediaRef {
  const ref = value as MediaRef | null;
  return typeof ref?.id === 'string' && typeof ref.width === 'number' && typeof ref.height === 'number';
}

function plainText(node: DocNode | undefined): string {
  let text = '';
  for (const child of node?.content ?? []) text += child.text ?? '';
  return text;
}

function nodesToInline(nodes: readonly DocNode[]): Inline[] {
  const content: Inline[] = [];
  for (const node of nodes) {
    if (node.type !== 'text' || !node.text) continue;
    const marks: Mark[] = [];
    let link: DocMark | undefined;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'link') link = mark;
      else {
        const model = MODEL_MARK.get(mark.type);
        if (model) marks.push(model);
      }
    }
    marks.sort((a, b) => MARK_RANK[a] - MARK_RANK[b]);
    const run: TextRun = marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text };
    if (!link) {
      content.push(run);
      continue;
    }
    const href = String(link.attrs?.href ?? '');
    const title = typeof link.attrs?.title === 'string' ? link.attrs.title : undefined;
    const last = content.at(-1);
    // Neighbouring text under the same link is one link with several runs.
    if (last?.type === 'link' && last.href === href && last.title === title) last.children.push(run);
    else content.push(title === undefined ? { type: 'link', href, children: [run] } : { type: 'link', href, title, children: [run] });
  }
  return content;
}

const MARK_RANK: Record<Mark, number> = { strong: 0, em: 1, code: 2 };
