/**
 * @module
 * Writing in the desk, in Chromium and with the keyboard: a contributor writes a story with
 * every block type, it autosaves, survives a reload and a lost network, and is submitted for
 * review; an editor previews it (the site's renderer and CSS) and schedules it in the newsroom's
 * time zone, and it appears on the site at that time.
 */
import { bodyHtml, type Article, type Block } from '@dateline/model';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { type Browser, openBrowser } from '../support/browser.ts';
import { completeSetupForm, type DeskStack, inviteFromPeoplePage, setupLink, signIn, startDeskStack } from './desk-stack.ts';

let stack: DeskStack;
let admin: Browser;
let contributor: Browser;
let slug = '';

const TIME_ZONE = 'Asia/Kolkata';

beforeAll(async () => {
  stack = await startDeskStack({ DESK_TIME_ZONE: TIME_ZONE });
  [admin, contributor] = await Promise.all([openBrowser({ javaScript: true }), openBrowser({ javaScript: true })]);
  const page = await admin.context.newPage();
  await completeSetupForm(page, await setupLink(stack), { name: 'Ed Editor', email: 'ed@example.org' });
  const invitation = await inviteFromPeoplePage(page, stack.desk.url, 'cora@example.org', 'contributor');
  await page.close();
  const mine = await contributor.context.newPage();
  await completeSetupForm(mine, invitation, { name: 'Cora Contributor', email: 'cora@example.org' });
  await mine.close();
});

afterAll(async () => {
  await Promise.all([admin?.close(), contributor?.close()]);
  await stack?.stop();
});

async function openEditor(page: Page, path: string): Promise<void> {
  await page.goto(`${stack.desk.url}${path}`);
  await page.waitForSelector('html[data-editor-ready]');
}

async function saved(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.getElementById('save-status')?.textContent === 'Saved', null, { timeout: 15_000 })
    .catch(async (error) => {
      throw new Error(`${error}; the status says: ${await page.locator('#save-status').textContent()}`);
    });
}

