/**
 * @module
 * Tests of replacing, patching and deleting articles through the app over a real SQLite store.
 * Every JSON response is checked against the OpenAPI document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../store/store.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';
import { bearer } from '../../testing/tokens.ts';

const LATER = new Date(NOW.getTime() + 60_000);
let store: Store;
let clock: Date;
let request: Awaited<ReturnType<typeof checkedRequest>>;
let editor: Record<string, string>;
beforeEach(async () => {
  store = await testStore();
  clock = NOW;
  request = await checkedRequest(createApp({ store, now: () => clock }));
  editor = await bearer(store, 'editor');
});
afterEach(async () => {
  await store.close();
});

interface Stored {
  id: string;
  slug: string;
  headline: string;
  standfirst?: string;
  dateline?: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

const send = (method: string, slug: string, body: unknown, type = 'application/json', headers = editor) =>
  request(`/v1/articles/${slug}`, {
    method,
    headers: { ...headers, 'Content-Type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const read = async (slug: string) => (await (await request(`/v1/articles/${slug}`, { headers: editor })).json()) as Stored;

describe('PUT /v1/articles/{slug}', () => {
  it('creates at the slug (201 and Location), then replaces, keeping id and creation time', async () => {
    const created = await send('PUT', 'tide-tables', story(1, { slug: undefined }));
    expect([created.status, created.headers.get('location')]).toEqual([201, '/v1/articles/tide-tables']);
    const first = (await created.json()) as Stored;
    clock = LATER;
    const replaced = await send('PUT', 'tide-tables', story(1, { headline: 'Tide tables corrected', dateline: 'PORTSEA' }));
    expect([replaced.status, replaced.headers.get('location')]).toEqual([200, null]);
    expect(await replaced.json()).toMatchObject({
      id: first.id,
      slug: 'tide-tables',
      headline: 'Tide tables corrected',
      dateline: 'PORTSEA',
      createdAt: first.createdAt,
      updatedAt: LATER.toISOString(),
    });
  });

  it('answers the same body again with 200 and the article unchanged', async () => {
    await send('PUT', 'tide-tables', story(1));
    clock = LATER;
    const again = await send('PUT', 'tide-tables', story(1));
    expect([again.status, ((await again.json()) as Stored).updatedAt]).toEqual([200, NOW.toISOString()]);
  });

  it('accepts Markdown, taking the slug from the path', async () => {
    const res = await send(
      'PUT',
      'library-hours',
      '# Library opens late\n\nThe library will stay open until nine on Thursdays.\n',
      'text/markdown',
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ slug: 'library-hours', headline: 'Library opens late' });
  });

  it('refuses a body naming another slug, and invalid fields, writing nothing', async () => {
    const moved = await send('PUT', 'tide-tables', story(1, { slug: 'elsewhere' }));
    expect(await moved.json()).toMatchObject({
      status: 400,
      errors: [
        { path: 'slug', message: 'must be "tide-tables", the slug in the path, or be left out; to move an article, PATCH its slug' },
      ],
    });
    const invalid = await send('PUT', 'tide-tables', { headline: 'No body' });
    expect(await invalid.json()).toMatchObject({ status: 400, errors: [{ path: 'body' }] });
    expect(await store.countArticles()).toBe(0);
  });

  it('needs an editor token', async () => {
    expect((await send('PUT', 'x', story(1), 'application/json', {})).status).toBe(401);
    expect((await send('PUT', 'x', story(1), 'application/json', await bearer(store, 'moderator'))).status).toBe(403);
  });
});

describe('PATCH /v1/articles/{slug}', () => {
  it('merges the patch (null removes a field) and validates the result', async () => {
    await save(store, story(1, { slug: 'ferry', standfirst: 'Old standfirst.', dateline: 'HARBOUR' }));
    clock = LATER;
    const res = await send('PATCH', 'ferry', { standfirst: 'New standfirst.', dateline: null }, 'application/merge-patch+json');
    expect(res.status).toBe(200);
    const patched = (await res.json()) as Stored;
    expect(patched).toMatchObject({ standfirst: 'New standfirst.', headline: 'Harbour report number 1', updatedAt: LATER.toISOString() });
    expect(patched.dateline).toBeUndefined();
    expect(await read('ferry')).toEqual(patched);
  });

  it('changes status and publication time: publishing a draft makes it public', async () => {
    await save(store, story(1, { slug: 'draft', status: 'draft', publishedAt: undefined }));
    expect((await request('/v1/articles/draft')).status).toBe(404);
    const res = await send('PATCH', 'draft', { status: 'published' });
    expect(await res.json()).toMatchObject({ status: 'published', publishedAt: NOW.toISOString() });
    expect((await request('/v1/articles/draft')).status).toBe(200);
  });

  it('refuses a result that is invalid, leaving the article as it was', async () => {
    const before = await save(store, story(1, { slug: 'ferry' }));
    const res = await send('PATCH', 'ferry', { headline: '', tags: [{ name: '' }], body: 'text' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid request body: headline: Too small: expected string to have >=1 characters; body: Invalid input: expected array, received string; tags[0].name: Too small: expected string to have >=1 characters.",
        "errors": [
          {
            "message": "Too small: expected string to have >=1 characters",
            "path": "headline",
          },
          {
            "message": "Invalid input: expected array, received string",
            "path": "body",
          },
          {
            "message": "Too small: expected string to have >=1 characters",
            "path": "tags[0].name",
          },
        ],
        "instance": "/v1/articles/ferry",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
    expect(await read('ferry')).toEqual(before);
  });

  it('refuses a patch that is not an object, or that removes the slug or gives an invalid one', async () => {
    await save(store, story(1, { slug: 'ferry' }));
    expect(await (await send('PATCH', 'ferry', [1, 2])).json()).toMatchObject({
      status: 400,
      errors: [{ path: '(root)', message: 'must be a JSON object' }],
    });
    expect(await (await send('PATCH', 'ferry', { slug: null })).json()).toMatchObject({ status: 400, errors: [{ path: 'slug' }] });
    expect(await (await send('PATCH', 'ferry', { slug: 'Not A Slug' })).json()).toMatchObject({ status: 400, errors: [{ path: 'slug' }] });
    expect((await request('/v1/articles/ferry', { headers: editor })).status).toBe(200);
  });

  it('answers 404 for a missing article and 415 for a body that is not JSON', async () => {
    expect((await send('PATCH', 'nothing', { headline: 'x' })).status).toBe(404);
    const res = await send('PATCH', 'nothing', 'headline: x', 'text/plain');
    expect([res.status, res.headers.get('accept-patch')]).toEqual([415, 'application/merge-patch+json, application/json']);
  });
});

describe('DELETE /v1/articles/{slug}', () => {
  it('deletes the article (204), after which it is gone', async () => {
    await save(store, story(1, { slug: 'ferry' }));
    const res = await request('/v1/articles/ferry', { method: 'DELETE', headers: editor });
    expect([res.status, await res.text()]).toEqual([204, '']);
    expect((await request('/v1/articles/ferry', { headers: editor })).status).toBe(404);
    const again = await request('/v1/articles/ferry', { method: 'DELETE', headers: editor });
    expect(await again.json()).toMatchObject({ status: 404, detail: 'No article has the slug "ferry".' });
  });

  it('needs an editor token', async () => {
    await save(store, story(1, { slug: 'ferry' }));
    expect((await request('/v1/articles/ferry', { method: 'DELETE' })).status).toBe(401);
    expect((await request('/v1/articles/ferry', { method: 'DELETE', headers: await bearer(store, 'moderator') })).status).toBe(403);
    expect(await store.countArticles()).toBe(1);
  });
});
