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
const DIRECTORIES = ['sections', 'tags', 'authors', 'people', 'places', 'organizations'] as const;

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
    ...DIRECTORIES.map((folder) => ({ name: `directory-${folder}`, path: `/${folder}`, status: 200 })),
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
      // Front, article, search, 404, six index pages, a section, a tag and an author at least; the
      // people, places and organisations of the samples exist only once they are enriched.
      expect(frames.length).toBeGreaterThanOrEqual(13 * WIDTHS.length);
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

/** The API's sections, most stories first, as the header names them. */
async function apiSections(): Promise<{ name: string; slug: string; articleCount: number }[]> {
  const list = (await (await fetch(`${stack.api.url}/v1/sections?limit=500`)).json()) as {
    items: { name: string; slug: string; articleCount: number }[];
  };
  return list.items.toSorted((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
}

describe('navigation', () => {
  it('names the sections in the header row on a desktop, and marks the one the reader is in', async () => {
    const sections = (await apiSections()).slice(0, 8);
    expect(sections.length).toBeGreaterThan(0);
    expect(await open('/', 1280)).toBe(200);
    const row = page.locator('.site-nav__row a');
    await expect(row.allInnerTexts()).resolves.toEqual([...sections.map((s) => s.name), 'All sections']);
    await expect(page.locator('.site-nav__menu').isVisible()).resolves.toBe(false);
    await row.first().click();
    expect(new URL(page.url()).pathname).toBe(`/sections/${sections[0]?.slug}`);
    await expect(page.locator('.site-nav__row a[aria-current=page]').innerText()).resolves.toBe(sections[0]?.name);
  });

  it('folds the sections into a menu on a phone that opens from the keyboard, with no JavaScript', async () => {
    const noScript = await openBrowser();
    try {
      const phone = await noScript.context.newPage();
      await phone.setViewportSize({ width: 390, height: 800 });
      await phone.goto(`${stack.site.url}/`);
      await expect(phone.locator('.site-nav__row').isVisible()).resolves.toBe(false);
      const links = phone.locator('.site-nav__menu a');
      await expect(links.first().isVisible()).resolves.toBe(false);
      // Tab from the page's start: skip link, site name, search field, search button, then the menu.
      for (let i = 0; i < 5; i += 1) await phone.keyboard.press('Tab');
      await expect(phone.evaluate(() => document.activeElement?.tagName)).resolves.toBe('SUMMARY');
      await phone.keyboard.press('Enter');
      await expect(links.first().isVisible()).resolves.toBe(true);
      await expect(links.last().innerText()).resolves.toBe('All sections');
      await phone.screenshot({ path: join(artifacts, 'menu-open-390.png'), fullPage: true });
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await noScript.close();
    }
  });

  it('shows on an article the same breadcrumbs it gives search engines', async () => {
    expect(await open(`/articles/${SAMPLE_SLUG}`, 1280)).toBe(200);
    const shown = await page.locator('.breadcrumbs li').allInnerTexts();
    const links = await page.locator('.breadcrumbs a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const jsonLd = await page.locator('script[type="application/ld+json"]').allInnerTexts();
    const list = jsonLd
      .map((text) => JSON.parse(text) as { '@type': string; itemListElement?: { name: string; item: string }[] })
      .find((d) => d['@type'] === 'BreadcrumbList');
    expect(list?.itemListElement?.map((i) => i.name)).toEqual(shown);
    expect(list?.itemListElement?.map((i) => new URL(i.item).pathname)).toEqual([...links, `/articles/${SAMPLE_SLUG}`]);
    expect(shown[0]).toBe('Home');
    expect(shown.at(-1)).toBe(await page.locator('main article h1').innerText());
  });

  it('leads from a section page up to the sections directory, which lists it with its count', async () => {
    const [section] = await apiSections();
    expect(await open(`/sections/${section?.slug}`, 1280)).toBe(200);
    await expect(page.locator('.breadcrumbs li').allInnerTexts()).resolves.toEqual(['Home', 'Sections', section?.name]);
    await page.locator('.breadcrumbs a', { hasText: 'Sections' }).click();
    expect(new URL(page.url()).pathname).toBe('/sections');
    const entry = page.locator('.directory li', { hasText: section?.name ?? '' });
    await expect(entry.locator('.count').innerText()).resolves.toBe(
      section?.articleCount === 1 ? '1 story' : `${section?.articleCount} stories`,
    );
  });
});

describe('directories', () => {
  it('list every entry the API has, each linking to its page, and refuse a cursor the API never gave', async () => {
    for (const folder of DIRECTORIES) {
      const api = ['people', 'places', 'organizations'].includes(folder)
        ? `/v1/entities?limit=100&type=${{ people: 'person', places: 'place', organizations: 'organization' }[folder as 'people']}`
        : `/v1/${folder}?limit=100`;
      const list = (await (await fetch(`${stack.api.url}${api}`)).json()) as { items: { slug: string }[]; total: number };
      expect(await open(`/${folder}`, 1280)).toBe(200);
      const hrefs = await page.locator('.directory a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect([folder, hrefs]).toEqual([folder, list.items.map((i) => `/${folder}/${i.slug}`)]);
      expect(await open(`/${folder}?cursor=not-a-cursor`, 1280), folder).toBe(404);
    }
  });

  it('are in the sitemap', async () => {
    const xml = await (await fetch(`${stack.site.url}/sitemap.xml`)).text();
    for (const folder of DIRECTORIES) expect(xml).toContain(`${stack.site.url}/${folder}</loc>`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`pass axe with the menu open on a phone and closed on a desktop (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      const [section] = await apiSections();
      const found: Record<string, unknown> = {};
      for (const path of [...DIRECTORIES.map((d) => `/${d}`), `/sections/${section?.slug}`, `/articles/${SAMPLE_SLUG}`]) {
        for (const width of WIDTHS) {
          expect(await open(path, width), path).toBe(200);
          if (width < 600) await page.locator('.site-nav__menu').evaluate((d) => ((d as HTMLDetailsElement).open = true));
          const violations = await axeViolations(page);
          if (violations.length > 0) found[`${path} at ${width}`] = violations;
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
      expect(found).toEqual({});
    });
  }
});
