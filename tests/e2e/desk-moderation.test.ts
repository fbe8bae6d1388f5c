/**
 * @module
 * Moderating comments in the desk, in Chromium: held comments approved (and then shown on the
 * site) or marked as spam (never shown), decided in bulk and with the keyboard, a commenter
 * blocked from the queue, the navigation's count, and a story's comment settings (closed, or
 * pre-moderated) set on its page in the desk. Results are checked through the API and the site.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { type Browser, openBrowser } from '../support/browser.ts';
import { completeSetupForm, type DeskStack, inviteFromPeoplePage, setupLink, startDeskStack } from './desk-stack.ts';

let stack: DeskStack;
let admin: Browser;
let contributor: Browser;
let page: Page;
let slugs: string[] = [];

interface Moderated {
  id: string;
  body: string;
  status: string;
  heldFor: string[];
}

beforeAll(async () => {
  // Every comment here comes from one address: the rate hold and limit have tests of their own.
  stack = await startDeskStack({ COMMENT_SUSPECT_WORDS: 'casino', COMMENT_RATE_LIMIT: '1000', COMMENT_RATE_HOLD: '0' });
  [admin, contributor] = await Promise.all([openBrowser({ javaScript: true }), openBrowser({ javaScript: true })]);
  page = await admin.context.newPage();
  await completeSetupForm(page, await setupLink(stack), { name: 'Ed Admin', email: 'ed@example.org' });
  const invitation = await inviteFromPeoplePage(page, stack.desk.url, 'cora@example.org', 'contributor');
  const mine = await contributor.context.newPage();
  await completeSetupForm(mine, invitation, { name: 'Cora Contributor', email: 'cora@example.org' });
  await mine.close();
  slugs = ((await (await fetch(`${stack.api.url}/v1/articles?limit=10`)).json()) as { items: { slug: string }[] }).items.map((a) => a.slug);
});

afterAll(async () => {
  await Promise.all([admin?.close(), contributor?.close()]);
  await stack?.stop();
});

/**
 * Posts a reader's comment through the API, as the site's form would (for a reader at `from`, as
 * the site tells the API); answers the status and body.
 */
