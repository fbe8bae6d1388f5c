/**
 * @module
 * The desk's accounts in Chromium: the first admin sets up their account from the one-time
 * link, invites a contributor who accepts, and a contributor cannot publish, neither in the desk
 * nor through the API with their session. Every page passes axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { type Browser, openBrowser } from '../support/browser.ts';
import { completeSetupForm, type DeskStack, inviteFromPeoplePage, setupLink, startDeskStack } from './desk-stack.ts';

let stack: DeskStack;
let admin: Browser;
let contributor: Browser;

beforeAll(async () => {
  stack = await startDeskStack();
  [admin, contributor] = await Promise.all([openBrowser({ javaScript: true }), openBrowser({ javaScript: true })]);
});

afterAll(async () => {
  await Promise.all([admin?.close(), contributor?.close()]);
  await stack?.stop();
});

describe('the desk in Chromium', () => {
  it('sends someone who is not signed in to the sign-in page, which passes axe', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${stack.desk.url}/`);
    expect(new URL(page.url()).pathname).toBe('/desk/sign-in');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('sets up the first admin from the one-time link, which then no longer works', async () => {
    const link = await setupLink(stack);
    const page = await admin.context.newPage();
    await page.goto(link);
    expect(await axeViolations(page)).toEqual([]);
    await completeSetupForm(page, link, { name: 'Ada Admin', email: 'ada@example.org' });
    await expect(page.getByRole('heading', { name: 'Stories', level: 1 }).isVisible()).resolves.toBe(true);
    expect(await page.getByText('Ada Admin').first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const again = await page.goto(link);
    expect(again?.status()).toBe(410);
    await page.close();
  });

  it('lists every story, newest change first', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${stack.desk.url}/desk/`);
    expect(await page.locator('#all-stories tbody tr').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('filters the list by words', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${stack.desk.url}/desk/`);
    await page.getByLabel('Words').fill('ferry');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/q=ferry/);
    const headlines = await page.locator('#all-stories tbody tr td:first-child').allTextContents();
    expect(headlines).toEqual(['Harbour ferry returns after winter repairs']);
    await page.close();
  });

  it('lets the admin invite a contributor, who accepts with the keyboard alone', async () => {
    const page = await admin.context.newPage();
    const invitation = await inviteFromPeoplePage(page, stack.desk.url, 'cora@example.org', 'contributor');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    const mine = await contributor.context.newPage();
    await mine.goto(invitation);
    // Keyboard only: Tab through the form, type, and press Enter.
    await mine.locator('#name').focus();
    await mine.keyboard.type('Cora Contributor');
    await mine.keyboard.press('Tab');
    await mine.keyboard.press('ControlOrMeta+A');
    await mine.keyboard.type('cora@example.org');
    await mine.keyboard.press('Tab');
    await mine.keyboard.type('correct horse battery staple');
    await mine.keyboard.press('Enter');
    await mine.waitForURL(/\/desk\/$/);
    expect(await mine.getByText('Cora Contributor').first().isVisible()).toBe(true);
    // Contributors have no people page in their navigation.
    expect(await mine.getByRole('link', { name: 'People' }).count()).toBe(0);
    await mine.close();
  });

  it('says so when sign-in is throttled after repeated wrong passwords', async () => {
    const browser = await openBrowser({ javaScript: true });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${stack.desk.url}/desk/sign-in`);
      const messages: string[] = [];
      for (let i = 0; i < 7; i++) {
        await page.evaluate(() => (document.getElementById('sign-in-message')!.textContent = ''));
        await page.getByLabel('E-mail').fill(i === 0 ? 'nobody@example.org' : 'ada@example.org');
        await page.getByLabel('Password').fill(`wrong password ${i}`);
        await page.getByLabel('Password').press('Enter');
        await page.waitForFunction(() => (document.getElementById('sign-in-message')?.textContent ?? '') !== '');
        messages.push((await page.locator('#sign-in-message').textContent()) ?? '');
      }
      // The same words for an unknown address and a wrong password; then the lock.
      expect(new Set(messages.slice(0, 5)).size).toBe(1);
      expect(messages.at(-1)).toMatch(/^Too many attempts\. Try again in \d+ seconds\.$/);
    } finally {
      await browser.close();
    }
  });

  it('never lets a contributor publish: no button in the desk, a 403 from the API with their session', async () => {
    const page = await contributor.context.newPage();
    await page.goto(`${stack.desk.url}/desk/stories/new`);
    expect(await page.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Submit for review' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const answer = await page.evaluate(async () => {
      const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
      const body = {
        headline: 'Trying to publish',
        status: 'published',
        body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }],
      };
      const response = await fetch('/v1/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify(body),
      });
      return response.status;
    });
    expect(answer).toBe(403);
    const withoutCsrf = await page.evaluate(async () => {
      const body = { headline: 'No token', status: 'draft', body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }] };
      return (await fetch('/v1/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }))
        .status;
    });
    expect(withoutCsrf).toBe(403);
    await page.close();
  });
});
