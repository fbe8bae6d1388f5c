/**
 * @module
 * Preview links through the app, on the database of the test project (SQLite, and PostgreSQL in
 * the postgres project): made with `POST /v1/articles/{slug}/preview-links` by the newsroom,
 * opened with `GET /v1/previews/{token}` by anyone holding one. Every response is checked
 * against the OpenAPI document.
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
let contributor: Record<string, string>;
let clock: Date;
beforeEach(async () => {
  store = await testStore();
  clock = NOW;
  request = await checkedRequest(createApp({ store, now: () => clock }));
  editor = await bearer(store, 'editor', 'newsdesk');
  contributor = await bearer(store, 'contributor', 'stringer');
});
afterEach(async () => {
  await store.close();
});

const send = (method: string, path: string, body: unknown, headers: Record<string, string> = editor) =>
  request(path, { method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const get = (path: string, headers: Record<string, string> = editor) => request(path, { headers });
const create = async (input: unknown, headers = editor) => expect((await send('POST', '/v1/articles', input, headers)).status).toBe(201);

describe('preview links', () => {
  // In a hook: the first write of a process loads what enrichment needs, which takes seconds on a busy machine.
  beforeEach(async () => {
    await create(story(1, { slug: 'secret', status: 'draft', publishedAt: undefined }), contributor);
    await create(story(2, { slug: 'desk-story', status: 'draft', publishedAt: undefined }));
  });

  it('show a draft to anyone with the token, privately, until the link expires', async () => {
    const made = await send('POST', '/v1/articles/secret/preview-links', { expiresIn: 3600 }, contributor);
    expect(made.status).toBe(201);
    const link = (await made.json()) as { token: string; url: string; expiresAt: string };
    expect(link).toMatchObject({ url: `/v1/previews/${link.token}`, expiresAt: new Date(NOW.getTime() + 3_600_000).toISOString() });
    const open = await get(link.url, {});
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('private, no-store');
    expect(open.headers.get('x-robots-tag')).toBe('noindex');
    expect(((await open.json()) as { status: string }).status).toBe('draft');
    expect((await get('/v1/previews/pv_not-a-token', {})).status).toBe(404);
    // Only a hash of the token is stored: the token itself opens nothing in the database.
    expect(await store.previewByHash(link.token)).toBeNull();
    clock = new Date(clock.getTime() + 3_600_000);
    expect((await get(link.url, {})).status).toBe(410);
  });

  it('are made by signed-in people only, contributors for their own stories', async () => {
    expect((await request('/v1/articles/desk-story/preview-links', { method: 'POST' })).status).toBe(401);
    expect((await send('POST', '/v1/articles/desk-story/preview-links', {}, contributor)).status).toBe(403);
    expect((await send('POST', '/v1/articles/nothing/preview-links', {})).status).toBe(404);
    expect((await send('POST', '/v1/articles/desk-story/preview-links', { expiresIn: 1 })).status).toBe(400);
  });
});
