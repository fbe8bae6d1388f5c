/**
 * @module
 * The page frame in a real browser: every kind of page at a desktop (1280 px) and a phone (390 px)
 * width, screenshotted into tests/test-artifacts/layout/, with its layout checked in the DOM: the
 * header's search box on one row with the site name, the footer in line with the content column,
 * nothing wider than the window, and no metadata line starting with its separator. The section
 * menu, breadcrumbs and index pages are checked as a reader uses them, and with axe.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { type Browser, openBrowser } from '../support/browser.ts';
import { repoRoot } from '../support/paths.ts';
import { SAMPLE_SLUG, type Stack, startStack } from './stack.ts';

const artifacts = join(repoRoot, 'tests/test-artifacts/layout');
const WIDTHS = [1280, 390] as const;

let stack: Stack;
let browser: Browser;
let page: Page;
/** Every kind of page, by name, at an address the samples give. */
let pageKinds: { name: string; path: string; status: number }[] = [];

/** The slug of the first entry of an API listing, or null when it is empty. */
async function firstSlug(path: string): Promise<string | null> {
  const list = (await (await fetch(`${stack.api.url}${path}`)).json()) as { items: { slug: string }[] };
  return list.items[0]?.slug ?? null;
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  stack = await startStack();
  // axe runs on timers, which need the page's JavaScript on; the site itself has none.
  browser = await openBrowser({ javaScript: true });
  page = await browser.context.newPage();
  const topics = [
    ['section', '/v1/sections', 'sections'],
    ['tag', '/v1/tags', 'tags'],
    ['author', '/v1/authors', 'authors'],
    ['person', '/v1/entities?type=person', 'people'],
    ['place', '/v1/entities?type=place', 'places'],
    ['organisation', '/v1/entities?type=organization', 'organizations'],
  ] as const;
  const slugs = await Promise.all(topics.map(([, api]) => firstSlug(api)));
  pageKinds = [
    { name: 'front', path: '/', status: 200 },
    { name: 'article', path: `/articles/${SAMPLE_SLUG}`, status: 200 },
    { name: 'search', path: '/search?q=council', status: 200 },
    { name: 'not-found', path: '/no/such/page', status: 404 },
    ...topics.flatMap(([name, , folder], i) => {
      const slug = slugs[i];
      if (!slug) console.warn(`no ${name} page checked: the samples have none`);
      return slug ? [{ name, path: `/${folder}/${slug}`, status: 200 }] : [];
    }),
  ];
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function open(path: string, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(`${stack.site.url}${path}`);
  return response?.status() ?? 0;
}

/** What the layout checks measure on the page as it is now. */
interface Frame {
  /** Pixels the page is wider than the window. */
  overflow: number;
  /** Whether the search box sits beside the site name, on its row. */
  searchBesideName: boolean;
  /** The header field's own padding: an unstyled field has the browser's 1px. */
  searchPadding: string;
  /** Left edges of the content column and the footer's text. */
  contentLeft: number;
  footerLeft: number;
  /** Metadata lines whose wrapped line starts with a separator. */
  separatorsFirst: string[];
}

function measure(): Promise<Frame> {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const name = box('.site-name');
    const search = box('.site-search');
    const main = document.querySelector('main');
    const mainBox = main?.getBoundingClientRect();
    const contentLeft = mainBox && main ? mainBox.left + Number.parseFloat(getComputedStyle(main).paddingLeft) : -1;
    const footer = document.querySelector('.site-footer p');
    const range = document.createRange();
    if (footer?.firstChild) range.selectNodeContents(footer);
    const separatorsFirst: string[] = [];
    for (const meta of document.querySelectorAll('.meta')) {
      // A line begins where an item's top is below the previous one's; it must not be a separator.
      let top = Number.NEGATIVE_INFINITY;
      for (const child of meta.children) {
        const rect = child.getBoundingClientRect();
        const before = getComputedStyle(child, '::before').content;
        if (rect.top > top + 1 && top !== Number.NEGATIVE_INFINITY && before.includes('·')) separatorsFirst.push(meta.textContent ?? '');
        top = rect.top;
      }
    }
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      searchBesideName: Boolean(name && search && search.left >= name.right && search.top < name.bottom && search.bottom > name.top),
      searchPadding: getComputedStyle(document.querySelector('#site-search-q') as Element).paddingLeft,
      contentLeft,
      footerLeft: range.getBoundingClientRect().left,
      separatorsFirst,
    };
  });
}

describe('the page frame', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`draws the header, footer and metadata the same on every kind of page, at 1280 and 390 px (${scheme}; screenshots)`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      const found: Record<string, Frame> = {};
      for (const { name, path, status } of pageKinds) {
        for (const width of WIDTHS) {
          expect(await open(path, width), path).toBe(status);
          await page.screenshot({ path: join(artifacts, `${name}-${width}-${scheme}.png`), fullPage: true });
          found[`${name} at ${width}`] = await measure();
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
      const frames = Object.values(found);
      expect(frames.length).toBeGreaterThanOrEqual(8 * WIDTHS.length);
      for (const [where, frame] of Object.entries(found)) {
        expect([where, frame.overflow]).toEqual([where, expect.toSatisfy((n: number) => n <= 0)]);
        expect([where, frame.searchBesideName]).toEqual([where, true]);
        expect([where, frame.searchPadding]).not.toEqual([where, '1px']);
        expect([where, Math.abs(frame.footerLeft - frame.contentLeft)]).toEqual([where, expect.toSatisfy((n: number) => n < 1)]);
        expect([where, frame.separatorsFirst]).toEqual([where, []]);
      }
      // The same field on every page: one look, wherever the reader is.
      expect(new Set(frames.map((f) => f.searchPadding)).size).toBe(1);
    });
  }

  it('keeps the article metadata separators at line ends on a phone', async () => {
    expect(await open(`/articles/${SAMPLE_SLUG}`, 320)).toBe(200);
    const lines = await page.evaluate(() => {
      const meta = document.querySelector('main article header .meta');
      return meta ? [...meta.children].map((c) => Math.round(c.getBoundingClientRect().top)) : [];
    });
    // The sample's line (published time, reading time…) needs more than one line at 320 px.
    expect(new Set(lines).size).toBeGreaterThan(1);
    expect((await measure()).separatorsFirst).toEqual([]);
  });
});
