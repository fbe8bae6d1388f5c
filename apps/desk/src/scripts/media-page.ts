/**
 * @module
 * A library picture's page: deleting it, or saying why it cannot be (the stories that use it).
 */
import { deleteMedia } from '../data/index.ts';
import { deskPath } from '../lib/paths.ts';
import { problemText, say, transport } from './page.ts';

const button = document.getElementById('media-delete') as HTMLButtonElement | null;
button?.addEventListener('click', async () => {
  button.disabled = true;
  say('media-message', '');
  try {
    await deleteMedia(transport, button.dataset.id ?? '');
    location.assign(`${deskPath('/media')}?deleted=1`);
  } catch (error) {
    button.disabled = false;
    say('media-message', `Not deleted: ${problemText(error)}`);
  }
});
