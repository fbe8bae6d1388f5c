/**
 * @module
 * The people page: invitations, role changes and deactivation.
 */
import { invite, type Role, updatePerson } from '../data/index.ts';
import { problemText, say, transport } from './page.ts';

const form = document.getElementById('invite-form') as HTMLFormElement | null;
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const email = String(data.get('email') ?? '').trim();
  if (!email) {
    say('invite-result', 'Enter the e-mail address of the person to invite.');
    return;
  }
  const name = String(data.get('name') ?? '').trim();
  try {
    const link = await invite(transport, { email, role: String(data.get('role')) as Role, ...(name ? { name } : {}) });
    const result = document.getElementById('invite-result')!;
    result.replaceChildren(`Pass this link on to ${email} (it works once, until ${new Date(link.expiresAt).toLocaleString()}): `);
    const code = document.createElement('code');
    code.id = 'invite-url';
    code.textContent = link.url;
    result.append(code);
  } catch (error) {
    say('invite-result', `No invitation made: ${problemText(error)}`);
  }
});

for (const select of document.querySelectorAll<HTMLSelectElement>('[data-role-of]')) {
  select.addEventListener('change', async () => {
    try {
      await updatePerson(transport, select.dataset.roleOf ?? '', { role: select.value as Role });
      say('people-message', `Role changed to ${select.value}.`);
    } catch (error) {
      say('people-message', `Role not changed: ${problemText(error)}`);
    }
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-active-of]')) {
  button.addEventListener('click', async () => {
    const active = button.dataset.active !== 'true';
    try {
      await updatePerson(transport, button.dataset.activeOf ?? '', { active });
      button.dataset.active = String(active);
      const name = button.textContent?.replace(/^(De|Re)activate /, '') ?? '';
      button.textContent = active ? `Deactivate ${name}` : `Reactivate ${name}`;
      say('people-message', active ? `${name} can sign in again.` : `${name} is deactivated and signed out everywhere.`);
    } catch (error) {
      say('people-message', `Not changed: ${problemText(error)}`);
    }
  });
}
