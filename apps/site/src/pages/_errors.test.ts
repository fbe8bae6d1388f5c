/**
 * @module
 * The 404 and error pages: right status, in the site's layout.
 */
import { describe, expect, it } from 'vitest';
import { ApiResponseError, ApiUnavailableError } from '../data/errors.ts';
import { dom, renderPage, text } from '../test/render.ts';
import NotFound from './404.astro';
import ErrorPage from './500.astro';

const request = new Request('http://localhost:4321/somewhere');

describe('the 404 page', () => {
  it('answers 404 in the site layout, with a way back to the news', async () => {
    const response = await renderPage(NotFound, { request });
    const doc = dom(await response.text());
    expect(response.status).toBe(404);
    expect(text(doc.querySelector('h1'))).toBe('Page not found');
    expect(doc.querySelector('header .site-name')).not.toBeNull();
    expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('the error page', () => {
  it('answers 503 with Retry-After when the API is unavailable', async () => {
    const response = await renderPage(ErrorPage, { request, props: { error: new ApiUnavailableError('down') } });
    const doc = dom(await response.text());
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(text(doc.querySelector('h1'))).toBe('Temporarily unavailable');
    expect(doc.querySelector('main#content')).not.toBeNull();
  });

  it('answers 500 for any other failure, without telling readers to wait', async () => {
    const response = await renderPage(ErrorPage, { request, props: { error: new ApiResponseError(400, 'refused') } });
    const doc = dom(await response.text());
    expect(response.status).toBe(500);
    expect(response.headers.has('retry-after')).toBe(false);
    expect(text(doc.querySelector('h1'))).toBe('Something went wrong');
  });

  it('does not show the error message to readers', async () => {
    const response = await renderPage(ErrorPage, { request, props: { error: new Error('secret-internal-detail') } });
    expect(await response.text()).not.toContain('secret-internal-detail');
  });
});
