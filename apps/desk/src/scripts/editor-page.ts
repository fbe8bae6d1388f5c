/**
 * @module
 * The editor page: fields and body in, `ArticleInput` out, saved by autosave; publishing,
 * scheduling, review; conflicts shown, never overwritten unasked; text kept in this browser
 * until the server has it.
 */
import { type Article, bodyHtml, type Correction, deriveFields, type ModerationMode } from '@dateline/model/core';
import type { Editor } from '@tiptap/core';
import { ApiError, convertPaste, getSession, getStory, NetworkError, saveStory } from '../data/index.ts';
import {
  blockKind,
  currentLink,
  insertImage,
  isList,
  type ImageFields,
  selectedImage,
  setLink,
  toHeading,
  toList,
  toParagraph,
  toQuote,
  updateImage,
} from '../editor/commands.ts';
import { createBodyEditor } from '../editor/create-editor.ts';
import { docToBlocks } from '../editor/convert.ts';
import { type AutosaveStatus, createAutosave, draftKey, readKeptDraft, type SaveOutcome, statusText } from '../lib/autosave.ts';
import { previewPath, revisionsPath, storyEntitiesPath, storyPath } from '../lib/paths.ts';
import { articleToInput, completeCorrections, namesToRefs, refsToNames, sameStory, type StoryInput } from '../lib/story-input.ts';
import { formatTime, utcToZoned, zonedToUtc } from '../lib/time.ts';
import { problemText, say, transport } from './page.ts';
import { focusMissingAlt, mountMediaTools } from './media-upload.ts';
import { fillLeadImage, mountLeadImage, readLeadImage } from './lead-image.ts';
import { altRefusalText, missingAltMessage } from '../lib/image-alt.ts';

interface PageData {
  article: Article | null;
  etag: string | null;
  canPublish: boolean;
  timeZone: string | null;
}

const data = JSON.parse(document.getElementById('story-data')!.textContent!) as PageData;
const timeZone = data.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
let stored: StoryInput | null = data.article ? articleToInput(data.article) : null;
let status: string = data.article?.status ?? 'draft';
let publishedAt: string | undefined = data.article?.publishedAt ?? undefined;
let editor: Editor;
// The address changes when its field is left, not on every key: each change of a published
// story's address leaves a redirect behind.
let slugChoice = data.article?.slug ?? '';

// ---- The form as an ArticleInput, and back --------------------------------------------------

function value(id: string): string {
  return ($(id) as HTMLInputElement | HTMLTextAreaElement).value.trim();
}

function readCorrections(): Partial<Correction>[] {
  return [...document.querySelectorAll<HTMLLIElement>('#corrections > li')].map((li) => ({
    date: li.dataset.date ?? '',
    text: (li.querySelector('textarea') as HTMLTextAreaElement).value,
  }));
}

function currentInput(): StoryInput {
  const base = stored ?? { headline: '', body: [] };
  const input: StoryInput = {
    ...base,
    headline: value('headline'),
    body: docToBlocks(editor.getJSON()),
    authors: namesToRefs(value('authors'), base.authors ?? []),
    tags: namesToRefs(value('tags'), base.tags ?? []),
    status: status as StoryInput['status'],
    corrections: completeCorrections(readCorrections()),
    commentSettings: commentSettings(),
  };
  const optional = { standfirst: value('standfirst'), slug: slugChoice } as const;
  for (const [key, text] of Object.entries(optional)) {
    if (text) input[key as keyof typeof optional] = text;
    else delete input[key as keyof typeof optional];
  }
  const sectionName = value('section-name');
  if (sectionName) input.section = base.section?.name === sectionName ? base.section : { name: sectionName };
  else delete input.section;
  const leadImage = readLeadImage();
  if (leadImage) input.leadImage = leadImage;
  else delete input.leadImage;
  if (publishedAt) input.publishedAt = publishedAt;
  else delete input.publishedAt;
  return input;
}

