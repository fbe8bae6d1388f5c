/**
 * @module
 * The setup, invitation and reset form.
 */
import { completeSetup } from '../data/index.ts';
import { deskPath } from '../lib/paths.ts';
import { problemText, say, transport } from './page.ts';

const form = document.getElementById('setup-form') as HTMLFormElement | null;
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const token = form.dataset.token ?? '';
  const password = String(data.get('password') ?? '');
  if (password.length < 12) {
    say('setup-message', 'The password needs at least 12 characters.');
    (form.elements.namedItem('password') as HTMLInputElement).focus();
    return;
  }
  const fields: { token: string; password: string; name?: string; email?: string } = { token, password };
  if (form.dataset.kind !== 'reset') {
    fields.name = String(data.get('name') ?? '').trim();
    fields.email = String(data.get('email') ?? '').trim();
    if (!fields.name || !fields.email) {
      say('setup-message', 'Enter your name and e-mail.');
      return;
    }
  }
  try {
    await completeSetup(transport, fields);
    location.assign(deskPath('/'));
  } catch (error) {
    say('setup-message', problemText(error));
  }
});
