/**
 * @module
 * The sign-in form.
 */
import { ApiError, signIn } from '../data/index.ts';
import { problemText, say, transport } from './page.ts';

const form = document.getElementById('sign-in-form') as HTMLFormElement | null;
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const email = String(data.get('email') ?? '').trim();
  const password = String(data.get('password') ?? '');
  if (!email || !password) {
    say('sign-in-message', 'Enter your e-mail and password.');
    return;
  }
  say('sign-in-message', '');
  try {
    await signIn(transport, email, password);
    location.assign(form.dataset.next ?? '/desk/');
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) {
      const wait = error.headers.get('retry-after');
      say('sign-in-message', `Too many attempts. Try again${wait ? ` in ${wait} seconds` : ' later'}.`);
    } else say('sign-in-message', problemText(error));
  }
});
