/**
 * @module
 * Pictures on the editor page (the controls of `components/MediaPicker.astro`): upload by the file
 * picker, a drop or a paste, each with its progress and, when refused, the API's reason; insert a
 * picture from the library; and the words written on a new picture kept in the library too, so
 * a search finds it.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { ApiError, getMedia, listMedia, type Media, NetworkError, updateMedia, uploadMedia } from '../data/index.ts';
import { addImagePlugin, insertImageAt, type Placement } from '../editor/image-plugin.ts';
import { thumbnailPath } from '../editor/image-files.ts';
import { tooLarge } from '../lib/media-limit.ts';
import { problemText, transport } from './page.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Why a file was not uploaded, for people.
 *
 * @example
 * text.textContent = `${name} was not uploaded: ${refusal(error)}`;
 */
export function refusal(error: unknown): string {
  if (error instanceof NetworkError) return 'the desk could not reach the server; try again.';
  if (error instanceof ApiError && error.status === 413) return `it is too large. ${error.problem.detail ?? ''}`.trim();
  if (error instanceof ApiError && error.status === 503) return 'the server is busy making other pictures; try again in a moment.';
  // The field is always the file: its detail alone says why.
  if (error instanceof ApiError && error.problem.detail) return error.problem.detail;
  return problemText(error);
}

/** The most bytes the API accepts in one upload, as the page was given it. */
export function maxUploadBytes(): number {
  return Number($('media-tools').dataset.maxBytes);
}

/** Uploads `files` one after another, each with a line of progress, and inserts each at `at`. */
async function upload(editor: Editor, files: File[], at: Placement): Promise<void> {
  const list = $<HTMLUListElement>('media-uploads');
  const maxBytes = maxUploadBytes();
  for (const file of files) {
    const name = file.name || 'The pasted picture';
    const item = document.createElement('li');
    const text = document.createElement('span');
    const refused = tooLarge(file, maxBytes);
    if (refused) {
      item.dataset.state = 'refused';
      item.className = 'error';
      text.textContent = `${name} was not uploaded: ${refused}`;
      item.append(text);
      list.append(item);
      continue;
    }
    text.textContent = `Uploading ${name}…`;
    const progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute('aria-label', `Upload of ${name}`);
    item.append(text, progress);
    list.append(item);
    try {
      const media = await uploadMedia(transport, file, {
        onProgress: (sent) => {
          progress.value = Math.round(sent * 100);
          if (sent >= 1) text.textContent = `Making the sizes of ${name}…`;
        },
      });
      insertImageAt(editor, at, media.image);
      progress.remove();
      text.textContent = media.alt ? `${name} added.` : `${name} added: describe it in its text alternative field.`;
      item.dataset.state = 'done';
    } catch (error) {
      progress.remove();
      item.dataset.state = 'refused';
      item.className = 'error';
      text.textContent = `${name} was not uploaded: ${refusal(error)}`;
    }
  }
  at.done();
}

/** A new library picture takes the words written on it in a story, where it has none of its own. */
async function keepWords(node: PmNode): Promise<void> {
  const ref = node.attrs.media as { id: string } | null;
  if (!ref) return;
  const found = await getMedia(transport, ref.id).catch(() => null);
  if (!found) return;
  const change: Record<string, string> = {};
  for (const field of ['alt', 'caption', 'credit'] as const) {
    const value = String(node.attrs[field] ?? '').trim();
    if (value && !found.media[field]) change[field] = value;
  }
  if (Object.keys(change).length > 0) await updateMedia(transport, ref.id, change).catch(() => undefined);
}

/** Opens the library dialog to choose a picture for something other than the text; set once the dialog is mounted. */
let openChooser: ((heading: string, onChoose: (media: Media) => void) => void) | null = null;

/**
 * Opens the library dialog under `heading`; the picture chosen goes to `onChoose` (after the
 * dialog has closed) instead of into the text.
 *
 * @example
 * chooseFromLibrary('Choose a lead image', (media) => setLead(media.image));
 */
export function chooseFromLibrary(heading: string, onChoose: (media: Media) => void): void {
  openChooser?.(heading, onChoose);
}

/** The library dialog: search, then choose a picture to insert at the cursor (or for `chooseFromLibrary`). */
function libraryDialog(editor: Editor, placeAtCursor: () => Placement): void {
  const dialog = $<HTMLDialogElement>('media-library-dialog');
  const results = $<HTMLUListElement>('media-library-results');
  const status = $<HTMLParagraphElement>('media-library-status');
  const heading = $('media-library-heading');
  const insertHeading = heading.textContent ?? '';
  let at: Placement | null = null;
  let chooser: ((media: Media) => void) | null = null;

  const show = (items: Media[]) => {
    results.replaceChildren(
      ...items.map((media) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'secondary media-choice';
        const img = document.createElement('img');
        img.src = thumbnailPath(media.image.media!, 320);
        img.alt = '';
        img.width = 160;
        img.height = Math.round((160 * media.height) / media.width);
        img.loading = 'lazy';
        const words = document.createElement('span');
        words.textContent = [media.alt || 'No text alternative', media.caption].filter(Boolean).join(' — ');
        button.append(img, words);
        button.addEventListener('click', () => {
          if (chooser) {
            const chosen = chooser;
            chooser = null;
            dialog.close();
            chosen(media);
            return;
          }
          const place = at ?? placeAtCursor();
          at = null;
          // Closed first: the page behind a modal dialog cannot take focus.
          dialog.close();
          insertImageAt(editor, place, media.image);
          place.done();
        });
        li.append(button);
        return li;
      }),
    );
    status.textContent = items.length === 0 ? 'No picture matches.' : `${items.length} ${items.length === 1 ? 'picture' : 'pictures'}.`;
  };
  const search = async () => {
    status.textContent = 'Searching…';
    try {
      show(await listMedia(transport, $<HTMLInputElement>('media-library-q').value));
    } catch (error) {
      status.textContent = `The library could not be searched: ${problemText(error)}`;
    }
  };
  const open = () => {
    dialog.showModal();
    $<HTMLInputElement>('media-library-q').focus();
    void search();
  };
  $('media-library-button').addEventListener('click', () => {
    at = placeAtCursor();
    chooser = null;
    heading.textContent = insertHeading;
    open();
  });
  openChooser = (title, onChoose) => {
    chooser = onChoose;
    heading.textContent = title;
    open();
  };
  $('media-library-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  $('media-library-close').addEventListener('click', () => dialog.close());
  // Closed without a choice, focus goes back to the button (the browser's doing); with one, to
  // the new picture's text alternative.
  dialog.addEventListener('close', () => {
    at?.done();
    at = null;
    chooser = null;
  });
}

/**
 * Brings the picture controls of the editor page to life for `editor`.
 *
 * @example
 * mountMediaTools(editor);
 */
export function mountMediaTools(editor: Editor): void {
  const placeAtCursor = addImagePlugin(editor, {
    onFiles: (files, at) => void upload(editor, files, at),
    onWordsChanged: (node) => void keepWords(node),
  });
  const input = $<HTMLInputElement>('media-file');
  $('media-upload-button').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) void upload(editor, files, placeAtCursor());
  });
  libraryDialog(editor, placeAtCursor);
}

/**
 * Focuses the text alternative of the first image that has none (after publishing was refused
 * for it); false when every image has one.
 *
 * @example
 * if (missing) focusMissingAlt();
 */
export function focusMissingAlt(): boolean {
  const input = document.querySelector<HTMLInputElement>('.desk-image-missing-alt input[data-image-field="alt"]');
  input?.focus();
  return input !== null;
}
