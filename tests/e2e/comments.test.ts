/**
 * @module
 * Commenting in a real browser with JavaScript turned off: a comment that appears at once, one
 * that needs fixing, one held for a moderator, a reply, and the posts the site must refuse.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser } from '../support/browser.ts';
import { PRE_MODERATED_SLUG, type Stack, startStack } from './stack.ts';

const SLUG = 'bakers-cooperative-marks-ten-years';

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // Every post here comes from one address; the rate limit and the rate hold have tests of their own.
  stack = await startStack({ apiEnv: { COMMENT_RATE_LIMIT: '1000', COMMENT_RATE_HOLD: '0' } });
  browser = await openBrowser({ javaScript: false });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function fillAndPost(fields: { name?: string; body?: string; email?: string }): Promise<void> {
  if (fields.name !== undefined) await page.getByLabel('Name').fill(fields.name);
  if (fields.body !== undefined) await page.getByLabel('Comment', { exact: true }).fill(fields.body);
  if (fields.email !== undefined) await page.getByLabel('E-mail').fill(fields.email);
  await page.locator('form.comment-form button[type=submit]').click();
  await page.waitForLoadState();
}

async function apiThreads(slug: string) {
  const res = await fetch(`${stack.api.url}/v1/articles/${slug}/comments`, { headers: { 'cache-control': 'no-cache' } });
  return (await res.json()) as { total: number; items: { id: string; authorName: string }[] };
}

describe('commenting without JavaScript', () => {
  let parentId = '';

  it('shows a valid comment at once, in place, with its line breaks and without the e-mail address', async () => {
    await page.goto(`${stack.site.url}/articles/${SLUG}`);
    await expect(page.locator('#comments').innerText()).resolves.toContain('There are no comments');
    await fillAndPost({ name: 'Hannah Moss', body: 'Ten years already!\nCongratulations.', email: 'hannah@example.org' });
    const url = new URL(page.url());
    parentId = /^#comment-(.+)$/.exec(url.hash)?.[1] ?? '';
    expect(parentId).not.toBe('');
    expect(url.pathname).toBe(`/articles/${SLUG}`);
    const comment = page.locator(`#comment-${parentId}`);
    await expect(comment.locator('.comment-author').innerText()).resolves.toBe('Hannah Moss');
    await expect(comment.locator('.comment-body').innerText()).resolves.toBe('Ten years already!\nCongratulations.');
    await expect(page.locator('#comments-heading').innerText()).resolves.toBe('1 comment');
    await expect(page.content()).resolves.not.toContain('hannah@example.org');
  });

  it('shows what to fix beside the field and keeps what was typed', async () => {
    await page.goto(`${stack.site.url}/articles/${SLUG}`);
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await fillAndPost({ name: '', body: 'I forgot my name.', email: 'not an address' });
    expect((await response).status()).toBe(422);
    const name = page.getByLabel('Name');
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy}"]`).innerText()).resolves.toBe('Enter your name.');
    await expect(page.locator('.field', { has: name }).innerText()).resolves.toContain('Enter your name.');
    await expect(page.getByLabel('Comment', { exact: true }).inputValue()).resolves.toBe('I forgot my name.');
    await expect(page.getByLabel('E-mail').inputValue()).resolves.toBe('not an address');
    expect((await apiThreads(SLUG)).total).toBe(1);
  });

  it('nests a reply under the comment it answers', async () => {
    // Back on the page the first comment led to: the plain address may be a few seconds stale in
    // the site's page cache.
    await page.goto(`${stack.site.url}/articles/${SLUG}?comment=${parentId}`);
    await page.locator(`#comment-${parentId} .comment-actions a`).click();
    await expect(page.locator('.replying-to').innerText()).resolves.toContain('Replying to Hannah Moss');
    await expect(page.locator('.replying-to a', { hasText: 'Cancel reply' }).count()).resolves.toBe(1);
    await fillAndPost({ name: 'Tom Lindqvist', body: 'Here’s to ten more.' });
    const replyId = /^#comment-(.+)$/.exec(new URL(page.url()).hash)?.[1];
    const nested = page.locator(`li:has(> #comment-${parentId}) > ol.comment-replies > li > article`);
    await expect(nested.getAttribute('id')).resolves.toBe(`comment-${replyId}`);
    await expect(nested.locator('.comment-author').innerText()).resolves.toBe('Tom Lindqvist');
    await expect(page.locator('#comments-heading').innerText()).resolves.toBe('2 comments');
  });

  it('tells the poster a held comment awaits moderation, once, and does not show it', async () => {
    await page.goto(`${stack.site.url}/articles/${PRE_MODERATED_SLUG}`);
    await fillAndPost({ name: 'Priya Raman', body: 'Thank you for listening to us.' });
    expect(new URL(page.url()).hash).toBe('#add-comment');
    await expect(page.locator('#add-comment').innerText()).resolves.toContain('Your comment is awaiting moderation');
    await expect(page.locator('#comments').innerText()).resolves.toContain('There are no comments');
    await page.reload();
    await expect(page.locator('#add-comment').innerText()).resolves.not.toContain('awaiting moderation');
  });
});

describe('posts the site refuses', () => {
  const form = () => new URLSearchParams({ authorName: 'Mallory', body: 'Posted from elsewhere.' });

  it('refuses a form posted from another site (403) and stores nothing', async () => {
    const before = (await apiThreads(SLUG)).total;
    const res = await fetch(`${stack.site.url}/articles/${SLUG}/comments`, {
      method: 'POST',
      headers: { origin: 'https://attacker.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: form(),
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    expect((await apiThreads(SLUG)).total).toBe(before);
  });

  it('files a comment that fills in the hidden field away from readers', async () => {
    const res = await fetch(`${stack.site.url}/articles/${SLUG}/comments`, {
      method: 'POST',
      headers: { origin: stack.site.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ authorName: 'Bot', body: 'Cheap watches', website: 'https://spam.example' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect((await apiThreads(SLUG)).items.map((c) => c.authorName)).not.toContain('Bot');
  });
});