/** Presses a toolbar button with the keyboard: focus it, press Enter; then waits for where focus goes. */
async function tool(page: Page, name: string, focused = '.ProseMirror'): Promise<void> {
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${focused}:focus`);
}

/** The story as the API has it, read with the page's session. */
async function stored(page: Page, storySlug: string): Promise<Article> {
  return page.evaluate(async (s) => (await fetch(`/v1/articles/${s}`)).json(), storySlug);
}

describe('writing a story in the desk', () => {
  it('a contributor writes every block type with the keyboard and it autosaves', async () => {
    const page = await contributor.context.newPage();
    await openEditor(page, '/desk/stories/new');
    await page.getByLabel('Headline').focus();
    await page.keyboard.type('Night ferry returns to the harbour');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The crossing is back after two winters.');

    // From the standfirst, Tab reaches the toolbar (one stop, arrows move along it), then the text.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Paragraph');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Heading 2');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
    await page.keyboard.type('The ferry sailed ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('on time');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' and ');
    await page.keyboard.press('Control+i');
    await page.keyboard.type('full');
    await page.keyboard.press('Control+i');
    await page.keyboard.type(', with ');
    await page.keyboard.press('Control+e');
    await page.keyboard.type('route 7');
    await page.keyboard.press('Control+e');
    await page.keyboard.type('.');
    await page.keyboard.press('Enter');

    await page.keyboard.type('What happens next');
    await page.keyboard.press('Control+Alt+2');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');

    await page.keyboard.type('We are back, and we are staying.');
    await tool(page, 'Quote');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('The harbour master');
    await page.keyboard.press('Enter');

    await page.keyboard.type('Tickets on board');
    await tool(page, 'Bulleted list');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Bicycles carried free');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await page.keyboard.type('Board at the pier');
    await tool(page, 'Numbered list');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Show your ticket');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await page.keyboard.type('Read the timetable');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('#link-href:focus');
    await page.keyboard.type('https://example.org/timetable');
    await page.keyboard.press('Enter');

    await page.waitForSelector('.ProseMirror:focus');
    await tool(page, 'Image', '#image-src');
    await page.keyboard.type('/media/ferry.jpg');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The ferry at the pier');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Back in service.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Harbour Trust');
    await page.keyboard.press('Enter');

    await saved(page);
    expect(await page.locator('#counts').textContent()).toMatch(/^\d+ words · 1 min read$/);
    expect(await axeViolations(page)).toEqual([]);
    slug = new URL(page.url()).pathname.split('/').at(-1)!;
    expect(slug).toBe('night-ferry-returns-to-the-harbour');

    const article = await stored(page, slug);
    expect(article.status).toBe('draft');
    const expected: Block[] = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The ferry sailed ' },
          { type: 'text', text: 'on time', marks: ['strong'] },
          { type: 'text', text: ' and ' },
          { type: 'text', text: 'full', marks: ['em'] },
          { type: 'text', text: ', with ' },
          { type: 'text', text: 'route 7', marks: ['code'] },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'heading', level: 2, text: 'What happens next' },
      { type: 'quote', text: 'We are back, and we are staying.', attribution: 'The harbour master' },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'text', text: 'Tickets on board' }], [{ type: 'text', text: 'Bicycles carried free' }]],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'Board at the pier' }], [{ type: 'text', text: 'Show your ticket' }]] },
      {
        type: 'paragraph',
        content: [{ type: 'link', href: 'https://example.org/timetable', children: [{ type: 'text', text: 'Read the timetable' }] }],
      },
      { type: 'image', src: '/media/ferry.jpg', alt: 'The ferry at the pier', caption: 'Back in service.', credit: 'Harbour Trust' },
    ];
    expect(article.body).toEqual(expected);
    expect(article.standfirst).toBe('The crossing is back after two winters.');
    await page.close();
  });

  it('keeps what was typed across a reload, and across a lost network and a closed tab', async () => {
    const page = await contributor.context.newPage();
    await openEditor(page, `/desk/stories/${slug}`);
    expect(await page.locator('.ProseMirror').textContent()).toContain('We are back, and we are staying.');

    // Typed, and the page reloaded before the pause that triggers a save: kept in the browser.
    await page.locator('.ProseMirror p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed just before a reload.');
    await page.reload();
    await page.waitForSelector('html[data-editor-ready]');
    expect(await page.locator('.ProseMirror').textContent()).toContain('Typed just before a reload.');
    await saved(page);

    await contributor.context.setOffline(true);
    await page.locator('.ProseMirror p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed offline.');
    await page
      .waitForFunction(() => document.getElementById('save-status')?.textContent === 'Offline — kept in this browser', null, {
        timeout: 15_000,
      })
      .catch(async (error) => {
        throw new Error(`${error}: status ${await page.locator('#save-status').textContent()}`);
      });
    await page.close();
    await contributor.context.setOffline(false);

    // The save the closing tab tries may reach the server once the network is back (Chromium lets
    // it out then); either way nothing is lost, and the editor says it restored text only when
    // the server did not have it.
    const before = await fetch(`${stack.api.url}/v1/articles/${slug}`, {
      headers: { cookie: (await contributor.context.cookies(stack.desk.url)).map((c) => `${c.name}=${c.value}`).join('; ') },
    });
    const serverHadIt = JSON.stringify(((await before.json()) as Article).body[0]).includes('Typed offline.');
    const again = await contributor.context.newPage();
    await openEditor(again, `/desk/stories/${slug}`);
    expect(await again.locator('.ProseMirror').textContent()).toContain('Typed offline.');
    expect(await again.locator('#restored').isVisible()).toBe(!serverHadIt);
    await saved(again);
    const article = await stored(again, slug);
    expect(JSON.stringify(article.body[0])).toContain('Typed just before a reload. Typed offline.');
    await again.close();
  });

  it('keeps what was typed when the session ends, and saves it once the writer signs in again', async () => {
    const page = await contributor.context.newPage();
    await openEditor(page, `/desk/stories/${slug}`);
    // The session ends (signed out elsewhere, or expired) while the editor is open.
    await page.evaluate(async () => {
      const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
      await fetch('/v1/auth/sign-out', { method: 'POST', headers: { 'x-csrf-token': csrf } });
    });
    await page.locator('.ProseMirror p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed after the session ended.');
    await page.waitForFunction(
      () => document.getElementById('save-status')?.textContent?.startsWith('Signed out — kept in this browser'),
      null,
      { timeout: 15_000 },
    );
    expect(await page.getByRole('link', { name: 'Sign in again (in a new tab)' }).isVisible()).toBe(true);

    const other = await contributor.context.newPage();
    await signIn(other, stack.desk.url, 'cora@example.org');
    await other.close();
    await saved(page);
    expect(JSON.stringify((await stored(page, slug)).body[0])).toContain('Typed after the session ended.');
    await page.close();
  });

  it('a contributor submits the story for review', async () => {
    const page = await contributor.context.newPage();
    await openEditor(page, `/desk/stories/${slug}`);
    await page.getByRole('button', { name: 'Submit for review' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('action-message')?.textContent === 'Submitted for review.', null, {
      timeout: 15_000,
    });
    expect((await stored(page, slug)).status).toBe('review');
    await page.close();
  });

  it('an editor sees it waiting for review', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${stack.desk.url}/desk/`);
    expect(await page.getByRole('heading', { name: 'Waiting for review (1)' }).isVisible()).toBe(true);
    expect(await page.locator('#review-stories tbody tr td:first-child').allTextContents()).toEqual(['Night ferry returns to the harbour']);
    expect(await page.locator('#review-stories tbody tr').first().textContent()).toContain('by Cora Contributor');
    await page.close();
  });

  it('an editor previews it exactly as the site renders it, at desktop and mobile widths', async () => {
    const page = await admin.context.newPage();
    await page.goto(`${stack.desk.url}/desk/stories/${slug}/preview`);
    expect(await axeViolations(page)).toEqual([]);
    const frames = page.locator('iframe');
    expect(await frames.count()).toBe(2);
    expect(await frames.nth(0).getAttribute('width')).toBe('1024');
    expect(await frames.nth(1).getAttribute('width')).toBe('375');
    const article = await stored(page, slug);
    const frame = page.frameLocator('iframe').first();
    await frame.locator('h1').waitFor();
    expect(await frame.locator('h1').textContent()).toBe('Night ferry returns to the harbour');
    // The same body markup as the site's renderer gives, and the site's own stylesheet.
    const html = await frame.locator('article').innerHTML();
    expect(html).toContain(bodyHtml(article.body));
    const maxWidth = await frame.locator('main').evaluate((el) => getComputedStyle(el).maxWidth);
    expect(maxWidth).not.toBe('none');

    // A shareable link shows the draft to someone with no account, until it expires.
    await page.getByRole('button', { name: /shareable link/ }).click();
    const shared = (await page.locator('#share-result a').getAttribute('href', { timeout: 10_000 }))!;
    const stranger = await openBrowser({ javaScript: true });
    try {
      const view = await stranger.context.newPage();
      const response = await view.goto(shared);
      expect(response?.status()).toBe(200);
      expect(await view.locator('h1').textContent()).toBe('Night ferry returns to the harbour');
      expect(await axeViolations(view)).toEqual([]);
    } finally {
      await stranger.close();
    }
    expect((await fetch(`${stack.site.url}/articles/${slug}`)).status).toBe(404);
    await page.close();
  });

  it('an editor schedules it in the newsroom time zone and it appears on the site at that time', { timeout: 90_000 }, async () => {
    const page = await admin.context.newPage();
    await openEditor(page, `/desk/stories/${slug}`);
    expect(await page.locator('#schedule-zone').textContent()).toBe(`(${TIME_ZONE})`);
    // Twenty seconds from now, as a wall-clock time in the newsroom's zone.
    const at = new Date(Math.ceil((Date.now() + 20_000) / 1000) * 1000);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' })
      .format(at)
      .replace(' ', 'T');
    await page.getByLabel(/Publish at/).fill(local);
    await page.getByRole('button', { name: 'Schedule', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('action-message')?.textContent?.startsWith('Scheduled for'), null, {
      timeout: 15_000,
    });
    const article = await stored(page, slug);
    expect(article.status).toBe('published');
    expect(new Date(article.publishedAt!).toISOString()).toBe(at.toISOString());
    expect((await fetch(`${stack.site.url}/articles/${slug}`)).status).toBe(404);
    await page.close();

    await new Promise((r) => setTimeout(r, Math.max(0, at.getTime() - Date.now()) + 1500));
    const response = await fetch(`${stack.site.url}/articles/${slug}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Night ferry returns to the harbour');
  });
});