function commentSettings(): StoryInput['commentSettings'] {
  const moderation = ($('comments-moderation') as unknown as HTMLSelectElement).value as ModerationMode | '';
  const open = $('comments-open').checked;
  return moderation ? { open, moderation } : { open };
}

function fillForm(input: StoryInput): void {
  $('headline').value = input.headline ?? '';
  ($('standfirst') as unknown as HTMLTextAreaElement).value = input.standfirst ?? '';
  $('slug').value = input.slug ?? '';
  slugChoice = input.slug ?? '';
  $('authors').value = refsToNames(input.authors);
  $('tags').value = refsToNames(input.tags);
  $('section-name').value = input.section?.name ?? '';
  fillLeadImage(input.leadImage);
  $('comments-open').checked = input.commentSettings?.open ?? true;
  ($('comments-moderation') as unknown as HTMLSelectElement).value = input.commentSettings?.moderation ?? '';
  const list = $('corrections');
  list.replaceChildren();
  for (const correction of input.corrections ?? []) addCorrection(correction);
  status = input.status ?? 'draft';
  publishedAt = input.publishedAt;
  showStatus();
}

let corrections = 0;
function addCorrection(correction: Partial<Correction> = {}): HTMLTextAreaElement {
  corrections += 1;
  const li = document.createElement('li');
  li.dataset.date = correction.date ?? new Date().toISOString();
  const id = `correction-${corrections}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `Correction of ${formatTime(li.dataset.date, timeZone)}`;
  const text = document.createElement('textarea');
  text.id = id;
  text.value = correction.text ?? '';
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'secondary';
  remove.textContent = 'Remove correction';
  remove.addEventListener('click', () => {
    li.remove();
    changed();
    $<HTMLButtonElement>('add-correction').focus();
  });
  li.append(label, text, remove);
  $('corrections').append(li);
  return text;
}

function showStatus(): void {
  const scheduled = status === 'published' && publishedAt && Date.parse(publishedAt) > Date.now();
  $('story-status').textContent = scheduled ? `scheduled for ${formatTime(publishedAt!, timeZone)}` : status;
}

function showCounts(input: StoryInput): void {
  const { wordCount, readingTime } = deriveFields({ headline: input.headline, standfirst: input.standfirst, body: input.body });
  $('counts').textContent = `${wordCount.toLocaleString('en')} words · ${readingTime} min read`;
}

// ---- Saving ---------------------------------------------------------------------------------

/** Set when the session ended: the next attempt first asks whether the person has signed in again. */
let sessionLost = false;

async function save(input: StoryInput, etag: string | null, slug: string | null): Promise<SaveOutcome<Article>> {
  if (!input.headline) return { kind: 'refused', message: 'add a headline' };
  if (input.body.length === 0) return { kind: 'refused', message: 'add some text to the story' };
  try {
    if (sessionLost) {
      // Signed in again in another tab: a new session, with its own CSRF token.
      const session = await getSession(transport);
      if (!session) return { kind: 'signed-out' };
      document.querySelector('meta[name="csrf-token"]')?.setAttribute('content', session.csrfToken);
      sessionLost = false;
    }
    const result = await saveStory(transport, slug, input, etag);
    if (!result.ok) {
      // A save sent as the last page closed may have reached the server after this page read the
      // story: the server then has this very text, which is no conflict.
      if (result.current && slug && sameStory(articleToInput(result.current), { ...input, slug: result.current.slug })) {
        const fresh = await getStory(transport, slug);
        if (fresh && sameStory(articleToInput(fresh.article), articleToInput(result.current))) {
          saved(fresh.article);
          return { kind: 'saved', etag: fresh.etag, slug: fresh.article.slug };
        }
      }
      return { kind: 'conflict', current: result.current };
    }
    saved(result.article);
    return { kind: 'saved', etag: result.etag, slug: result.article.slug };
  } catch (error) {
    if (error instanceof NetworkError) return { kind: 'offline' };
    if (error instanceof ApiError) {
      // A 403 for the CSRF token means the session this page started with has been replaced.
      if (error.status === 401 || (error.status === 403 && /csrf/i.test(error.problem.title ?? ''))) {
        sessionLost = true;
        return { kind: 'signed-out' };
      }
      if (error.status === 502 || error.status === 503 || error.status === 504) return { kind: 'offline' };
      return { kind: 'refused', message: altRefusalText(error.problem, input) ?? problemText(error) };
    }
    return { kind: 'offline' };
  }
}

function saved(article: Article): void {
  stored = articleToInput(article);
  publishedAt = article.publishedAt ?? undefined;
  status = article.status;
  showStatus();
  slugChoice = article.slug;
  if ($('slug').value !== article.slug && document.activeElement !== $('slug')) $('slug').value = article.slug;
  if (location.pathname !== storyPath(article.slug)) history.replaceState(null, '', storyPath(article.slug));
  $('story-links').hidden = false;
  ($('preview-link') as unknown as HTMLAnchorElement).href = previewPath(article.slug);
  ($('revisions-link') as unknown as HTMLAnchorElement).href = revisionsPath(article.slug);
  ($('entities-link') as unknown as HTMLAnchorElement).href = storyEntitiesPath(article.slug);
}

function onStatus(next: AutosaveStatus<Article>): void {
  const el = $('save-status');
  el.dataset.state = next.state;
  el.textContent = statusText(next);
  $('sign-in-again').hidden = next.state !== 'signed-out';
  if (next.state === 'conflict') showConflict(next.current);
}

const slug = data.article?.slug ?? null;
const autosave = createAutosave<StoryInput, Article>({ key: slug ?? 'new', storage: localStorage, slug, etag: data.etag, save, onStatus });

function changed(): void {
  const input = currentInput();
  showCounts(input);
  autosave.change(input);
}

// ---- Conflicts ------------------------------------------------------------------------------

let theirs: Article | null = null;
function showConflict(current: Article | null): void {
  theirs = current;
  const box = $('conflict');
  const view = $('conflict-theirs');
  view.replaceChildren();
  if (current) {
    const headline = document.createElement('h3');
    headline.textContent = current.headline;
    const body = document.createElement('div');
    // The site's own renderer: text escaped, links checked.
    body.innerHTML = bodyHtml(current.body);
    view.append(headline, body);
  } else view.textContent = 'The other version could not be shown; reload the page to see it.';
  box.hidden = false;
  $('conflict-heading').focus();
}

$('conflict-load').addEventListener('click', () => {
  // Their version wins: forget this browser's copy and show the stored story.
  localStorage.removeItem(draftKey(autosave.slug ?? 'new'));
  autosave.stop();
  location.reload();
});
$('conflict-mine').addEventListener('click', async () => {
  if (!theirs) return;
  // Their version's ETag becomes the base, so the next save replaces it knowingly.
  const current = await getStory(transport, theirs.slug).catch(() => null);
  autosave.rebase(current?.etag ?? null);
  $('conflict').hidden = true;
  changed();
  await autosave.flush();
});

// ---- Actions --------------------------------------------------------------------------------

async function act(nextStatus: string, nextPublishedAt: string | undefined, message: string): Promise<void> {
  const before = { status, publishedAt };
  status = nextStatus;
  publishedAt = nextPublishedAt;
  changed();
  await autosave.flush();
  const text = $('save-status').textContent ?? '';
  if ($('save-status').dataset.state === 'saved') say('action-message', message);
  else {
    status = before.status;
    publishedAt = before.publishedAt;
    showStatus();
    say('action-message', `Not done: ${text}`);
  }
}

$('save-now').addEventListener('click', () => {
  changed();
  void autosave.flush();
});
document.getElementById('publish-now')?.addEventListener('click', () => {
  const missingAlt = missingAltMessage({ body: docToBlocks(editor.getJSON()), leadImage: currentInput().leadImage });
  if (missingAlt) {
    say('action-message', `Not published: ${missingAlt}`);
    focusMissingAlt();
    return;
  }
  void act('published', new Date().toISOString(), 'Published.');
});
document.getElementById('submit-review')?.addEventListener('click', () => void act('review', undefined, 'Submitted for review.'));
document
  .getElementById('unpublish')
  ?.addEventListener('click', () => void act('draft', undefined, 'Unpublished: the story is a draft again.'));
document.getElementById('archive')?.addEventListener('click', () => void act('archived', publishedAt, 'Archived.'));
document.getElementById('schedule')?.addEventListener('click', () => {
  const at = zonedToUtc($('schedule-at').value, timeZone);
  if (!at || Date.parse(at) <= Date.now()) {
    say('action-message', 'Choose a time in the future to schedule the story.');
    $('schedule-at').focus();
    return;
  }
  void act('published', at, `Scheduled for ${formatTime(at, timeZone)}.`);
});
const zone = document.getElementById('schedule-zone');
if (zone) zone.textContent = `(${timeZone})`;
if (publishedAt && document.getElementById('schedule-at')) $('schedule-at').value = utcToZoned(publishedAt, timeZone);

// ---- The body editor and its toolbar --------------------------------------------------------

const linkPanel = $('link-panel');
const imagePanel = $('image-panel');
let editingImage: number | null = null;

function openLinkPanel(): void {
  const link = currentLink(editor);
  $('link-href').value = link?.href ?? '';
  $('link-title').value = link?.title ?? '';
  say('link-message', '');
  linkPanel.hidden = false;
  $('link-href').focus();
}

function closePanel(panel: HTMLElement): void {
  panel.hidden = true;
  editor.commands.focus();
}

function openImagePanel(): void {
  const image = selectedImage(editor);
  editingImage = image?.pos ?? null;
  $('image-src').value = image?.src ?? '';
  $('image-alt').value = image?.alt ?? '';
  $('image-caption').value = image?.caption ?? '';
  $('image-credit').value = image?.credit ?? '';
  $('image-apply').textContent = image ? 'Update image' : 'Insert image';
  say('image-message', '');
  imagePanel.hidden = false;
  $('image-src').focus();
}

function refreshToolbar(): void {
  const kind = blockKind(editor);
  const pressed: Record<string, boolean> = {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    code: editor.isActive('code'),
    paragraph: kind === 'paragraph',
    heading2: kind === 'heading2',
    heading3: kind === 'heading3',
    heading4: kind === 'heading4',
    quote: kind === 'quote',
    bullets: isList(editor, false),
    numbers: isList(editor, true),
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-tool]')) {
    const on = pressed[button.dataset.tool!];
    if (on !== undefined) button.setAttribute('aria-pressed', String(on));
  }
}

const TOOLS: Record<string, () => unknown> = {
  paragraph: () => toParagraph(editor),
  heading2: () => toHeading(editor, 2),
  heading3: () => toHeading(editor, 3),
  heading4: () => toHeading(editor, 4),
  quote: () => toQuote(editor),
  bullets: () => toList(editor, false),
  numbers: () => toList(editor, true),
  bold: () => editor.chain().focus().toggleMark('bold').run(),
  italic: () => editor.chain().focus().toggleMark('italic').run(),
  code: () => editor.chain().focus().toggleMark('code').run(),
  link: openLinkPanel,
  image: openImagePanel,
};
// The toolbar is one stop for Tab; the arrow keys, Home and End move along it (WAI-ARIA toolbar).
const toolButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-tool]')];
toolButtons.forEach((button, index) => {
  button.tabIndex = index === 0 ? 0 : -1;
});
document.querySelector('[role="toolbar"]')?.addEventListener('keydown', (event) => {
  const key = (event as KeyboardEvent).key;
  const current = toolButtons.indexOf(document.activeElement as HTMLButtonElement);
  if (current < 0) return;
  const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: toolButtons.length - 1 }[key];
  if (next === undefined) return;
  event.preventDefault();
  const target = toolButtons[(next + toolButtons.length) % toolButtons.length]!;
  toolButtons[current]!.tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
});
for (const button of toolButtons) {
  button.addEventListener('click', () => {
    TOOLS[button.dataset.tool!]?.();
    refreshToolbar();
  });
}

$('link-apply').addEventListener('click', () => {
  const href = value('link-href');
  if (href && !/^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href)) {
    say('link-message', 'A link must start with https://, http://, mailto:, / or #.');
    $('link-href').focus();
    return;
  }
  setLink(editor, href, value('link-title') || null);
  closePanel(linkPanel);
});
$('link-remove').addEventListener('click', () => {
  setLink(editor, '', null);
  closePanel(linkPanel);
});
$('link-cancel').addEventListener('click', () => closePanel(linkPanel));
$('image-apply').addEventListener('click', () => {
  const fields: ImageFields = {
    src: value('image-src'),
    alt: value('image-alt'),
    caption: value('image-caption') || null,
    credit: value('image-credit') || null,
  };
  if (!/^(?:https?:\/\/|\/(?!\/))/i.test(fields.src)) {
    say('image-message', 'The image address must start with https://, http:// or /.');
    $('image-src').focus();
    return;
  }
  if (!fields.alt) {
    say('image-message', 'Describe the image for people who cannot see it.');
    $('image-alt').focus();
    return;
  }
  if (editingImage !== null) updateImage(editor, editingImage, fields);
  else insertImage(editor, fields);
  closePanel(imagePanel);
});
$('image-cancel').addEventListener('click', () => closePanel(imagePanel));
for (const panel of [linkPanel, imagePanel]) {
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePanel(panel);
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      (panel.querySelector('button') as HTMLButtonElement).click();
    }
  });
}

// ---- Start: the stored story, or the text this browser kept -----------------------------------

const kept = readKeptDraft<StoryInput>(localStorage, slug ?? 'new');
if (kept && stored && sameStory(kept.draft, stored)) localStorage.removeItem(draftKey(slug!));
const start: StoryInput = kept?.draft ?? stored ?? { headline: '', body: [], status: 'draft', commentSettings: { open: true } };
if (!data.article) status = 'draft';
editor = createBodyEditor({
  element: $('body-editor'),
  blocks: start.body,
  label: 'Story text',
  onChange: changed,
  convertPaste: (kind, text) => convertPaste(transport, kind, text),
  onPasteError: (message) => say('paste-message', message),
  onLinkShortcut: openLinkPanel,
});
mountMediaTools(editor);
mountLeadImage();
editor.on('selectionUpdate', refreshToolbar);
editor.on('transaction', refreshToolbar);
// Enter on a selected image edits it.
editor.view.dom.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && selectedImage(editor)) {
    event.preventDefault();
    openImagePanel();
  }
});
fillForm(start);
if (!data.article) status = 'draft';
showCounts(currentInput());
if (kept && !(stored && sameStory(kept.draft, stored))) {
  const note = $('restored');
  note.hidden = false;
  note.textContent = `Restored text typed in this browser on ${formatTime(new Date(kept.at).toISOString(), timeZone)} that the server did not have yet; saving it now.`;
  autosave.change(kept.draft);
}

$('slug').addEventListener('change', () => {
  slugChoice = value('slug');
  changed();
});
for (const id of [
  'headline',
  'standfirst',
  'authors',
  'tags',
  'section-name',
  'lead-src',
  'lead-alt',
  'lead-caption',
  'lead-credit',
  'comments-open',
  'comments-moderation',
]) {
  $(id).addEventListener('input', changed);
  $(id).addEventListener('change', changed);
}
$('corrections').addEventListener('input', changed);
$('add-correction').addEventListener('click', () => addCorrection().focus());
window.addEventListener('online', () => void autosave.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void autosave.flush();
});
// The editor takes keys from here on: what the benchmark times as interactive.
performance.mark('desk-editor-ready');
document.documentElement.dataset.editorReady = 'true';
