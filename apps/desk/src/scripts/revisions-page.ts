/**
 * @module
 * Restore buttons of the revisions page.
 */
import { restoreRevision } from '../data/index.ts';
import { draftKey } from '../lib/autosave.ts';
import { storyPath } from '../lib/paths.ts';
import { problemText, say, transport } from './page.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-restore]')) {
  button.addEventListener('click', async () => {
    try {
      const article = await restoreRevision(transport, button.dataset.slug ?? '', button.dataset.restore ?? '');
      // The editor must start from the restored text, not from an older copy kept in this browser.
      localStorage.removeItem(draftKey(article.slug));
      location.assign(storyPath(article.slug));
    } catch (error) {
      say('restore-message', `Not restored: ${problemText(error)}`);
    }
  });
}
