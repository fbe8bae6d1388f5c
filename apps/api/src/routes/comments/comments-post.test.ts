/**
 * @module
 * Tests of `POST /v1/articles/{slug}/comments`, through the app, over a real SQLite store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppDeps, createApp } from '../../app.ts';
import { postComment, postForm } from '../../testing/comments.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import type { Store } from '../../store/store.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
const makeApp = (comments: AppDeps['comments'] = {}) =>
  createApp({ store, now: () => NOW, comments: { rateLimit: 0, rateHold: 0, ...comments } });
beforeEach(async () => {
  store = await testStore();
  await save(store, story(1, { slug: 'ferry' }));
  app = makeApp();
});
afterEach(async () => {
  await store.close();
});

const ana = { authorName: 'Ana Ribeiro', body: 'The new timetable suits early commuters.' };
const stored = async (id: string) => store.getComment(id);

describe('a comment shown at once', () => {
  it('answers 201 with the comment, trimmed, without the e-mail address', async () => {
    const res = await postComment(app, 'ferry', { ...ana, body: '  Spaced out.  \n', email: 'ana@example.org' });
    const text = await res.text();
    expect([res.status, res.headers.get('content-type')]).toEqual([201, 'application/json']);
    const comment = JSON.parse(text);
    expect(comment).toEqual({
      id: expect.any(String),
      articleSlug: 'ferry',
      parentId: null,
      authorName: 'Ana Ribeiro',
      body: 'Spaced out.',
      status: 'approved',
      createdAt: NOW.toISOString(),
    });
    expect(text).not.toContain('example.org');
    expect(await stored(comment.id)).toMatchObject({ email: 'ana@example.org', heldReason: null, status: 'approved' });
  });

  it('accepts a plain form, blank optional fields included', async () => {
    const res = await postForm(app, 'ferry', { ...ana, parentId: '', email: '', website: '' });
    expect([res.status, (await res.json()).authorName]).toEqual([201, 'Ana Ribeiro']);
  });

  it('accepts multipart form data, as a browser sends a form with enctype="multipart/form-data"', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...ana, website: '' })) form.append(name, value);
    const res = await app.request('/v1/articles/ferry/comments', { method: 'POST', body: form });
    expect([res.status, (await res.json()).body]).toEqual([201, ana.body]);
  });

  it('gives back markup as the very characters typed, never as HTML', async () => {
    const body = '<script>alert("hi")</script> & <b>bold</b>';
    const res = await postComment(app, 'ferry', { ...ana, body });
    expect(await res.text()).toContain('"body":"<script>alert(\\"hi\\")</script> & <b>bold</b>"');
  });

  it('takes a reply to an approved comment of the same article', async () => {
    const parent = await (await postComment(app, 'ferry', ana)).json();
    const res = await postComment(app, 'ferry', { authorName: 'Oskar', body: 'Agreed.', parentId: parent.id });
    expect([res.status, (await res.json()).parentId]).toEqual([201, parent.id]);
  });
});

describe('a comment held for moderation', () => {
  const held = { status: 'pending', message: 'Thank you. Your comment will appear once a moderator has approved it.' };

  it('holds every comment on an article that asks for pre-moderation', async () => {
    await save(store, story(2, { slug: 'inquiry', commentSettings: { open: true, moderation: 'pre' } }));
    const res = await postComment(app, 'inquiry', ana);
    const body = await res.json();
    expect([res.status, body]).toMatchObject([202, held]);
    expect(await stored(body.id)).toMatchObject({ status: 'pending', heldReason: 'pre-moderation' });
  });

  it('follows COMMENT_MODERATION unless the article sets its own mode', async () => {
    await save(store, story(2, { slug: 'open-thread', commentSettings: { open: true, moderation: 'post' } }));
    const pre = makeApp({ moderation: 'pre' });
    expect((await postComment(pre, 'ferry', ana)).status).toBe(202);
    expect((await postComment(pre, 'open-thread', ana)).status).toBe(201);
  });

  it.each([
    ['more than two links', { body: 'See https://a.example, https://b.example and www.c.example' }, '3 links (more than 2)'],
    ['a suspect word', { body: 'Great odds at the CASINO tonight' }, 'suspect words: casino'],
    ['a suspect word in the name', { authorName: 'Casino Bob' }, 'suspect words: casino'],
  ])('holds a comment with %s', async (_, fields, reason) => {
    const res = await postComment(makeApp({ suspectWords: ['casino'] }), 'ferry', { ...ana, ...fields });
    const body = await res.json();
    expect([res.status, body]).toMatchObject([202, held]);
    expect(await stored(body.id)).toMatchObject({ status: 'pending', heldReason: reason });
  });

  it('holds the same text posted again on the article, whatever its spacing and case', async () => {
    expect((await postComment(app, 'ferry', ana)).status).toBe(201);
    const again = await postComment(app, 'ferry', { authorName: 'Someone Else', body: `  ${ana.body.toUpperCase().replace(/ /g, '\n ')}` });
    const body = await again.json();
    expect(again.status).toBe(202);
    expect((await stored(body.id))?.heldReason).toBe('same text as an earlier comment on this article');
    await save(store, story(3, { slug: 'other' }));
    expect((await postComment(app, 'other', ana)).status).toBe(201);
  });
});

describe('a comment refused without saying so', () => {
  it('stores a comment with a banned word as rejected, answering as for a held one', async () => {
    const res = await postComment(makeApp({ bannedWords: ['scumbag'] }), 'ferry', { ...ana, body: 'You scumbag.' });
    const body = await res.json();
    expect([res.status, body.status, body.message]).toEqual([202, 'pending', expect.stringContaining('moderator')]);
    expect(await stored(body.id)).toMatchObject({ status: 'rejected', heldReason: 'banned words: scumbag' });
  });

  it('stores a comment that fills in the honeypot as spam, answering as for a held one', async () => {
    const res = await postForm(app, 'ferry', { ...ana, website: 'http://cheap-pills.example' });
    const body = await res.json();
    expect([res.status, Object.keys(body).sort()]).toEqual([
      202,
      ['articleSlug', 'authorName', 'body', 'createdAt', 'id', 'message', 'parentId', 'status'],
    ]);
    expect(await stored(body.id)).toMatchObject({ status: 'spam', heldReason: 'the hidden website field was filled in' });
  });
});
