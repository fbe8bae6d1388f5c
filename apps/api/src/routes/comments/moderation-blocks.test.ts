/**
 * @module
 * Tests of blocking commenters from the moderation queue, the reasons comments were held as
 * codes, and the counts of what awaits moderation, through the app over a real store.
 */
import type { Article } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
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
  app = createApp({ store, now: () => NOW, comments: { rateLimit: 1000, rateHold: 0, suspectWords: ['casino'] } });
  moderator = await bearer(store, 'moderator');
});
afterEach(async () => {
  await store.close();
});

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { ...headers, 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const comment = (body: string, email?: string, from = '198.51.100.1') =>
  // As from the address `from`, through a proxy on this machine (trusted by default).
  app.request(
    `/v1/articles/${article.slug}/comments`,
    json('POST', { authorName: 'Reader', body, ...(email && { email }) }, { 'X-Forwarded-For': from }),
    { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
  );
const queue = async () =>
  ((await (await app.request('/v1/comments', { headers: moderator })).json()) as { items: { body: string; heldFor: string[] }[] }).items;
const counts = async () =>
  (await (await app.request('/v1/comments/moderation/counts', { headers: moderator })).json()) as {
    pending: number;
    byReason: Record<string, number>;
  };

describe('blocked commenters', () => {
  it("blocks a comment's e-mail from the queue: that commenter's new comments are held, others' are not", async () => {
    expect((await comment('First, and fine.', 'Troll@Example.org')).status).toBe(201);
    const [first] = (await store.listCommentsForModeration({ status: 'approved', limit: 10 })).items;
    const res = await app.request('/v1/comments/blocks', json('POST', { commentId: first!.id, reason: 'abuse' }, moderator));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ kind: 'email', value: 'troll@example.org', reason: 'abuse' });
    expect((await app.request('/v1/comments/blocks', json('POST', { email: 'TROLL@example.org' }, moderator))).status).toBe(200);

    expect((await comment('Second, held.', 'troll@example.org')).status).toBe(202);
    expect((await comment('Someone else.', 'ana@example.org')).status).toBe(201);
    expect(await queue()).toMatchObject([{ body: 'Second, held.', heldFor: ['blocked'] }]);

    const [blockId] = (
      (await (await app.request('/v1/comments/blocks', { headers: moderator })).json()) as { items: { id: string }[] }
    ).items.map((b) => b.id);
    expect((await app.request(`/v1/comments/blocks/${blockId}`, { method: 'DELETE', headers: moderator })).status).toBe(204);
    expect((await comment('Third, shown again.', 'troll@example.org')).status).toBe(201);
  });

  it('blocks a client address', async () => {
    const res = await app.request('/v1/comments/blocks', json('POST', { address: '203.0.113.7' }, moderator));
    expect(res.status).toBe(201);
    expect((await comment('From the blocked address.', undefined, '203.0.113.7')).status).toBe(202);
    expect((await comment('From elsewhere.', undefined, '203.0.113.8')).status).toBe(201);
  });

  it('blocks the client address a comment came from, without showing it; a comment without one cannot be blocked so', async () => {
    expect((await comment('From a noisy address.', undefined, '203.0.113.44')).status).toBe(201);
    const [posted] = (await store.listCommentsForModeration({ status: 'approved', limit: 10 })).items;
    expect(JSON.stringify(await (await app.request('/v1/comments?status=any', { headers: moderator })).json())).not.toContain(
      '203.0.113.44',
    );
    const res = await app.request('/v1/comments/blocks', json('POST', { commentId: posted!.id, by: 'address' }, moderator));
    expect([res.status, await res.json()]).toMatchObject([201, { kind: 'address', value: '203.0.113.44' }]);
    expect((await comment('Again from it.', 'new@example.org', '203.0.113.44')).status).toBe(202);
    expect((await comment('From next door.', undefined, '203.0.113.45')).status).toBe(201);

    const imported = await store.insertComment({ ...posted!, id: 'imported', email: null, contentHash: 'x', heldReason: null });
    const none = await app.request('/v1/comments/blocks', json('POST', { commentId: imported.id, by: 'address' }, moderator));
    expect([none.status, ((await none.json()) as { errors: { path: string }[] }).errors[0]!.path]).toEqual([422, 'commentId']);
    expect((await app.request('/v1/comments/blocks', json('POST', { commentId: 'nope', by: 'address' }, moderator))).status).toBe(404);
    expect((await app.request('/v1/comments/blocks', json('POST', { email: 'a@example.org', by: 'address' }, moderator))).status).toBe(400);
  });

  it('refuses a block naming nothing or two things, an unknown comment, and non-moderators', async () => {
    const none = await app.request('/v1/comments/blocks', json('POST', {}, moderator));
    expect(none.status).toBe(400);
    expect(((await none.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('commentId');
    expect(
      (await app.request('/v1/comments/blocks', json('POST', { email: 'a@example.org', address: '203.0.113.7' }, moderator))).status,
    ).toBe(400);
    expect((await app.request('/v1/comments/blocks', json('POST', { address: 'not an address' }, moderator))).status).toBe(400);
    expect((await app.request('/v1/comments/blocks', json('POST', { commentId: 'nope' }, moderator))).status).toBe(404);
    expect(
      (await app.request('/v1/comments/blocks', json('POST', { email: 'a@example.org' }, await bearer(store, 'contributor')))).status,
    ).toBe(403);
  });
});

describe('how long client addresses are kept', () => {
  it('drops the address of a comment older than COMMENT_ADDRESS_DAYS when someone posts, so it can no longer be blocked by it', async () => {
    let now = NOW;
    app = createApp({ store, now: () => now, comments: { rateLimit: 1000, rateHold: 0, addressDays: 30 } });
    expect((await comment('Posted in May.', undefined, '203.0.113.60')).status).toBe(201);
    const [old] = (await store.listCommentsForModeration({ status: 'approved', limit: 10 })).items;
    now = new Date(NOW.getTime() + 29 * 86_400_000);
    expect((await comment('Within the month.', undefined, '203.0.113.61')).status).toBe(201);
    expect(await store.commentAddress(old!.id)).toBe('203.0.113.60');
    now = new Date(NOW.getTime() + 31 * 86_400_000);
    expect((await comment('Past it.', undefined, '203.0.113.62')).status).toBe(201);
    const res = await app.request('/v1/comments/blocks', json('POST', { commentId: old!.id, by: 'address' }, moderator));
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain('older than COMMENT_ADDRESS_DAYS');
    expect(await store.commentAddress(old!.id)).toBeNull();
    // The comment itself stays as it was.
    expect(await store.getComment(old!.id)).toMatchObject({ body: 'Posted in May.', status: 'approved' });
  });
});

describe('why comments were held, and how many await moderation', () => {
  it('names each reason as a code in the queue, and counts pending comments by reason', async () => {
    expect(await counts()).toEqual({
      pending: 0,
      byReason: { 'pre-moderation': 0, 'suspect-word': 0, links: 0, repeat: 0, rate: 0, blocked: 0 },
    });
    await comment('Visit http://a.example http://b.example http://c.example for the casino');
    await comment('A fine comment.');
    await comment('A fine comment.');
    expect((await queue()).map((c) => c.heldFor).sort()).toEqual([['links', 'suspect-word'], ['repeat']]);
    expect(await counts()).toEqual({
      pending: 2,
      byReason: { 'pre-moderation': 0, 'suspect-word': 1, links: 1, repeat: 1, rate: 0, blocked: 0 },
    });
  });
});
