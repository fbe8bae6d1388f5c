/**
 * @module
 * Two editors, one story, in Chromium: the second save is refused with the other's change shown
 * and nothing overwritten; an earlier revision is compared and restored; a story whose text
 * holds `<script>` and a `javascript:` link stays inert in the desk, its preview and the site;
 * pasted HTML and Markdown become blocks.
 */
import type { Article } from '@dateline/model';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { type Browser, openBrowser } from '../support/browser.ts';
import { completeSetupForm, type DeskStack, inviteFromPeoplePage, setupLink, startDeskStack } from './desk-stack.ts';

let stack: DeskStack;
let first: Browser;
let second: Browser;
const SLUG = 'harbour-ferry-returns-after-winter-repairs';

beforeAll(async () => {
  stack = await startDeskStack();
  [first, second] = await Promise.all([openBrowser({ javaScript: true }), openBrowser({ javaScript: true })]);
  const page = await first.context.newPage();
  await completeSetupForm(page, await setupLink(stack), { name: 'Ed One', email: 'one@example.org' });
  const invitation = await inviteFromPeoplePage(page, stack.desk.url, 'two@example.org', 'editor');
  await page.close();
  const other = await second.context.newPage();
  await completeSetupForm(other, invitation, { name: 'Ed Two', email: 'two@example.org' });
  await other.close();
});

afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await stack?.stop();
});

async function openEditor(page: Page, slug: string): Promise<void> {
  await page.goto(`${stack.desk.url}/desk/stories/${slug}`);
  await page.waitForSelector('html[data-editor-ready]');
}

async function status(page: Page, text: string): Promise<void> {
  await page
    .waitForFunction((t) => document.getElementById('save-status')?.textContent === t, text, { timeout: 15_000 })
    .catch(async (error) => {
      throw new Error(`${error}; the status says: ${await page.locator('#save-status').textContent()}`);
    });
}

async function stored(page: Page, slug: string): Promise<Article> {
  return page.evaluate(async (s) => (await fetch(`/v1/articles/${s}`)).json(), slug);
}