async function post(
  slug: string,
  body: string,
  email?: string,
  from?: string,
): Promise<{ status: number; json: { id: string; status: string } }> {
  const res = await fetch(`${stack.api.url}/v1/articles/${slug}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ authorName: 'Rita Reader', body, ...(email ? { email } : {}) }),
  });
  return { status: res.status, json: (await res.json()) as { id: string; status: string } };
}

/** A comment posted to be held (a suspect word); its id. */
async function held(body: string, email?: string): Promise<string> {
  const res = await post(slugs[0]!, `${body} casino`, email);
  expect(res.status).toBe(202);
  return res.json.id;
}

/** A comment as moderators see it, read with the page's session. */
async function moderated(id: string, status = 'any'): Promise<Moderated | undefined> {
  const items = await page.evaluate(
    async (s) => ((await (await fetch(`/v1/comments?status=${s}&limit=100`)).json()) as { items: Moderated[] }).items,
    status,
  );
  return items.find((c) => c.id === id);
}

async function openQueue(order = 'newest'): Promise<void> {
  await page.goto(`${stack.desk.url}/desk/comments?order=${order}`);
  await page.waitForLoadState('load');
}

const item = (id: string) => page.locator(`li[data-comment-id="${id}"]`);
const navLink = () => page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: /^Comments/ });

/** Waits until the queue's live region says `text`. */
async function said(text: string): Promise<void> {
  await page
    .waitForFunction((t) => document.getElementById('queue-message')?.textContent === t, text, { timeout: 10_000 })
    .catch(async (error) => {
      throw new Error(`${error}; the page says: ${await page.locator('#queue-message').textContent()}`);
    });
}

/** The site's article page. */
async function sitePage(slug: string): Promise<string> {
  return (await fetch(`${stack.site.url}/articles/${slug}`)).text();
}

describe('the moderation queue', () => {
  it('shows a held comment with its story and reason; approved, it leaves the queue and shows on the site; the count follows', async () => {
    await openQueue();
    const before = Number(/\((\d+) waiting\)/.exec((await navLink().textContent()) ?? '')?.[1]);
    const id = await held('The new timetable is a fine thing');
    await openQueue();
    await expect(navLink().textContent()).resolves.toBe(`Comments (${before + 1} waiting)`);
    await expect(item(id).locator('[data-reason="suspect-word"]').textContent()).resolves.toBe('Suspect word');
    await expect(item(id).getByRole('link').first().getAttribute('href')).resolves.toBe(`/desk/stories/${slugs[0]}`);
    expect(await sitePage(slugs[0]!)).not.toContain('The new timetable is a fine thing');
    await item(id).getByRole('button', { name: 'Approve' }).click();
    await item(id).waitFor({ state: 'detached' });
    await expect(page.locator('#queue-message').textContent()).resolves.toMatch(/^Approved 1 comment\./);
    await expect(navLink().textContent()).resolves.toBe(`Comments (${before} waiting)`);
    expect((await moderated(id))?.status).toBe('approved');
    expect(await sitePage(slugs[0]!)).toContain('The new timetable is a fine thing');
    await openQueue();
    await expect(navLink().textContent()).resolves.toBe(`Comments (${before} waiting)`);
  });

  it('marks a comment as spam: gone from the queue, never on the site', async () => {
    const id = await held('Cheap chips here');
    await openQueue();
    await item(id).getByRole('button', { name: 'Spam' }).click();
    await item(id).waitFor({ state: 'detached' });
    expect((await moderated(id, 'spam'))?.status).toBe('spam');
    await openQueue();
    expect(await item(id).count()).toBe(0);
    expect(await sitePage(slugs[0]!)).not.toContain('Cheap chips here');
  });

  it('approves and rejects in bulk, with the checkboxes and select all', async () => {
    const ids = [await held('Bulk one'), await held('Bulk two'), await held('Bulk three')];
    await openQueue();
    await item(ids[0]!).getByRole('checkbox').check();
    await item(ids[1]!).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Approve selected' }).click();
    await item(ids[0]!).waitFor({ state: 'detached' });
    await item(ids[1]!).waitFor({ state: 'detached' });
    await expect(page.locator('#queue-message').textContent()).resolves.toMatch(/^Approved 2 comments\./);
    await page.getByLabel('Select all').check();
    await page.getByRole('button', { name: 'Reject selected' }).click();
    await item(ids[2]!).waitFor({ state: 'detached' });
    expect(await page.locator('li.held-comment').count()).toBe(0);
    await expect(page.locator('#queue-summary').textContent()).resolves.toBe('Nothing awaits moderation.');
    expect(await Promise.all(ids.map(async (id) => (await moderated(id))?.status))).toEqual(['approved', 'approved', 'rejected']);
  });

  it('moderates with the keyboard, oldest first, and says what happened', async () => {
    const ids = [await held('Keys one'), await held('Keys two'), await held('Keys three'), await held('Keys four')];
    await openQueue('oldest');
    await page.keyboard.press('j');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-comment-id'))).resolves.toBe(ids[0]);
    await said('Comment 1 of 4, by Rita Reader; held for Suspect word.');
    await page.keyboard.press('a');
    await item(ids[0]!).waitFor({ state: 'detached' });
    // Focus moved on to the next comment: r rejects it.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-comment-id'))).resolves.toBe(ids[1]);
    await page.keyboard.press('r');
    await item(ids[1]!).waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-comment-id'))).resolves.toBe(ids[3]);
    await page.keyboard.press('x');
    await page.keyboard.press('k');
    await page.keyboard.press('x');
    await said('Selected the comment by Rita Reader; 2 selected.');
    await page.getByRole('button', { name: 'Mark selected as spam' }).click();
    await item(ids[3]!).waitFor({ state: 'detached' });
    await page.keyboard.press('s'); // nothing left in focus: nothing happens
    expect(await Promise.all(ids.map(async (id) => (await moderated(id))?.status))).toEqual(['approved', 'rejected', 'spam', 'spam']);
  });

  it('blocks a commenter from the queue: their next comment is held, with their earlier ones shown beside it', async () => {
    const id = await held('First from Tom', 'tom@example.org');
    await openQueue();
    await item(id).getByRole('button', { name: 'Block tom@example.org' }).click();
    await said('Blocked tom@example.org: their new comments will be held for a moderator.');
    const next = await post(slugs[0]!, 'An ordinary remark.', 'Tom@Example.org');
    expect([next.status, next.json.status]).toEqual([202, 'pending']);
    expect((await moderated(next.json.id))?.heldFor).toEqual(['blocked']);
    await openQueue();
    await expect(item(next.json.id).locator('.others summary').textContent()).resolves.toBe('Other comments by this commenter (1)');
    await expect(item(next.json.id).locator('.others li').textContent()).resolves.toContain('First from Tom casino');
    // An ordinary reader still gets through at once.
    expect((await post(slugs[0]!, 'Another ordinary remark.', 'una@example.org')).status).toBe(201);
  });

  it('blocks the address a comment came from, without showing it: the next comment from there is held', async () => {
    const first = await post(slugs[0]!, 'Posted from a cafe casino', undefined, '203.0.113.61');
    await openQueue();
    expect(await page.content()).not.toContain('203.0.113.61');
    await item(first.json.id).getByRole('button', { name: 'Block their address' }).click();
    await said('Blocked the address of Rita Reader: their new comments will be held for a moderator.');
    const next = await post(slugs[0]!, 'A harmless remark from the same cafe.', 'vic@example.org', '203.0.113.61');
    expect(next.status).toBe(202);
    expect((await moderated(next.json.id))?.heldFor).toEqual(['blocked']);
    expect((await post(slugs[0]!, 'From across the street.', undefined, '203.0.113.62')).status).toBe(201);
  });

  it('has no axe violations with comments in it', async () => {
    await held('For the accessibility check', 'ally@example.org');
    await openQueue();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets a moderator work the queue', async () => {
    const invitation = await inviteFromPeoplePage(page, stack.desk.url, 'mo@example.org', 'moderator');
    const moderator = await openBrowser({ javaScript: true });
    try {
      const theirs = await moderator.context.newPage();
      await completeSetupForm(theirs, invitation, { name: 'Mo Moderator', email: 'mo@example.org' });
      const id = await held('For the moderator');
      await theirs
        .getByRole('navigation', { name: 'Desk' })
        .getByRole('link', { name: /^Comments \(\d+ waiting\)$/ })
        .click();
      await theirs.locator(`li[data-comment-id="${id}"]`).getByRole('button', { name: 'Approve' }).click();
      await theirs.locator(`li[data-comment-id="${id}"]`).waitFor({ state: 'detached' });
      expect((await moderated(id))?.status).toBe('approved');
    } finally {
      await moderator.close();
    }
  });

  it('refuses a contributor clearly, and shows them no Comments link', async () => {
    const theirs = await contributor.context.newPage();
    const res = await theirs.goto(`${stack.desk.url}/desk/comments`);
    expect(res?.status()).toBe(403);
    await expect(theirs.getByRole('alert').textContent()).resolves.toContain(
      'Only moderators, editors and administrators moderate comments',
    );
    expect(
      await theirs
        .getByRole('navigation', { name: 'Desk' })
        .getByRole('link', { name: /^Comments/ })
        .count(),
    ).toBe(0);
    await theirs.close();
  });
});

describe("a story's comment settings in the desk", () => {
  async function setComments(slug: string, settings: { open: boolean; moderation: '' | 'pre' | 'post' }): Promise<void> {
    await page.goto(`${stack.desk.url}/desk/stories/${slug}`);
    await page.waitForSelector('html[data-editor-ready]');
    await page.getByLabel('Readers may comment').setChecked(settings.open);
    await page.getByLabel('Moderation', { exact: true }).selectOption(settings.moderation);
    await page.getByRole('button', { name: 'Save now' }).click();
    await page.waitForFunction(() => document.getElementById('save-status')?.textContent === 'Saved', null, { timeout: 15_000 });
  }

  it('closing comments takes the form off the site and the API refuses a new one', async () => {
    const slug = slugs[1]!;
    expect(await sitePage(slug)).toContain('class="comment-form"');
    await setComments(slug, { open: false, moderation: '' });
    const html = await sitePage(slug);
    expect(html).not.toContain('class="comment-form"');
    expect(html).toContain('Comments are closed.');
    expect((await post(slug, 'Too late?')).status).toBe(403);
  });

  it('pre-moderation set in the desk holds a new comment', async () => {
    const slug = slugs[2]!;
    await setComments(slug, { open: true, moderation: 'post' });
    expect((await post(slug, 'Shown at once.')).status).toBe(201);
    await setComments(slug, { open: true, moderation: 'pre' });
    const res = await post(slug, 'Held for a moderator now.');
    expect(res.status).toBe(202);
    expect((await moderated(res.json.id))?.heldFor).toEqual(['pre-moderation']);
  });
});
