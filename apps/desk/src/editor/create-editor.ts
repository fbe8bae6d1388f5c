/**
 * @module
 * The body editor in the browser: TipTap with the desk's schema, undo, the exit-on-Enter rule,
 * and pastes converted by the model's importers on the desk server.
 */
import { Editor, Extension } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions';
import { Node as PmNode, Slice } from '@tiptap/pm/model';
import type { Block } from '@dateline/model/core';
import { exitBlock } from './commands.ts';
import { blocksToDoc, type DocNode } from './convert.ts';
import { editorExtensions } from './nodes.ts';
import { pasteRoute } from './paste.ts';

export interface BodyEditorOptions {
  element: HTMLElement;
  blocks: readonly Block[];
  /** Called with the document after every change. */
  onChange(doc: DocNode): void;
  /** Converts pasted HTML or Markdown to blocks (the desk server does). */
  convertPaste(kind: 'html' | 'markdown', text: string): Promise<Block[]>;
  onPasteError(message: string): void;
  /** Mod-K: the link form. */
  onLinkShortcut(): void;
  label: string;
}

/**
 * Mounts the editor.
 *
 * @example
 * const editor = createBodyEditor({ element, blocks: article.body, onChange: save, convertPaste, onPasteError: say, onLinkShortcut: openLink, label: 'Story text' });
 */
export function createBodyEditor(options: BodyEditorOptions): Editor {
  const Keys = Extension.create({
    name: 'deskKeys',
    priority: 2000,
    addKeyboardShortcuts() {
      return {
        Enter: () => exitBlock(this.editor),
        'Mod-k': () => {
          options.onLinkShortcut();
          return true;
        },
      };
    },
  });
  const editor: Editor = new Editor({
    element: options.element,
    extensions: [...editorExtensions(), UndoRedo, Keys],
    content: blocksToDoc(options.blocks),
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': options.label, spellcheck: 'true' },
      handlePaste(view, event) {
        const route = pasteRoute(event.clipboardData?.getData('text/html') ?? '', event.clipboardData?.getData('text/plain') ?? '');
        if (route.kind === 'editor') return false;
        event.preventDefault();
        options
          .convertPaste(route.kind, route.text)
          .then((blocks) => {
            if (blocks.length === 0) return;
            const doc = PmNode.fromJSON(view.state.schema, blocksToDoc(blocks));
            view.dispatch(view.state.tr.replaceSelection(new Slice(doc.content, 0, 0)).scrollIntoView());
          })
          .catch(() => options.onPasteError('The pasted text could not be converted; nothing was pasted.'));
        return true;
      },
    },
    onUpdate: ({ editor: e }) => options.onChange(e.getJSON() as DocNode),
  });
  return editor;
}
