/**
 * @module
 * What a page costs to load in a real browser: the bytes of each kind of resource it loads
 * (inline styles and scripts counted with their kind), and where each came from.
 */
import type { Page } from 'playwright-core';

/** Bytes by kind; `images` is what the browser chose to load (a lazy picture waits). */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  fonts: number;
  images: number;
}

/** One response the page received. */
export interface Loaded {
  url: string;
  type: string;
  bytes: number;
}

/**
 * Loads `url` in `page` until the network is idle and sums what it loaded.
 *
 * @example
 * const { weight, loaded } = await pageWeight(page, 'http://127.0.0.1:4321/articles/x');
 */
export async function pageWeight(page: Page, url: string): Promise<{ weight: PageWeight; loaded: Loaded[] }> {
  const loaded: Loaded[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    loaded.push({ url: response.url(), type: response.request().resourceType(), bytes: body.length });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => ({
    css: [...document.querySelectorAll('style')].reduce((n, s) => n + new Blob([s.textContent ?? '']).size, 0),
    js: [...document.querySelectorAll('script:not([type="application/ld+json"])')].reduce(
      (n, s) => n + new Blob([s.textContent ?? '']).size,
      0,
    ),
  }));
  const sum = (type: string) => loaded.filter((r) => r.type === type).reduce((n, r) => n + r.bytes, 0);
  return {
    weight: {
      html: sum('document'),
      css: sum('stylesheet') + inline.css,
      js: sum('script') + inline.js,
      fonts: sum('font'),
      images: sum('image'),
    },
    loaded,
  };
}
