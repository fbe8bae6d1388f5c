/**
 * @module
 * Tests of the errors of `POST /v1/articles/{slug}/comments`: invalid fields, sizes and types,
 * missing, hidden and closed articles, bad replies and the rate limit.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppDeps, createApp } from '../../app.ts';
import { addComment, postComment } from '../../testing/comments.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import { bearer } from '../../testing/tokens.ts';
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

describe('invalid input', () => {
  it('names every invalid field in one problem document', async () => {
    const res = await postComment(app, 'ferry', { authorName: '   ', body: 'x'.repeat(5001), email: 'not-an-address', parentId: 42 });
    expect([res.status, res.headers.get('content-type')]).toEqual([400, 'application/problem+json']);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid request body: authorName: must not be empty; body: must be at most 5000 characters; parentId: must be text; email: must be an e-mail address.",
        "errors": [
          {
            "message": "must not be empty",
            "path": "authorName",
          },
          {
            "message": "must be at most 5000 characters",
            "path": "body",
          },
          {
            "message": "must be text",
            "path": "parentId",
          },
          {
            "message": "must be an e-mail address",
            "path": "email",
          },
        ],
        "instance": "/v1/articles/ferry/comments",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
  });

  it('says which required fields are missing, from JSON or a form', async () => {
    const json = await postComment(app, 'ferry', {});
    const form = await app.request('/v1/articles/ferry/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'body=',
    });
    expect((await json.json()).detail).toMatchInlineSnapshot(`"Invalid request body: authorName: is required; body: is required."`);
    expect((await form.json()).detail).toMatchInlineSnapshot(`"Invalid form fields: authorName: is required; body: must not be empty."`);
  });

  it('refuses control characters, keeping line breaks and tabs in the body', async () => {
    const res = await postComment(app, 'ferry', { authorName: 'Ana\nRibeiro', body: 'Nul\u0000 byte' });
    expect((await res.json()).errors).toMatchInlineSnapshot(`
      [
        {
          "message": "must be one line without control characters",
          "path": "authorName",
        },
        {
          "message": "must not contain control characters other than line breaks and tabs",
          "path": "body",
        },
      ]
    `);
    expect((await postComment(app, 'ferry', { ...ana, body: 'Line one\r\n\tLine two' })).status).toBe(201);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await app.request('/v1/articles/ferry/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"authorName":',
    });
    expect([res.status, res.headers.get('content-type'), (await res.json()).detail]).toEqual([
      400,
      'application/problem+json',
      expect.stringMatching(/JSON/),
    ]);
  });

  it('refuses a body over 20 KB with 413', async () => {
    const res = await postComment(app, 'ferry', { ...ana, body: 'x'.repeat(21 * 1024) });
    expect([res.status, (await res.json()).detail]).toEqual([413, 'The request body is larger than the 20 KB this route accepts.']);
  });

  it('refuses a body that is neither JSON nor a form with 415', async () => {
    const res = await app.request('/v1/articles/ferry/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'Hello',
    });
    expect([res.status, res.headers.get('accept-post'), (await res.json()).detail]).toMatchInlineSnapshot(`
      [
        415,
        "application/json, application/x-www-form-urlencoded, multipart/form-data",
        "This route does not accept Content-Type text/plain; send one of: application/json, application/x-www-form-urlencoded, multipart/form-data.",
      ]
    `);
  });

  it('answers a post without a body with 400 naming the required fields', async () => {
    const res = await app.request('/v1/articles/ferry/comments', { method: 'POST' });
    expect([res.status, (await res.json()).detail]).toMatchInlineSnapshot(`
      [
        400,
        "Invalid request body: authorName: is required; body: is required.",
      ]
    `);
  });
});

describe('articles that take no comment', () => {
  it('answers 404 for a missing, draft or scheduled article', async () => {
    await save(store, story(2, { slug: 'draft', status: 'draft' }));
    await save(store, story(-3, { slug: 'scheduled' }));
    for (const slug of ['no-such-story', 'draft', 'scheduled']) expect((await postComment(app, slug, ana)).status).toBe(404);
    expect(await (await postComment(app, 'draft', ana)).json()).toMatchObject({ detail: 'No published article has the slug "draft".' });
  });

  it('answers 403 for an article closed to comments', async () => {
    await save(store, story(2, { slug: 'closed', commentSettings: { open: false } }));
    const res = await postComment(app, 'closed', ana);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "The article "closed" is closed to comments.",
        "instance": "/v1/articles/closed/comments",
        "status": 403,
        "title": "Forbidden",
        "type": "about:blank",
      }
    `);
  });
});

describe('replies', () => {
  it('refuses a parentId that is unknown, not approved, or on another article, naming parentId', async () => {
    const ferry = (await store.getArticle('ferry', { now: NOW }))!;
    const other = await save(store, story(2, { slug: 'other' }));
    const held = await addComment(store, ferry, { status: 'pending' });
    const elsewhere = await addComment(store, other);
    for (const parentId of ['no-such-comment', held.id, elsewhere.id]) {
      const res = await postComment(app, 'ferry', { ...ana, parentId });
      expect([res.status, (await res.json()).errors]).toEqual([
        400,
        [{ path: 'parentId', message: 'must be the id of an approved comment on this article' }],
      ]);
    }
    expect((await postComment(app, 'ferry', { ...ana, parentId: 'no-such-comment' })).status).toBe(400);
    expect((await store.listCommentsForModeration({ status: 'approved', limit: 10 })).total).toBe(1);
  });
});

describe('rate limit', () => {
  it('allows COMMENT_RATE_LIMIT comments a minute per client, then answers 429 with Retry-After', async () => {
    const limited = makeApp({ rateLimit: 2 });
    for (const n of [1, 2])
      expect((await postComment(limited, 'ferry', { ...ana, body: `Comment ${n}` }, { ip: '203.0.113.9' })).status).toBe(201);
    const res = await postComment(limited, 'ferry', { ...ana, body: 'Comment 3' }, { ip: '203.0.113.9' });
    expect([res.status, res.headers.get('retry-after')]).toEqual([429, '60']);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Too many comments from your address in the last minute; try again in 60 seconds.",
        "instance": "/v1/articles/ferry/comments",
        "status": 429,
        "title": "Too Many Requests",
        "type": "about:blank",
      }
    `);
    expect((await postComment(limited, 'ferry', { ...ana, body: 'Comment 4' }, { ip: '198.51.100.7' })).status).toBe(201);
  });

  it('counts one client however its address is written, and an IPv6 /64 as one client', async () => {
    const limited = makeApp({ rateLimit: 5 });
    const spellings = [
      '203.0.113.9',
      '::ffff:203.0.113.9',
      '0:0:0:0:0:ffff:203.0.113.9',
      '203.000.113.009',
      '::FFFF:cb00:7109',
      '203.0.113.9',
    ];
    const statuses = [];
    for (const [n, ip] of spellings.entries())
      statuses.push((await postComment(limited, 'ferry', { ...ana, body: `Comment ${n}` }, { ip })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const v6 = [];
    for (let n = 1; n <= 6; n += 1)
      v6.push((await postComment(limited, 'ferry', { ...ana, body: `From v6 ${n}` }, { ip: `2001:db8:77:1::${n}` })).status);
    expect(v6).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('is shared by API processes on the same database', async () => {
    const [one, two] = [makeApp({ rateLimit: 4 }), makeApp({ rateLimit: 4 })];
    const statuses = [];
    for (let n = 1; n <= 6; n += 1)
      statuses.push((await postComment(n % 2 ? one : two, 'ferry', { ...ana, body: `Comment ${n}` }, { ip: '203.0.113.50' })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
  });

  it('defaults to 5 a minute, holding the fourth and fifth for a moderator', async () => {
    const fresh = createApp({ store, now: () => NOW });
    const statuses = [];
    for (let n = 1; n <= 6; n += 1) statuses.push((await postComment(fresh, 'ferry', { ...ana, body: `Comment ${n}` })).status);
    expect(statuses).toEqual([201, 201, 201, 202, 202, 429]);
  });

  it('holds comments past COMMENT_RATE_HOLD a minute with the reason rate, before the limit refuses them', async () => {
    const limited = makeApp({ rateLimit: 4, rateHold: 2 });
    const statuses = [];
    for (let n = 1; n <= 5; n += 1)
      statuses.push((await postComment(limited, 'ferry', { ...ana, body: `Comment ${n}` }, { ip: '203.0.113.77' })).status);
    expect(statuses).toEqual([201, 201, 202, 202, 429]);
    expect((await postComment(limited, 'ferry', { ...ana, body: 'From elsewhere' }, { ip: '198.51.100.8' })).status).toBe(201);
    const held = await store.listCommentsForModeration({ status: 'pending', limit: 10 });
    expect(held.items.map((c) => [c.body, c.heldReason]).sort()).toEqual([
      ['Comment 3', '3 comments in a minute from one client'],
      ['Comment 4', '4 comments in a minute from one client'],
    ]);
    const moderator = await bearer(store, 'moderator');
    const queue = await (await limited.request('/v1/comments', { headers: moderator })).json();
    expect(queue.items.map((c: { heldFor: string[] }) => c.heldFor)).toEqual([['rate'], ['rate']]);
    const counts = await (await limited.request('/v1/comments/moderation/counts', { headers: moderator })).json();
    expect([counts.pending, counts.byReason.rate]).toEqual([2, 2]);
  });
});
