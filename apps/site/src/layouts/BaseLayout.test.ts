/**
 * @module
 * The frame every page shares: the skip link, the header's search landmark, and the title,
 * description and sharing tags a plain page gets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dom, renderPage, text } from '../test/render.ts';
import BaseLayout from './BaseLayout.astro';

afterEach(() => {
  delete process.env.SITE_URL;
});

async function page(props: Record<string, unknown>): Promise<Document> {
  const response = await renderPage(BaseLayout, {
    props,
    request: new Request('http://localhost:4321/about'),
    slots: { default: '<h1>About</h1>' },
  });
  return dom(await response.text());
}

function meta(doc: Document, key: string): string | null | undefined {
  return doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
}

describe('the page frame', () => {
  it('starts with a skip link to the main content and has one search landmark in the header', async () => {
    const doc = await page({ title: 'About' });
    const first = doc.body.firstElementChild;
    expect(first?.getAttribute('href')).toBe('#content');
    expect(text(first)).toBe('Skip to content');
    expect(doc.querySelector('main')?.id).toBe('content');
    const search = doc.querySelector('header form[role=search]');
    expect(search?.getAttribute('action')).toBe('/search');
    expect(text(doc.querySelector(`label[for="${search?.querySelector('input')?.id}"]`))).toBe('Search the news');
  });

  it('describes a plain page for sharing as a website, at its canonical address', async () => {
    process.env.SITE_URL = 'https://news.example.org/';
    const doc = await page({ title: 'About', description: 'Who we are.', canonical: '/about' });
    expect(text(doc.querySelector('title'))).toBe('About | Dateline');
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://news.example.org/about');
    expect(meta(doc, 'og:type')).toBe('website');
    expect(meta(doc, 'og:title')).toBe('About');
    expect(meta(doc, 'og:description')).toBe('Who we are.');
    expect(meta(doc, 'og:url')).toBe('https://news.example.org/about');
    expect(meta(doc, 'og:site_name')).toBe('Dateline');
    expect(meta(doc, 'twitter:card')).toBe('summary');
  });

  it('gives a page without a canonical address no og:url, and the site name as its title', async () => {
    const doc = await page({ noindex: true });
    expect(meta(doc, 'og:url')).toBeUndefined();
    expect(meta(doc, 'og:title')).toBe('Dateline');
    expect(meta(doc, 'robots')).toBe('noindex');
  });
});
