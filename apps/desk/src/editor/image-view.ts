/**
 * @module
 * How an image shows in the editor (browser only): the picture (a small rendition for a library
 * picture) with its text alternative, caption and credit as fields right under it. A change in a
 * field changes the image's attributes, so it is saved and undone like any other edit. The
 * fields are the view's own: ProseMirror leaves their events and DOM alone.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import type { EditorView, NodeView } from '@tiptap/pm/view';
import type { MediaRef } from '@dateline/model/core';
import { thumbnailPath } from './image-files.ts';

type Field = 'alt' | 'caption' | 'credit';

const FIELDS: readonly { name: Field; label: string; max: number }[] = [
  { name: 'alt', label: 'Text alternative (required to publish)', max: 500 },
  { name: 'caption', label: 'Caption', max: 1000 },
  { name: 'credit', label: 'Credit', max: 300 },
];

let views = 0;

/** The image node's view; `onWordsChanged` hears of each change of its words (to keep the library's). */
export class ImageView implements NodeView {
  dom: HTMLElement;
  private node: PmNode;
  private readonly img: HTMLImageElement;
  private readonly warning: HTMLElement;
  private readonly inputs = new Map<Field, HTMLInputElement>();
  private readonly view: EditorView;
  private readonly getPos: () => number | undefined;
  private readonly onWordsChanged: ((node: PmNode) => void) | undefined;

  constructor(node: PmNode, view: EditorView, getPos: () => number | undefined, onWordsChanged?: (node: PmNode) => void) {
    this.node = node;
    this.view = view;
    this.getPos = getPos;
    this.onWordsChanged = onWordsChanged;
    views += 1;
    const id = `image-field-${views}`;
    this.dom = document.createElement('figure');
    this.dom.className = 'desk-image';
    this.dom.contentEditable = 'false';
    this.img = document.createElement('img');
    this.img.draggable = false;
    this.warning = document.createElement('div');
    this.warning.className = 'desk-image-warning';
    this.warning.id = `${id}-warning`;
    this.warning.textContent = 'No text alternative yet: the story cannot be published until this image has one.';
    const form = document.createElement('div');
    form.className = 'desk-image-fields';
    for (const field of FIELDS) {
      const label = document.createElement('label');
      label.htmlFor = `${id}-${field.name}`;
      label.textContent = field.label;
      const input = document.createElement('input');
      input.type = 'text';
      input.id = `${id}-${field.name}`;
      input.maxLength = field.max;
      input.dataset.imageField = field.name;
      if (field.name === 'alt') input.setAttribute('aria-describedby', this.warning.id);
      input.addEventListener('input', () => this.change(field.name, input.value));
      input.addEventListener('change', () => this.onWordsChanged?.(this.node));
      // Escape or Enter go back to the text, the image selected.
      input.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' && event.key !== 'Enter') return;
        event.preventDefault();
        // Not the editor's "Enter edits the selected image" as well.
        event.stopPropagation();
        this.onWordsChanged?.(this.node);
        this.selectInEditor();
      });
      this.inputs.set(field.name, input);
      form.append(label, input);
    }
    this.dom.append(this.img, this.warning, form);
    this.render();
  }

  /** Focuses the text alternative (after an upload or an insert from the library). */
  focusAlt(): void {
    this.inputs.get('alt')?.focus();
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode');
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode');
  }

  /** Events in the fields are theirs; the rest (a click on the picture) selects the image. */
  stopEvent(event: Event): boolean {
    return event.target instanceof HTMLInputElement;
  }

  ignoreMutation(): boolean {
    return true;
  }

  private render(): void {
    const attrs = this.node.attrs as { src: string; alt: string; caption: string | null; credit: string | null; media: MediaRef | null };
    const src = attrs.media ? thumbnailPath(attrs.media, 640) : attrs.src;
    if (this.img.getAttribute('src') !== src) this.img.src = src;
    // The fields say what the picture shows; the picture itself is not announced twice.
    this.img.alt = '';
    if (attrs.media) {
      this.img.width = Math.min(640, attrs.media.width);
      this.img.height = Math.round((this.img.width * attrs.media.height) / attrs.media.width);
    }
    for (const [name, input] of this.inputs) {
      const value = (attrs[name] as string | null) ?? '';
      if (input.value !== value && document.activeElement !== input) input.value = value;
    }
    const missing = !attrs.alt.trim();
    this.warning.hidden = !missing;
    this.dom.classList.toggle('desk-image-missing-alt', missing);
  }

  private change(name: Field, value: string): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    const attrs = { ...this.node.attrs, [name]: name === 'alt' ? value : value === '' ? null : value };
    this.view.dispatch(this.view.state.tr.setNodeMarkup(pos, undefined, attrs));
  }

  private selectInEditor(): void {
    const pos = this.getPos();
    if (pos === undefined) return;
    this.view.focus();
    this.view.dispatch(this.view.state.tr.setSelection(NodeSelection.create(this.view.state.doc, pos)));
  }
}
