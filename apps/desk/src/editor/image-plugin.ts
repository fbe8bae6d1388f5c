/**
 * @module
 * Pictures in the body editor (browser only): images shown with their fields (`image-view.ts`),
 * files dropped on or pasted into the text handed to `onFiles` with the place they go, and
 * library pictures inserted there once uploaded. Registered on an editor after it is made, so
 * the editor's own setup stays as it is.
 */
import type { Editor } from '@tiptap/core';
import type { Image } from '@dateline/model/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { pasteIsFile } from './image-files.ts';
import { ImageView } from './image-view.ts';

/** Where a picture goes once uploaded: a position kept up to date as the text changes. */
export interface Placement {
  pos: number;
  /** Stops keeping the position up to date (the picture is in, or will not come). */
  done(): void;
}

export interface ImagePluginOptions {
  /** Files dropped or pasted, and where they go. */
  onFiles(files: File[], at: Placement): void;
  /** An image's words were changed in its fields. */
  onWordsChanged?(node: PmNode): void;
}

const key = new PluginKey('deskImages');

/**
 * Adds the image view and file drops and pastes to `editor`; returns the function that makes a
 * placement at the cursor (for the file picker and the library).
 *
 * @example
 * const placeAtCursor = addImagePlugin(editor, { onFiles: (files, at) => upload(files, at) });
 */
export function addImagePlugin(editor: Editor, options: ImagePluginOptions): () => Placement {
  const placements = new Set<Placement>();
  const track = (pos: number): Placement => {
    const placement: Placement = { pos, done: () => placements.delete(placement) };
    placements.add(placement);
    return placement;
  };
  editor.on('transaction', ({ transaction }) => {
    if (!transaction.docChanged) return;
    for (const p of placements) p.pos = transaction.mapping.map(p.pos);
  });
  /** After the top-level block around `pos`, where an image can stand. */
  const blockEnd = (view: EditorView, pos: number): number => {
    const $pos = view.state.doc.resolve(Math.min(pos, view.state.doc.content.size));
    return $pos.depth === 0 ? $pos.pos : $pos.after(1);
  };
  editor.registerPlugin(
    new Plugin({
      key,
      props: {
        nodeViews: { image: (node, view, getPos) => new ImageView(node, view, getPos, options.onWordsChanged) },
        handleDOMEvents: {
          // Before the editor's own paste handling, which would take the HTML beside a picture.
          paste: (view, event) => {
            const files = [...(event.clipboardData?.files ?? [])];
            if (!pasteIsFile(event.clipboardData?.getData('text/html') ?? '', files.length)) return false;
            event.preventDefault();
            options.onFiles(files, track(blockEnd(view, view.state.selection.to)));
            return true;
          },
          drop: (view, event) => {
            const files = [...(event.dataTransfer?.files ?? [])];
            if (files.length === 0) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.to;
            options.onFiles(files, track(blockEnd(view, at)));
            return true;
          },
        },
      },
    }),
  );
  return () => track(blockEnd(editor.view, editor.state.selection.to));
}

/**
 * Inserts `image` at `at`, selects it and focuses its text alternative; `at` moves past it, so the
 * next picture placed there follows this one.
 *
 * @example
 * insertImageAt(editor, at, media.image);
 */
export function insertImageAt(editor: Editor, at: Placement, image: Image): void {
  const pos = Math.min(at.pos, editor.state.doc.content.size);
  const node = editor.schema.nodes.image!.create({
    src: image.src,
    alt: image.alt,
    caption: image.caption ?? null,
    credit: image.credit ?? null,
    media: image.media ?? null,
  });
  const tr = editor.state.tr.insert(pos, node);
  tr.setSelection(NodeSelection.create(tr.doc, pos));
  editor.view.dispatch(tr.scrollIntoView());
  const view = editor.view.nodeDOM(pos);
  const input = view instanceof HTMLElement ? view.querySelector<HTMLInputElement>('input[data-image-field="alt"]') : null;
  input?.focus();
}
