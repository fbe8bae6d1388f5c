/**
 * @module
 * A library picture's page: changing its text alternative, caption and credit, and deleting it
 * after a second, explicit yes (or saying why it cannot be: the stories that use it).
 */
import { deleteMedia, updateMedia } from '../data/index.ts';
import { deskPath } from '../lib/paths.ts';
import { problemText, say, transport } from './page.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

const form = $<HTMLFormElement>('media-words');
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
  const save = $<HTMLButtonElement>('media-save')!;
  save.disabled = true;
  say('media-saved', 'Saving…');
  try {
    const media = await updateMedia(transport, form.dataset.id ?? '', {
      alt: field('alt'),
      caption: field('caption') || null,
      credit: field('credit') || null,
    });
    say('media-saved', 'Saved.');
    // The page is named after the text alternative, as the server named it.
    const name = media.alt || 'A picture without a text alternative';
    document.title = `${name} · ${document.title.split(' · ').at(-1)}`;
    const heading = document.querySelector('h1');
    if (heading) heading.textContent = name;
  } catch (error) {
    say('media-saved', '');
    say('media-message', `Not saved: ${problemText(error)}`);
  } finally {
    save.disabled = false;
  }
});

const ask = $<HTMLButtonElement>('media-delete');
const confirm = $<HTMLDivElement>('media-delete-confirm');
const showConfirm = (open: boolean) => {
  if (!ask || !confirm) return;
  confirm.hidden = !open;
  ask.setAttribute('aria-expanded', String(open));
  (open ? $('media-delete-no') : ask)?.focus();
};
ask?.addEventListener('click', () => {
  say('media-message', '');
  showConfirm(true);
});
$('media-delete-no')?.addEventListener('click', () => showConfirm(false));
confirm?.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') showConfirm(false);
});
const yes = $<HTMLButtonElement>('media-delete-yes');
yes?.addEventListener('click', async () => {
  yes.disabled = true;
  say('media-message', '');
  try {
    await deleteMedia(transport, confirm?.dataset.id ?? '');
    location.assign(`${deskPath('/media')}?deleted=1`);
  } catch (error) {
    yes.disabled = false;
    showConfirm(false);
    say('media-message', `Not deleted: ${problemText(error)}`);
  }
});
