/**
 * @module
 * The sign-out button of every page.
 */
import { signOut } from '../data/index.ts';
import { deskPath } from '../lib/paths.ts';
import { transport } from './page.ts';

document.getElementById('sign-out')?.addEventListener('click', async () => {
  try {
    await signOut(transport);
  } finally {
    location.assign(deskPath('/sign-in'));
  }
});