describe('two editors and the revisions of a story', () => {
  it('refuses the second save, shows the other editor’s change and overwrites nothing', async () => {
    const a = await first.context.newPage();
    const b = await second.context.newPage();
    await Promise.all([openEditor(a, SLUG), openEditor(b, SLUG)]);

    await a.getByLabel('Headline').fill('Harbour ferry returns, say the first editor');
    await status(a, 'Saved');

    await b.getByLabel('Headline').fill('Harbour ferry returns, say the second editor');
    await status(b, 'Not saved — someone else changed this story');
    expect(await b.locator('#conflict').isVisible()).toBe(true);
    expect(await b.locator('#conflict-theirs h3').textContent()).toBe('Harbour ferry returns, say the first editor');
    expect((await stored(b, SLUG)).headline).toBe('Harbour ferry returns, say the first editor');
    expect(await axeViolations(b)).toEqual([]);

    // Loading their version replaces this browser's text with the stored story.
    await b.getByRole('button', { name: 'Load their version' }).click();
    await b.waitForSelector('html[data-editor-ready]');
    expect(await b.getByLabel('Headline').inputValue()).toBe('Harbour ferry returns, say the first editor');
    await Promise.all([a.close(), b.close()]);
  });

  it('lists the revisions, shows the words changed between two and restores an earlier one', async () => {
    const page = await first.context.newPage();
    await page.goto(`${stack.desk.url}/desk/stories/${SLUG}/revisions`);
    expect(await axeViolations(page)).toEqual([]);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/[?&]a=/);
    const diff = page.locator('.diff');
    expect(await diff.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('first')]));
    expect(await axeViolations(page)).toEqual([]);

    const restore = page.getByRole('button', { name: /^Restore revision/ }).last();
    await restore.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('html[data-editor-ready]');
    expect(await page.getByLabel('Headline').inputValue()).toBe('Harbour ferry returns after winter repairs');
    expect((await stored(page, SLUG)).headline).toBe('Harbour ferry returns after winter repairs');
    await page.close();
  });

  it('keeps <script> and javascript: links inert in the desk, its preview and the site', async () => {
    const page = await first.context.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`${stack.desk.url}/desk/`);
    const hostile = await page.evaluate(async () => {
      const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
      const body = {
        headline: '<script>alert("headline")</script> Hostile story',
        status: 'published',
        standfirst: '<img src=x onerror=alert(1)>',
        body: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '<script>alert("body")</script>' },
              { type: 'link', href: 'https://example.org/ok', children: [{ type: 'text', text: 'a safe link' }] },
            ],
          },
          { type: 'quote', text: '<img src=x onerror=alert(2)>', attribution: '<script>alert(3)</script>' },
        ],
      };
      const response = await fetch('/v1/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify(body),
      });
      const refused = await fetch('/v1/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({
          ...body,
          headline: 'Refused',
          body: [{ type: 'paragraph', content: [{ type: 'link', href: 'javascript:alert(4)', children: [{ type: 'text', text: 'x' }] }] }],
        }),
      });
      return { status: response.status, refused: refused.status, article: (await response.json()) as { slug: string } };
    });
    expect(hostile.status).toBe(201);
    // The model refuses a javascript: link outright.
    expect(hostile.refused).toBe(400);
    const slug = hostile.article.slug;

    const editor = await page.goto(`${stack.desk.url}/desk/stories/${slug}`);
    // No script but the desk's own files may run on a desk page.
    expect(editor?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('html[data-editor-ready]');
    expect(await page.locator('.ProseMirror').textContent()).toContain('<script>alert("body")</script>');
    expect(await page.locator('.ProseMirror script, .ProseMirror img[onerror]').count()).toBe(0);

    // A javascript: link typed into the editor is refused there too.
    await page.locator('.ProseMirror p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('#link-href:focus');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('javascript:alert(5)');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('link-message')?.textContent !== '', null, { timeout: 5000 });
    expect(await page.locator('#link-message').textContent()).toMatch(/must start with/);
    await page.keyboard.press('Escape');

    await page.goto(`${stack.desk.url}/desk/stories/${slug}/preview`);
    const frame = page.frameLocator('iframe').first();
    await frame.locator('h1').waitFor();
    expect(await frame.locator('article script, article img[onerror]').count()).toBe(0);
    expect(await frame.locator('h1').textContent()).toContain('<script>');

    await page.goto(`${stack.site.url}/articles/${slug}`);
    expect(await page.locator('article script, article img[onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('moves a published story to a new address and the old one still leads to it on the site', async () => {
    const from = 'bakers-cooperative-marks-ten-years';
    const page = await first.context.newPage();
    await openEditor(page, from);
    await page.getByLabel('Address (slug)').fill('bakers-move-to-new-address');
    await page.keyboard.press('Tab');
    await status(page, 'Saved');
    expect(new URL(page.url()).pathname).toBe('/desk/stories/bakers-move-to-new-address');
    const site = await fetch(`${stack.site.url}/articles/${from}`, { redirect: 'manual' });
    expect(site.status).toBe(301);
    expect(site.headers.get('location')).toMatch(/\/articles\/bakers-move-to-new-address$/);
    await page.close();
  });

  it('turns pasted HTML and Markdown into blocks with the importers', async () => {
    const page = await first.context.newPage();
    await openEditor(page, SLUG);
    await page.locator('.ProseMirror p').last().click();
    await page.keyboard.press('End');
    const paste = (html: string, text: string) =>
      page.locator('.ProseMirror').evaluate(
        (el, [h, t]) => {
          const data = new DataTransfer();
          if (h) data.setData('text/html', h);
          data.setData('text/plain', t!);
          el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        },
        [html, text],
      );
    await paste(
      '<meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-1"><h3>Pasted heading</h3><p><span style="font-weight:700">Bold</span> from a document.</p><script>alert(1)</script></b>',
      'Pasted heading',
    );
    await page.waitForSelector('.ProseMirror h3');
    await paste('', '## Markdown heading\n\n- one\n- two');
    await page.waitForFunction(() => document.querySelector('.ProseMirror')?.textContent?.includes('Markdown heading'));
    await status(page, 'Saved');
    const body = (await stored(page, SLUG)).body;
    expect(body).toEqual(
      expect.arrayContaining([
        { type: 'heading', level: 3, text: 'Pasted heading' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Bold', marks: ['strong'] },
            { type: 'text', text: ' from a document.' },
          ],
        },
        { type: 'heading', level: 2, text: 'Markdown heading' },
        { type: 'list', ordered: false, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] },
      ]),
    );
    expect(JSON.stringify(body)).not.toContain('alert');
    await page.close();
  });
});
