/**
 * @module
 * Tests of the moderation routes (`GET /v1/comments`, `PATCH` and `DELETE /v1/comments/{id}`),
 * through the app, over a real SQLite store, with real tokens.
 */
import type { Article } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { addComment } from '../../testing/comments.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import { bearer } from '../../testing/tokens.ts';
import type { Store } from '../../store/store.ts';

let store: Store;
let article: Article;
let app: ReturnType<typeof createApp>;
let moderator: Record<string, string>;
beforeEach(async () => {
  store = await testStore();
  article = await save(store, story(1, { slug: 'ferry' }));
  app = createApp({ store, now: () => NOW });
  moderator = await bearer(store, 'moderator');
});
afterEach(async () => {
  await store.close();
});

const patch = (id: string, body: unknown, headers = moderator) =>
  app.request(`/v1/comments/${id}`, {
    method: 'PATCH',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('authorisation', () => {
  it('answers 401 without a token and 403 for a contributor, on every moderation route', async () => {
    const contributor = await bearer(store, 'contributor');
    const c = await addComment(store, article);
    const calls = (headers: Record<string, string>) => [
      app.request('/v1/comments', { headers }),
      patch(c.id, { status: 'spam' }, headers),
      app.request(`/v1/comments/${c.id}`, { method: 'DELETE', headers }),
    ];
    expect((await Promise.all(calls({}))).map((r) => r.status)).toEqual([401, 401, 401]);
    const forbidden = await Promise.all(calls(contributor));
    expect(forbidden.map((r) => r.status)).toEqual([403, 403, 403]);
    expect((await forbidden[0]!.json()).detail).toMatch(/has the role contributor; this request needs moderator, editor or admin\.$/);
    expect((await store.getComment(c.id))?.status).toBe('approved');
  });

  it('lets an admin and an editor moderate too', async () => {
    for (const role of ['admin', 'editor'] as const) {
      expect((await app.request('/v1/comments', { headers: await bearer(store, role) })).status).toBe(200);
    }
  });
});

describe('GET /v1/comments', () => {
  it('lists pending comments newest first, with what only moderators see, never cached', async () => {
    const other = await save(store, story(2, { slug: 'other' }));
    await addComment(store, article, { id: 'old', status: 'pending', minutesAgo: 30, heldReason: 'pre-moderation' });
    await addComment(store, other, { id: 'new', status: 'pending', minutesAgo: 10, email: null, heldReason: '3 links (more than 2)' });
    await addComment(store, article, { id: 'shown', minutesAgo: 5 });
    const res = await app.request('/v1/comments', { headers: moderator });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = await res.json();
    expect([body.items.map((c: { id: string }) => c.id), body.total, body.nextCursor]).toEqual([['new', 'old'], 2, null]);
    expect(body.items[1]).toEqual({
      id: 'old',
      articleSlug: 'ferry',
      parentId: null,
      authorName: 'Ana Ribeiro',
      body: expect.any(String),
      status: 'pending',
      createdAt: '2026-05-08T11:30:00.000Z',
      email: 'ana@example.org',
      heldReason: 'pre-moderation',
      heldFor: ['pre-moderation'],
    });
  });

  it('filters by status and article, and pages with a cursor', async () => {
    const other = await save(store, story(2, { slug: 'other' }));
    for (let n = 1; n <= 3; n += 1) await addComment(store, article, { id: `s${n}`, status: 'spam', minutesAgo: n });
    await addComment(store, other, { id: 'elsewhere', status: 'spam' });
    const get = async (query: string) =>
      (await (await app.request(`/v1/comments${query}`, { headers: moderator })).json()) as {
        items: { id: string }[];
        nextCursor: string | null;
        total: number;
      };
    const first = await get('?status=spam&article=ferry&limit=2');
    const rest = await get(`?status=spam&article=ferry&limit=2&cursor=${first.nextCursor}`);
    expect([first.items.map((c) => c.id), rest.items.map((c) => c.id), first.total, rest.nextCursor]).toEqual([
      ['s1', 's2'],
      ['s3'],
      3,
      null,
    ]);
    expect((await get('?status=rejected')).items).toEqual([]);
  });

  it('names each invalid query parameter', async () => {
    const res = await app.request('/v1/comments?status=hidden&limit=101&article=Not%20a%20slug&order=random&email=nobody', {
      headers: moderator,
    });
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid query parameters: status: must be pending, approved, rejected, spam or any; article: lower-case letters, digits and single hyphens only; email: must be an e-mail address; order: must be newest or oldest; limit: must be an integer from 1 to 100.",
        "errors": [
          {
            "message": "must be pending, approved, rejected, spam or any",
            "path": "status",
          },
          {
            "message": "lower-case letters, digits and single hyphens only",
            "path": "article",
          },
          {
            "message": "must be an e-mail address",
            "path": "email",
          },
          {
            "message": "must be newest or oldest",
            "path": "order",
          },
          {
            "message": "must be an integer from 1 to 100",
            "path": "limit",
          },
        ],
        "instance": "/v1/comments",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
  });

  it("lists oldest first, and one commenter's comments of any status", async () => {
    await addComment(store, article, { id: 'first', status: 'pending', minutesAgo: 30, email: 'bea@example.org' });
    await addComment(store, article, { id: 'second', status: 'pending', minutesAgo: 10 });
    await addComment(store, article, { id: 'earlier', status: 'spam', minutesAgo: 50, email: 'BEA@example.org' });
    const ids = async (query: string) =>
      ((await (await app.request(`/v1/comments${query}`, { headers: moderator })).json()).items as { id: string }[]).map((c) => c.id);
    expect(await ids('?order=oldest')).toEqual(['first', 'second']);
    expect(await ids('?status=any&email=bea%40example.org')).toEqual(['first', 'earlier']);
  });
});

describe('PATCH /v1/comments/{id}', () => {
  it('approves a held comment, which then appears in its thread', async () => {
    const held = await addComment(store, article, { status: 'pending', heldReason: 'suspect words: casino' });
    const res = await patch(held.id, { status: 'approved' });
    expect([res.status, await res.json()]).toMatchObject([200, { id: held.id, status: 'approved', heldReason: 'suspect words: casino' }]);
    const thread = await (await app.request('/v1/articles/ferry/comments')).json();
    expect(thread.items.map((c: { id: string }) => c.id)).toEqual([held.id]);
  });

  it('hides a comment and its replies by rejecting it, keeping them stored', async () => {
    const top = await addComment(store, article);
    const reply = await addComment(store, article, { parentId: top.id });
    expect((await patch(top.id, { status: 'rejected' })).status).toBe(200);
    expect(await (await app.request('/v1/articles/ferry/comments')).json()).toEqual({ items: [], nextCursor: null, total: 0 });
    expect((await store.getComment(reply.id))?.status).toBe('approved');
  });

  it('answers 404 for an unknown id and 400 naming a wrong status', async () => {
    expect(await (await patch('no-such-comment', { status: 'spam' })).json()).toMatchObject({
      status: 404,
      detail: 'No comment has the id "no-such-comment".',
    });
    await addComment(store, article, { id: 'c1' });
    expect(await (await patch('c1', { status: 'deleted' })).json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid request body: status: Invalid option: expected one of "pending"|"approved"|"rejected"|"spam".",
        "errors": [
          {
            "message": "Invalid option: expected one of "pending"|"approved"|"rejected"|"spam"",
            "path": "status",
          },
        ],
        "instance": "/v1/comments/c1",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
  });
});

describe('DELETE /v1/comments/{id}', () => {
  it('deletes a comment with its replies, leaving the rest of the article', async () => {
    const top = await addComment(store, article, { minutesAgo: 10 });
    const reply = await addComment(store, article, { parentId: top.id, minutesAgo: 5 });
    const nested = await addComment(store, article, { parentId: reply.id, status: 'pending' });
    const kept = await addComment(store, article, { minutesAgo: 1 });
    const res = await app.request(`/v1/comments/${top.id}`, { method: 'DELETE', headers: moderator });
    expect([res.status, await res.text()]).toEqual([204, '']);
    for (const id of [top.id, reply.id, nested.id]) expect(await store.getComment(id)).toBeNull();
    expect((await store.getComment(kept.id))?.id).toBe(kept.id);
    const again = await app.request(`/v1/comments/${top.id}`, { method: 'DELETE', headers: moderator });
    expect([again.status, (await again.json()).detail]).toEqual([404, `No comment has the id "${top.id}".`]);
  });
});
