/**
 * @module
 * The front-page control of the story page: pins the story (for the chosen hours, or until
 * lifted) or lifts its pin, then reloads so the page shows the pin as the API now has it.
 */
import { pinToFrontPage, unpinFromFrontPage } from '../data/index.ts';
import { problemText, say, transport } from './page.ts';

const section = document.querySelector<HTMLElement>('.front-page-pin');
const slug = section?.dataset.slug ?? '';

/** `hours` from now as an ISO time, or null for a pin kept until lifted. */
function untilFrom(hours: string): string | null {
  return hours ? new Date(Date.now() + Number(hours) * 3_600_000).toISOString() : null;
}

async function change(action: () => Promise<void>, failure: string): Promise<void> {
  try {
    await action();
    location.reload();
  } catch (error) {
    say('front-page-pin-message', `${failure}: ${problemText(error)}`);
  }
}

document.getElementById('front-page-pin')?.addEventListener('click', () => {
  const hours = document.querySelector<HTMLSelectElement>('#front-page-pin-for')?.value ?? '';
  void change(() => pinToFrontPage(transport, slug, untilFrom(hours)), 'Not pinned');
});

document.getElementById('front-page-unpin')?.addEventListener('click', () => {
  void change(() => unpinFromFrontPage(transport, slug), 'Not unpinned');
});
