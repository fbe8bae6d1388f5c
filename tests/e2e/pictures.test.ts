/**
 * @module
 * Pictures end to end, in Chromium: a JPEG uploaded through the API (with EXIF GPS data) is
 * shown on the article page as a <picture> whose AVIF or WebP rendition the browser loads
 * through the site, with its size set, caption and credit, and the page shares its 1200×630
 * crop; the files served carry no EXIF; axe finds nothing; and the page keeps its Lighthouse
 * scores and page-weight budget with the picture.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { type Browser, openBrowser } from '../support/browser.ts';
import { editorToken } from '../support/api-calls.ts';
import { runLighthouse } from '../support/lighthouse.ts';
import { pageWeight } from '../support/page-weight.ts';
import { repoRoot } from '../support/paths.ts';
import { type Running, startApi, startSite } from '../support/processes.ts';

let dir: string;
let api: Running;
let site: Running;
let browser: Browser;
let page: Page;
let token: string;
/** The article with the pictures, once made. */
let articleUrl = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-pictures-'));
  const databaseUrl = `sqlite:${join(dir, 'dateline.db')}`;
  api = await startApi(databaseUrl, [], { MEDIA_DIR: join(dir, 'media') });
  // SITE_URL set, so canonical addresses are the real ones (Lighthouse's SEO checks them).
  site = await startSite(api.url, { siteUrl: true });
  token = await editorToken(databaseUrl);
  browser = await openBrowser({ javaScript: true });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.stop(), api?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('a picture from upload to page', () => {
  it('is uploaded, shown with srcset and its size, shared as its crop, and served without EXIF', async () => {
    const jpeg = await sharp({
      create: { width: 2400, height: 1600, channels: 3, background: '#31708e', noise: { type: 'gaussian', mean: 120, sigma: 20 } },
    })
      .jpeg({ quality: 80 })
      .withExif({ IFD0: { Make: 'Acme', Model: 'Snapper 9' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .toBuffer();
    const form = new FormData();
    form.set('file', new File([new Uint8Array(jpeg)], 'harbour.jpg'));
    form.set('alt', 'Fishing boats in the harbour at dawn');
    form.set('caption', 'The harbour on Monday morning.');
    form.set('credit', 'A. Photographer');
    const uploaded = await fetch(`${api.url}/v1/media`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    expect(uploaded.status).toBe(201);
    const media = (await uploaded.json()) as { id: string; image: object };

    const article = {
      headline: 'Harbour reopens after the storm',
      standfirst: 'Boats went out again on Monday.',
      leadImage: media.image,
      body: [
        ...Array.from({ length: 6 }, (_, i) => ({
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: `Paragraph ${i + 1}: the harbour master said the moorings had held through the night and the fleet would sail at first light.`,
            },
          ],
        })),
        { type: 'image', ...media.image },
      ],
    };
    const created = await fetch(`${api.url}/v1/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(article),
    });
    expect(created.status).toBe(201);
    const { slug } = (await created.json()) as { slug: string };

    await page.setViewportSize({ width: 1280, height: 900 });
    articleUrl = `${site.url}/articles/${slug}`;
    expect((await page.goto(articleUrl))?.status()).toBe(200);
    const lead = page.locator('main > article picture img').first();
    await expect(lead.getAttribute('loading')).resolves.toBe('eager');
    await expect(lead.getAttribute('width')).resolves.toBe('2400');
    await expect(lead.getAttribute('height')).resolves.toBe('1600');
    await expect(page.locator('main > article picture img').nth(1).getAttribute('loading')).resolves.toBe('lazy');
    await page.waitForFunction(() => {
      const img = document.querySelector('main > article picture img') as HTMLImageElement | null;
      return img?.complete && img.naturalWidth > 0;
    });
    const shown = await lead.evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, natural: img.naturalWidth }));
    expect(shown.src).toMatch(new RegExp(`^${site.url}/media/${media.id}/\\d+\\.(avif|webp)$`));
    expect(shown.natural).toBeGreaterThanOrEqual(320);
    await expect(page.locator('main > article figure figcaption').first().innerText()).resolves.toMatch(
      /The harbour on Monday morning\.\s+Credit: A\. Photographer/,
    );

    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toBe(`${site.url}/media/${media.id}/share.jpg`);
    await expect(page.locator('meta[name="twitter:card"]').getAttribute('content')).resolves.toBe('summary_large_image');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as { image?: string[] };
    expect(ld.image?.[0]).toBe(og);

    const shared = await fetch(og!);
    expect(shared.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(Buffer.from(await shared.arrayBuffer())).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([1200, 630, undefined]);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('an article page with pictures', () => {
  const KB = 1024;

  it('keeps within the article budgets: HTML 60 KB, CSS 20 KB, JS 10 KB, pictures 400 KB, nothing from other hosts', async () => {
    expect(articleUrl).not.toBe('');
    const reader = await browser.context.newPage();
    await reader.setViewportSize({ width: 1280, height: 900 });
    const { weight, loaded } = await pageWeight(reader, articleUrl);
    console.info(`article page with pictures, weight (bytes): ${JSON.stringify(weight)}; requests: ${loaded.length}`);
    expect(weight.html).toBeLessThanOrEqual(60 * KB);
    expect(weight.css).toBeLessThanOrEqual(20 * KB);
    expect(weight.js).toBeLessThanOrEqual(10 * KB);
    // The lead picture at the width it is shown, in AVIF; the one below the fold waits.
    expect(loaded.filter((r) => r.type === 'image').map((r) => r.url)).toEqual([expect.stringMatching(/\.avif$/)]);
    expect(weight.images).toBeLessThanOrEqual(400 * KB);
    expect(loaded.map((r) => new URL(r.url).origin).filter((o) => o !== site.url)).toEqual([]);
    await reader.close();
  });

  it('scores 100 on every Lighthouse category (desktop)', async () => {
    const artifacts = join(repoRoot, 'tests/test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    const { scores, shortfalls } = await runLighthouse(articleUrl, {
      formFactor: 'desktop',
      reportPath: join(artifacts, 'lighthouse-article-pictures.html'),
    });
    console.info(
      `Lighthouse (desktop) on the article page with pictures: ${JSON.stringify(scores)}; below 100: ${JSON.stringify(shortfalls)}`,
    );
    expect({ scores, shortfalls }).toMatchObject({ scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 } });
  }, 180_000);
});
