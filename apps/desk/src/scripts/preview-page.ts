/**
 * @module
 * The preview page's shareable link button.
 */
import { createPreviewLink } from '../data/index.ts';
import { problemText, transport } from './page.ts';

const button = document.getElementById('share-preview') as HTMLButtonElement | null;
button?.addEventListener('click', async () => {
  const result = document.getElementById('share-result')!;
  try {
    const link = await createPreviewLink(transport, button.dataset.slug ?? '', 24 * 3600);
    const url = new URL(`/desk/shared-preview/${encodeURIComponent(link.token)}`, location.origin).href;
    result.replaceChildren('Anyone with this link can read the preview until ', new Date(link.expiresAt).toLocaleString(), ': ');
    const a = document.createElement('a');
    a.href = url;
    a.textContent = url;
    result.append(a);
  } catch (error) {
    result.textContent = `No link was made: ${problemText(error)}`;
  }
});
