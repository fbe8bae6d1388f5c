/**
 * @module
 * What the desk's browser tests run against: the real API on a temporary SQLite database with
 * the sample articles, the built site and the built desk (which forwards /v1 to the API), and
 * helpers for the steps every test takes: the first admin's setup link, signing in, inviting.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { firstAdminLink } from '../../apps/api/src/services/accounts/people.ts';
import { openSqliteStore } from '../../apps/api/src/store/sqlite/store.ts';
import { freePort, launchDesk, type Running, startApi, startSite } from '../support/processes.ts';

export interface DeskStack {
  api: Running;
  site: Running;
  desk: Running;
  databasePath: string;
  stop(): Promise<void>;
}

/** A password long enough for every rule. */
const PASSWORD = 'correct horse battery staple';

/**
 * Starts the API, the site and the desk on free ports.
 *
 * @example
 * const stack = await startDeskStack();
 */
export async function startDeskStack(env: Record<string, string> = {}): Promise<DeskStack> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-desk-e2e-'));
  const databasePath = join(dir, 'dateline.db');
  const deskPort = await freePort();
  const deskUrl = `http://127.0.0.1:${deskPort}`;
  // The site's page cache would hold a page past the moment a scheduled story appears.
  const api = await startApi(`sqlite:${databasePath}`, ['--samples'], { DESK_URL: deskUrl, ENRICH: 'off', ...env });
  try {
    const [site, desk] = await Promise.all([
      startSite(api.url, { env: { PAGE_CACHE: 'off' } }),
      launchDesk(api.url, { DESK_PORT: String(deskPort), ...env }),
    ]);
    return {
      api,
      site,
      desk,
      databasePath,
      stop: async () => {
        await Promise.all([desk.stop(), site.stop(), api.stop()]);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The first admin's one-time setup link: the one `dateline serve` printed, else one made by the
 * same service on the same database.
 */
export async function setupLink(stack: DeskStack): Promise<string> {
  const printed = /https?:\/\/\S+\/desk\/setup\/[A-Za-z0-9_-]+/.exec(stack.api.output());
  if (printed) return printed[0];
  const store = openSqliteStore(stack.databasePath);
  try {
    const link = await firstAdminLink(store, stack.desk.url);
    if (!link) throw new Error('an admin exists already');
    return link.url;
  } finally {
    await store.close();
  }
}

/** Fills and sends a setup or invitation form. */
export async function completeSetupForm(page: Page, url: string, person: { name: string; email: string }): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/desk\/$/);
}

/** Signs in on the sign-in page. */
export async function signIn(page: Page, deskUrl: string, email: string): Promise<void> {
  await page.goto(`${deskUrl}/desk/sign-in`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/desk\/$/);
}

/** Invites someone from the people page and returns the link. */
export async function inviteFromPeoplePage(page: Page, deskUrl: string, email: string, role: string): Promise<string> {
  await page.goto(`${deskUrl}/desk/people`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Make an invitation link' }).click();
  const url = (await page.locator('#invite-url').textContent({ timeout: 10_000 })) ?? '';
  if (!url.includes('/desk/setup/')) throw new Error(`no invitation link: ${url}`);
  return url;
}
