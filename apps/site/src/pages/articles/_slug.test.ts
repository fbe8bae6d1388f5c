/**
 * @module
 * The article page (`[slug].astro`) rendered against a stub API, read as a reader would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiUnavailableError } from '../../data/errors.ts';
import { article } from '../../test/fixtures.ts';
import { dom, renderPage, text } from '../../test/render.ts';
import { deadApiUrl, startStubApi, type StubApi } from '../../test/stub-api.ts';
import ArticlePage from './[slug].astro';

let stub: StubApi;

beforeAll(async () => {
  stub = await startStubApi({ articles: [article] });
  process.env.API_URL = stub.url;
  process.env.SITE_URL = 'https://news.example.org';
});

afterAll(async () => {
  await stub.close();
  delete process.env.API_URL;
  delete process.env.SITE_URL;
});

function request(slug: string) {
  return { params: { slug }, request: new Request(`http://localhost:4321/articles/${slug}`) };
}

describe('the article page', async () => {
  let response: Response;
  let html: string;
  let doc: Document;

  beforeAll(async () => {
    response = await renderPage(ArticlePage, request(article.slug));
    html = await response.text();
    doc = dom(html);
  });

  it('answers 200 with a whole HTML document in the site layout', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('title'))).toBe('Harbour lights return after a decade | Dateline');
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#content');
    expect(doc.querySelector('main#content article')).not.toBeNull();
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://news.example.org/articles/harbour-lights-return');
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe(article.standfirst);
  });

  it('shows the headline, standfirst, section, byline and dateline', () => {
    expect([...doc.querySelectorAll('h1')].map(text)).toEqual(['Harbour lights return after a decade']);
    expect(text(doc.querySelector('.standfirst'))).toBe(article.standfirst);
    expect(text(doc.querySelector('.kicker'))).toBe('Local');
    expect(text(doc.querySelector('.byline'))).toBe('By Ana Lima and Tom Reed');
    expect(text(doc.querySelector('.dateline'))).toBe('PORT ELLEN');
  });

  it('gives the published time with a datetime attribute, and the reading time', () => {
    const meta = doc.querySelector('header .meta');
    const times = [...(meta?.querySelectorAll('time') ?? [])].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual([article.publishedAt]);
    expect(text(meta)).toContain('Published 8 May 2026 at 09:30 UTC');
    expect(text(meta)).toContain('1 min read');
  });

  it('does not call a story updated when it has not changed since it was stored (as after an import)', () => {
    expect(article.updatedAt).toBe(article.createdAt);
    expect(text(doc.querySelector('header .meta'))).not.toContain('Updated');
  });

  it('shows the lead image with its caption and credit before the body', () => {
    const lead = doc.querySelector('article > figure');
    expect(lead?.querySelector('img')?.getAttribute('alt')).toBe('Lamps glowing along the harbour wall at dusk');
    expect(lead?.querySelector('img')?.getAttribute('loading')).toBe('eager');
    expect(text(lead?.querySelector('figcaption'))).toBe('The restored lamps on Friday evening. Credit: Ana Lima');
  });

  it('renders every block of the body in order', () => {
    const body = [...doc.querySelectorAll('article > :is(p, h2, h3, h4, ul, ol, figure)')]
      .filter((el) => !el.closest('header'))
      .map((el) => (el.matches('figure.quote') ? 'quote' : el.tagName.toLowerCase()));
    // The first figure is the lead image; then the body's blocks, as the fixture lists them.
    expect(body).toEqual(['figure', 'p', 'h2', 'p', 'h3', 'ul', 'h4', 'ol', 'quote', 'figure']);
    expect(text(doc.querySelector('blockquote'))).toContain('We did it for the fishing boats.');
    expect(text(doc.querySelector('figure.quote cite'))).toBe('Morag Bell, crew leader');
  });

  it('shows a <script> in the text as text, and runs none', () => {
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json', 'application/ld+json']);
    expect(text(doc.querySelector('main'))).toContain('Each lamp runs on a <script>alert(1)</script> timer');
  });

  it('describes the article to search engines as a NewsArticle at its canonical address', () => {
    const data = JSON.parse(doc.querySelector('head script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Harbour lights return after a decade',
      url: 'https://news.example.org/articles/harbour-lights-return',
      datePublished: article.publishedAt,
      publisher: { name: 'Dateline' },
    });
  });

  it('links safe targets and shows the javascript: link as plain words', () => {
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://example.org/trust-report');
    expect(hrefs).toContain('/articles/harbour-history');
    expect(hrefs.some((h) => /javascript:/i.test(h ?? ''))).toBe(false);
    expect(text(doc.querySelector('main'))).toContain('See a harmless-looking link');
  });

  it('shows corrections, sources and topics at the foot', () => {
    const corrections = doc.querySelector('.corrections');
    expect(text(corrections?.querySelector('h2'))).toBe('Correction');
    expect(text(corrections)).toContain('misspelled the name of the harbour trust');
    expect(corrections?.querySelector('time')?.getAttribute('datetime')).toBe('2026-05-09T08:00:00Z');
    const sources = doc.querySelector('section[aria-labelledby=sources]');
    expect([...(sources?.querySelectorAll('li') ?? [])].map(text)).toEqual(['Harbour trust annual report', 'Interviews']);
    expect(sources?.querySelector('a')?.getAttribute('rel')).toBe('noopener');
    expect([...doc.querySelectorAll('.tags li')].map(text)).toEqual(['Harbour', 'Volunteers']);
  });

  it('marks the article with its own language', () => {
    expect(doc.querySelector('article')?.getAttribute('lang')).toBe('en');
  });
});

describe('the article page for a headline that tries to close the structured data', () => {
  it('keeps the page whole: one data script, no executable one, the headline as text', async () => {
    const headline = 'Lamps </script><script>alert(1)</script> return';
    const hostile = { ...article, slug: 'hostile-headline', headline };
    const local = await startStubApi({ articles: [hostile] });
    const url = process.env.API_URL;
    process.env.API_URL = local.url;
    try {
      const doc = dom(await (await renderPage(ArticlePage, request(hostile.slug))).text());
      const scripts = [...doc.querySelectorAll('script')];
      expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json', 'application/ld+json']);
      expect(JSON.parse(scripts[0]?.textContent ?? '{}').headline).toBe(headline);
      expect(JSON.parse(scripts[1]?.textContent ?? '{}').itemListElement.at(-1).name).toBe(headline);
      expect(text(doc.querySelector('h1'))).toBe(headline);
    } finally {
      process.env.API_URL = url;
      await local.close();
    }
  });
});

describe('the article page for an unknown slug', () => {
  it('answers 404 (the site then shows its 404 page)', async () => {
    const response = await renderPage(ArticlePage, request('no-such-story'));
    expect(response.status).toBe(404);
  });
});

describe('the article page while the API is down', () => {
  it('throws ApiUnavailableError for the error page to answer 503', async () => {
    const url = process.env.API_URL;
    process.env.API_URL = await deadApiUrl();
    try {
      await expect(renderPage(ArticlePage, request(article.slug))).rejects.toBeInstanceOf(ApiUnavailableError);
    } finally {
      process.env.API_URL = url;
    }
  });
});

describe('the article page at a slug the article had before it moved', () => {
  it("answers 301 to the article's address now, keeping the query", async () => {
    const url = process.env.API_URL;
    const local = await startStubApi({ articles: [article], moved: { 'harbour-lights-back': article.slug } });
    process.env.API_URL = local.url;
    try {
      const response = await renderPage(ArticlePage, {
        params: { slug: 'harbour-lights-back' },
        request: new Request('http://localhost:4321/articles/harbour-lights-back?comments=page-2'),
      });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(`/articles/${article.slug}?comments=page-2`);
    } finally {
      process.env.API_URL = url;
      await local.close();
    }
  });
});
