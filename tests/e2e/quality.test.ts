/**
 * @module
 * The article page against its budgets and Lighthouse (the front page and /sections against
 * Lighthouse too): the seed's page (a sample's when
 * ../shared is absent), served with SITE_URL set so canonical addresses are the real ones.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, openBrowser } from '../support/browser.ts';
import { runLighthouse } from '../support/lighthouse.ts';
import { noSharedReason, repoRoot } from '../support/paths.ts';
import { SAMPLE_SLUG, type Stack, startStack } from './stack.ts';

const KB = 1024;
const artifacts = join(repoRoot, 'tests/test-artifacts');

let stack: Stack;
let articleUrl: string;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  stack = await startStack({ seed: true, site: { siteUrl: true } });
  articleUrl = `${stack.site.url}/articles/${stack.seedSlug ?? SAMPLE_SLUG}`;
  if (!stack.seedSlug) console.warn(`budgets and Lighthouse use the sample article: ${noSharedReason}`);
});

afterAll(async () => {
  await stack?.stop();
});

describe('the article page', () => {
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps within its budgets: HTML 60 KB, CSS 20 KB, JS 10 KB, nothing from other hosts', async () => {
    browser = await openBrowser();
    const page = await browser.context.newPage();
    const loaded: { url: string; type: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      loaded.push({ url: response.url(), type: response.request().resourceType(), bytes: body.length });
    });
    await page.goto(articleUrl, { waitUntil: 'networkidle' });
    const inline = await page.evaluate(() => ({
      css: [...document.querySelectorAll('style')].reduce((n, s) => n + new Blob([s.textContent ?? '']).size, 0),
      js: [...document.querySelectorAll('script:not([type="application/ld+json"])')].reduce((n, s) => n + new Blob([s.textContent ?? '']).size, 0),
    }));
    const sum = (type: string) => loaded.filter((r) => r.type === type).reduce((n, r) => n + r.bytes, 0);
    const weight = { html: sum('document'), css: sum('stylesheet') + inline.css, js: sum('script') + inline.js, fonts: sum('font') };
    console.info(`article page weight (bytes): ${JSON.stringify(weight)}; requests: ${loaded.length}`);
    expect(weight.html).toBeGreaterThan(0);
    expect(weight.html).toBeLessThanOrEqual(60 * KB);
    expect(weight.css).toBeLessThanOrEqual(20 * KB);
    expect(weight.js).toBeLessThanOrEqual(10 * KB);
    const origin = new URL(articleUrl).origin;
    expect(loaded.map((r) => new URL(r.url).origin).filter((o) => o !== origin)).toEqual([]);
  });

  it('scores 100 on Lighthouse accessibility, best practices and SEO, and 95 or more on performance (desktop)', async () => {
    const { scores, shortfalls } = await runLighthouse(articleUrl, join(artifacts, 'lighthouse-article.html'));
    console.info(`Lighthouse (desktop) on the article page: ${JSON.stringify(scores)}; below 100: ${JSON.stringify(shortfalls)}`);
    expect({ scores, shortfalls }).toMatchObject({
      scores: { accessibility: 100, 'best-practices': 100, seo: 100 },
    });
    expect(scores.performance, JSON.stringify(shortfalls.performance)).toBeGreaterThanOrEqual(95);
  });
});

describe('the front page and a directory, with the sections menu and breadcrumbs', () => {
  for (const [name, path] of [
    ['front', '/'],
    ['sections', '/sections'],
  ] as const) {
    it(`scores 100 on Lighthouse accessibility, best practices and SEO on ${path} (desktop)`, async () => {
      const { scores, shortfalls } = await runLighthouse(`${stack.site.url}${path}`, join(artifacts, `lighthouse-${name}.html`));
      console.info(`Lighthouse (desktop) on ${path}: ${JSON.stringify(scores)}; below 100: ${JSON.stringify(shortfalls)}`);
      expect({ scores, shortfalls }).toMatchObject({ scores: { accessibility: 100, 'best-practices': 100, seo: 100 } });
      expect(scores.performance, JSON.stringify(shortfalls.performance)).toBeGreaterThanOrEqual(95);
    });
  }
});
