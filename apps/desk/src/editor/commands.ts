/**
 * @module
 * What the toolbar and its shortcuts do to the document: change a block's type, make a list or
 * a quote, add or change an image, set or remove a link. Each keeps the document inside the
 * schema, so it always converts to blocks.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';

/** The image attributes the form edits. */
export interface ImageFields {
  src: string;
  alt: string;
  caption: string | null;
  credit: string | null;
}

/** The innermost block around the cursor and where it starts, with its parent when it is a list item or part of a quote. */
function currentBlock(editor: Editor): { node: PmNode; pos: number; depth: number } | null {
  const { $from } = editor.state.selection;
  if (editor.state.selection instanceof NodeSelection)
    return { node: editor.state.selection.node, pos: editor.state.selection.from, depth: 1 };
  if ($from.depth < 1) return null;
  return { node: $from.node(1), pos: $from.before(1), depth: $from.depth };
}

/** The text content of a block's inline children, as nodes (marks kept where allowed). */
function inlineOf(node: PmNode): PmNode[] {
  const out: PmNode[] = [];
  node.descendants((child) => {
    if (child.isText) out.push(child);
    return true;
  });
  return out;
}

/** Replaces the current top-level block with `make(inline children)`. */
function replaceBlock(editor: Editor, make: (inline: PmNode[], old: PmNode) => PmNode | PmNode[]): boolean {
  const found = currentBlock(editor);
  if (!found) return false;
  const { node, pos } = found;
  const made = make(inlineOf(node), node);
  const tr = editor.state.tr.replaceWith(pos, pos + node.nodeSize, made);
  const inside = Math.min(pos + 2, tr.doc.content.size);
  tr.setSelection(TextSelection.near(tr.doc.resolve(inside)));
  editor.view.dispatch(tr.scrollIntoView());
  editor.view.focus();
  return true;
}

const plainTexts = (editor: Editor, inline: PmNode[]) => {
  const text = inline.map((n) => n.text ?? '').join('');
  return text ? [editor.schema.text(text)] : [];
};

/** The current block as a paragraph (list items joined, quotes unwrapped). */
export function toParagraph(editor: Editor): boolean {
  return replaceBlock(editor, (inline, old) => {
    if (old.type.name === 'list') return old.content.content.map((item) => editor.schema.nodes.paragraph!.create(null, item.content));
    return editor.schema.nodes.paragraph!.create(null, old.type.name === 'quote' ? plainTexts(editor, inline) : inline);
  });
}

/** The current block as a heading of `level`. */
export function toHeading(editor: Editor, level: 2 | 3 | 4): boolean {
  return replaceBlock(editor, (inline) => editor.schema.nodes.heading!.create({ level }, plainTexts(editor, inline)));
}

/** The current block as a quote with an (empty) attribution to fill in. */
export function toQuote(editor: Editor): boolean {
  const { nodes } = editor.schema;
  return replaceBlock(editor, (inline) =>
    nodes.quote!.create(null, [nodes.quoteText!.create(null, plainTexts(editor, inline)), nodes.quoteAttribution!.create()]),
  );
}

/** The current block as a list; a list of the other kind changes kind, a list of the same kind goes back to paragraphs. */
export function toList(editor: Editor, ordered: boolean): boolean {
  const found = currentBlock(editor);
  if (!found) return false;
  if (found.node.type.name === 'list') {
    if (found.node.attrs.ordered === ordered) return toParagraph(editor);
    editor.view.dispatch(editor.state.tr.setNodeMarkup(found.pos, undefined, { ordered }));
    return true;
  }
  const { nodes } = editor.schema;
  return replaceBlock(editor, (inline, old) =>
    nodes.list!.create({ ordered }, nodes.listItem!.create(null, old.type.name === 'paragraph' ? inline : plainTexts(editor, inline))),
  );
}

/** Whether the current block is a list of this kind (for the toolbar's pressed state). */
export function isList(editor: Editor, ordered: boolean): boolean {
  const found = currentBlock(editor);
  return found?.node.type.name === 'list' && found.node.attrs.ordered === ordered;
}

/** The current top-level block's type name and heading level. */
export function blockKind(editor: Editor): string {
  const found = currentBlock(editor);
  if (!found) return '';
  return found.node.type.name === 'heading' ? `heading${found.node.attrs.level as number}` : found.node.type.name;
}

/** Inserts an image after the current block. */
export function insertImage(editor: Editor, fields: ImageFields): boolean {
  const found = currentBlock(editor);
  const at = found ? found.pos + found.node.nodeSize : editor.state.doc.content.size;
  const image = editor.schema.nodes.image!.create(fields);
  const tr = editor.state.tr.insert(at, image);
  tr.setSelection(NodeSelection.create(tr.doc, at));
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}

/** The selected image's fields, or null when no image is selected. */
export function selectedImage(editor: Editor): (ImageFields & { pos: number }) | null {
  const selection = editor.state.selection;
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'image') return null;
  return { ...(selection.node.attrs as ImageFields), pos: selection.from };
}

/** Changes the image at `pos`. */
export function updateImage(editor: Editor, pos: number, fields: ImageFields): boolean {
  const before = editor.state.doc.nodeAt(pos)?.attrs ?? {};
  // A library picture stays one while its address is unchanged.
  const tr = editor.state.tr.setNodeMarkup(pos, undefined, { ...fields, media: before.src === fields.src ? (before.media ?? null) : null });
  tr.setSelection(NodeSelection.create(tr.doc, pos));
  editor.view.dispatch(tr);
  return true;
}

/** The link around the cursor, if any. */
export function currentLink(editor: Editor): { href: string; title: string | null } | null {
  const attrs = editor.getAttributes('link');
  return attrs.href ? { href: String(attrs.href), title: (attrs.title as string | null) ?? null } : null;
}

/** Sets a link on the selection (or the whole link around the cursor); an empty address removes it. */
export function setLink(editor: Editor, href: string, title: string | null): boolean {
  const chain = editor.chain().focus().extendMarkRange('link');
  if (!href) return chain.unsetMark('link').run();
  return chain.setMark('link', { href, title: title || null }).run();
}

/** Enter in an empty list item or an attribution leaves the block for a new paragraph after it. */
export function exitBlock(editor: Editor): boolean {
  const { $from, empty } = editor.state.selection;
  if (!empty || $from.depth < 2) return false;
  const parent = $from.parent;
  const inItem = parent.type.name === 'listItem';
  const inAttribution = parent.type.name === 'quoteAttribution';
  if (!inAttribution && !(inItem && parent.content.size === 0)) return false;
  const outer = $from.node(1);
  const outerPos = $from.before(1);
  let tr = editor.state.tr;
  let after = outerPos + outer.nodeSize;
  if (inItem) {
    // Drop the empty item (or the whole list when it was the only one).
    const itemPos = $from.before(2);
    if (outer.childCount === 1) {
      tr = tr.delete(outerPos, outerPos + outer.nodeSize);
      after = outerPos;
    } else {
      tr = tr.delete(itemPos, itemPos + parent.nodeSize);
      after -= parent.nodeSize;
    }
  }
  tr = tr.insert(after, editor.schema.nodes.paragraph!.create());
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}
