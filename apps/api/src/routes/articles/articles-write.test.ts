/**
 * @module
 * Tests of the editorial routes through the app over a real SQLite store: each body format, each
 * documented error, tokens and roles. Every JSON response is checked against the OpenAPI document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../store/store.ts';
import { NOW, story, testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';
import { bearer } from '../../testing/tokens.ts';

let store: Store;
let request: Awaited<ReturnType<typeof checkedRequest>>;
let editor: Record<string, string>;
beforeEach(async () => {
  store = await testStore();
  request = await checkedRequest(createApp({ store, now: () => NOW }));
  editor = await bearer(store, 'editor');
});
afterEach(async () => {
  await store.close();
});

const json = (body: unknown, headers: Record<string, string> = editor) => ({
  headers: { ...headers, 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const post = (body: unknown, headers?: Record<string, string>) => request('/v1/articles', { method: 'POST', ...json(body, headers) });
const postAs = (type: string, body: string, path = '/v1/articles') =>
  request(path, { method: 'POST', headers: { ...editor, 'Content-Type': type }, body });

describe('POST /v1/articles', () => {
  it('creates an article from JSON: 201, its address, and the article as stored', async () => {
    const res = await post(story(1, { status: 'draft', publishedAt: undefined }));
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/v1/articles/harbour-report-number-1');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const article = (await res.json()) as { id: string; slug: string; status: string; createdAt: string; wordCount: number };
    expect(article).toMatchObject({ slug: 'harbour-report-number-1', status: 'draft', createdAt: NOW.toISOString(), wordCount: 14 });
    const stored = await request('/v1/articles/harbour-report-number-1', { headers: editor });
    expect(await stored.json()).toEqual(article);
  });

  it('creates an article from Markdown with front matter', async () => {
    const md =
      '---\nheadline: Tram trial extended\nslug: tram-trial\ntags: [Transport]\nstatus: draft\n---\n\nThe late tram will run on Sundays too.\n';
    const res = await postAs('text/markdown; charset=utf-8', md);
    expect([res.status, res.headers.get('location')]).toEqual([201, '/v1/articles/tram-trial']);
    expect(await res.json()).toMatchObject({ headline: 'Tram trial extended', tags: [{ slug: 'transport' }], status: 'draft' });
    expect(res.headers.get('dateline-ignored-fields')).toBeNull();
  });

  it('stores Markdown whose front matter has keys that are no article field, and names them in a header', async () => {
    const md = '---\nheadline: Tram trial ends\nlayout: post\nstandfrist: Sundays only.\n---\n\nThe late tram stops in May.\n';
    const res = await postAs('text/markdown', md);
    expect([res.status, res.headers.get('dateline-ignored-fields')]).toEqual([201, 'layout, standfrist']);
    expect(await res.json()).not.toHaveProperty('standfirst');
  });

  it('creates an article from plain text, decoding Windows-1252 when it is not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Fares rise\n\nTickets now cost '), 0xa3, ...new TextEncoder().encode('2.')]);
    const res = await request('/v1/articles', { method: 'POST', headers: { ...editor, 'Content-Type': 'text/plain' }, body: bytes });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ slug: 'fares-rise', body: [{ content: [{ text: 'Tickets now cost £2.' }] }] });
  });

  it('creates an article from an HTML page, resolving links against ?url=', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Bridge repaired | The Ledger</title></head><body><article>
      <h1>Bridge repaired after storm</h1>
      <p>The footbridge over the river reopened on Tuesday after three weeks of repairs to its deck and railings.</p>
      <p>Engineers replaced the timber boards and checked every bolt, the council said in a <a href="/notices/bridge">notice</a>.</p>
      <p>Cyclists are asked to dismount while the last coat of paint dries over the coming weekend.</p>
    </article></body></html>`;
    const res = await postAs('text/html', html, '/v1/articles?url=https://ledger.example.org/news/bridge');
    expect(res.status).toBe(201);
    const article = (await res.json()) as { headline: string; body: unknown[] };
    expect(article.headline).toMatch(/^Bridge repaired/);
    expect(JSON.stringify(article.body)).toContain('https://ledger.example.org/notices/bridge');
  });

  it('answers 409 when the slug is taken, leaving the stored article alone', async () => {
    await post(story(1));
    const res = await post(story(1, { standfirst: 'A different version.' }));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "An article already has the slug "harbour-report-number-1"; replace it with PUT /v1/articles/harbour-report-number-1, or choose another slug.",
        "instance": "/v1/articles",
        "status": 409,
        "title": "Conflict",
        "type": "about:blank",
      }
    `);
    const stored = (await (await request('/v1/articles/harbour-report-number-1')).json()) as { standfirst?: string };
    expect(stored.standfirst).toBeUndefined();
  });

  it('answers 409 when the same content is stored under another slug', async () => {
    await post(story(1));
    const res = await post({ ...story(1), slug: 'copy-of-report' });
    expect([res.status, ((await res.json()) as { detail: string }).detail]).toEqual([
      409,
      'The same article is already stored at /v1/articles/harbour-report-number-1.',
    ]);
  });

  it('names every invalid field in a 400, and stores nothing', async () => {
    const res = await post({ headline: '', body: [], authors: [{ name: 'Ann', url: 'ftp://x' }], status: 'live' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid request body: headline: Too small: expected string to have >=1 characters; body: Too small: expected array to have >=1 items; authors[0].url: Invalid URL; status: Invalid option: expected one of "draft"|"review"|"published"|"archived".",
        "errors": [
          {
            "message": "Too small: expected string to have >=1 characters",
            "path": "headline",
          },
          {
            "message": "Too small: expected array to have >=1 items",
            "path": "body",
          },
          {
            "message": "Invalid URL",
            "path": "authors[0].url",
          },
          {
            "message": "Invalid option: expected one of "draft"|"review"|"published"|"archived"",
            "path": "status",
          },
        ],
        "instance": "/v1/articles",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
    expect(await store.countArticles()).toBe(0);
  });

  it('answers malformed JSON with a 400', async () => {
    const res = await request('/v1/articles', {
      method: 'POST',
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: '{"headline": "Half',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid request body: (root): is not valid JSON.",
        "errors": [
          {
            "message": "is not valid JSON",
            "path": "(root)",
          },
        ],
        "instance": "/v1/articles",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
  });

  it('answers a body without a Content-Type, or an empty one, with a 400', async () => {
    const none = await request('/v1/articles', { method: 'POST', headers: editor });
    expect(await none.json()).toMatchObject({
      status: 400,
      errors: [{ path: '(root)', message: 'an article is required as the request body' }],
    });
    const empty = await postAs('text/plain', '');
    expect(await empty.json()).toMatchObject({ status: 400, errors: [{ path: '(root)' }] });
  });

  it('names the front-matter field an importer rejects', async () => {
    const res = await postAs('text/markdown', '---\nheadline: Ok\nauthors:\n  - name: Ann\n    url: not a url\n---\n\nText.\n');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('authors[0].url');
  });

  it('answers another media type with a 415 naming the accepted ones', async () => {
    const res = await request('/v1/articles', {
      method: 'POST',
      headers: { ...editor, 'Content-Type': 'application/xml' },
      body: '<article/>',
    });
    expect([res.status, res.headers.get('accept-post')]).toEqual([415, 'application/json, text/markdown, text/plain, text/html']);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "This route does not accept Content-Type application/xml; send one of: application/json, text/markdown, text/plain, text/html.",
        "instance": "/v1/articles",
        "status": 415,
        "title": "Unsupported Media Type",
        "type": "about:blank",
      }
    `);
  });

  it('answers a body over 1 MB with a 413 without reading it', async () => {
    const big = JSON.stringify({ ...story(1), standfirst: 'x'.repeat(1024 * 1024) });
    const res = await request('/v1/articles', { method: 'POST', headers: { ...editor, 'Content-Type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ detail: 'The request body is larger than the 1 MB this route accepts.' });
  });

  it('needs an editor or admin token', async () => {
    const anonymous = await post(story(1), {});
    expect([anonymous.status, anonymous.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="dateline"']);
    const moderator = await post(story(1), await bearer(store, 'moderator'));
    expect(moderator.status).toBe(403);
    expect((await post(story(1), await bearer(store, 'admin'))).status).toBe(201);
  });

  it('checks the token before the body', async () => {
    const res = await request('/v1/articles', { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: '<x/>' });
    expect(res.status).toBe(401);
  });
});
