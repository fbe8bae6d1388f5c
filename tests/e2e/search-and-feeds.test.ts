/**
 * @module
 * Finding stories in a real browser: searching from the header box and following a highlighted
 * result to its article, narrowing by section and by the filters of the form, and following the
 * feeds the pages announce.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser } from '../support/browser.ts';
import { type Stack, startStack } from './stack.ts';

let stack: Stack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  browser = await openBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('search', () => {
  it('finds a sample story from the header box, highlights the word and leads to the article', async (ctx) => {
    if ((await fetch(`${stack.api.url}/v1/search?q=skylark`)).status === 404) ctx.skip('skipped: the API has no GET /v1/search yet');
    await page.goto(`${stack.site.url}/`);
    const box = page.getByRole('search', { name: 'Site' });
    await box.getByLabel('Search the news').fill('Skylark');
    await box.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=Skylark$/);
    await expect(page.locator('#results-heading').innerText()).resolves.toBe('1 result for “Skylark”');
    const result = page.locator('ol.results > li').first();
    await expect(result.locator('mark').allInnerTexts()).resolves.toContain('Skylark');
    await expect(page.getByLabel('Search for').inputValue()).resolves.toBe('Skylark');
    await result.getByRole('link', { name: 'Harbour ferry returns after winter repairs' }).click();
    await page.waitForURL(/\/articles\/harbour-ferry-returns-after-winter-repairs$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Harbour ferry returns after winter repairs');
  });

  it('narrows by section and says when nothing matches', async (ctx) => {
    if ((await fetch(`${stack.api.url}/v1/search?q=skylark`)).status === 404) ctx.skip('skipped: the API has no GET /v1/search yet');
    await page.goto(`${stack.site.url}/search?q=Skylark&section=Business`);
    await expect(page.locator('main').innerText()).resolves.toContain('No articles match “Skylark”.');
    await page.goto(`${stack.site.url}/search`);
    await expect(page.locator('main').innerText()).resolves.toContain('Type a word or phrase to search for.');
  });

  it('narrows by filters typed into the form, lists them with a link removing each, and says which date it cannot use', async (ctx) => {
    if ((await fetch(`${stack.api.url}/v1/search?q=skylark`)).status === 404) ctx.skip('skipped: the API has no GET /v1/search yet');
    await page.goto(`${stack.site.url}/search?q=Skylark`);
    const form = page.getByRole('search', { name: 'Articles' });
    await form.getByText('Filters', { exact: true }).click();
    await form.getByLabel('Author', { exact: true }).fill('Maya Okafor');
    await form.getByLabel('From', { exact: true }).fill('2026-11-27');
    await form.getByRole('button', { name: 'Apply filters' }).click();
    // A GET form sends its empty fields too.
    await page.waitForURL(/author=Maya\+Okafor&.*from=2026-11-27/);
    await expect(page.locator('#results-heading').innerText()).resolves.toBe('1 result for “Skylark”');
    const filters = page.getByRole('region', { name: 'Narrowed to' });
    await expect(filters.locator('li > span').allInnerTexts()).resolves.toEqual(['Author: Maya Okafor', 'From: 27 November 2026']);
    await filters.getByRole('link', { name: 'Remove author filter' }).click();
    await page.waitForURL(/\/search\?q=Skylark&from=2026-11-27$/);
    await expect(page.locator('#results-heading').innerText()).resolves.toBe('1 result for “Skylark”');

    await page.goto(`${stack.site.url}/search?q=Skylark&from=2026-11-28&to=2026-11-01`);
    const to = form.getByLabel('To', { exact: true });
    await expect(to.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#search-to-error').innerText()).resolves.toBe('The end date must be on or after the start date.');
    await expect(page.locator('#search-to-error').isVisible()).resolves.toBe(true);
  });
});

describe('feeds', () => {
  it('serves every feed the front page announces, each naming the latest story', async (ctx) => {
    await page.goto(`${stack.site.url}/`);
    const links = await page
      .locator('link[rel=alternate]')
      .evaluateAll((els) => els.map((el) => ({ type: el.getAttribute('type') ?? '', href: (el as HTMLLinkElement).href })));
    if (links.length === 0) ctx.skip('skipped: the site announces no feeds yet');
    const latest = (await (await fetch(`${stack.api.url}/v1/articles?limit=1`)).json()) as { items: { headline: string }[] };
    const headline = latest.items[0]?.headline ?? '';
    expect(headline).toBe('Harbour ferry returns after winter repairs');
    for (const { type, href } of links) {
      const res = await fetch(href);
      expect(res.status, href).toBe(200);
      expect(res.headers.get('content-type') ?? '', href).toContain(type.endsWith('json') ? 'json' : 'xml');
      expect(await res.text(), href).toContain(headline);
    }
  });
});
