/**
 * @module
 * The story workflow through the app, on the database of the test project (SQLite, and
 * PostgreSQL in the postgres project): listing by status for signed-in clients, If-Match on
 * writes, contributors' limits, revisions (list, read, diff, restore) and the old address of a
 * moved article (preview links are tested in routes/previews/). Every response is checked
 * against the OpenAPI document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../store/store.ts';
import { NOW, story, testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';
import { signedIn } from '../../testing/accounts.ts';
import { bearer } from '../../testing/tokens.ts';

let store: Store;
let request: Awaited<ReturnType<typeof checkedRequest>>;
let editor: Record<string, string>;
let contributor: Record<string, string>;
let clock: Date;
const tick = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
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
  request(path, {
    method,
    headers: { ...headers, 'Content-Type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json' },
    body: JSON.stringify(body),
  });
const create = async (input: unknown, headers = editor) => {
  const res = await send('POST', '/v1/articles', input, headers);
  expect(res.status).toBe(201);
  return (await res.json()) as { slug: string; status: string; headline: string };
};
const get = (path: string, headers: Record<string, string> = editor) => request(path, { headers });
type Listed = {
  items: { slug: string; status: string; updatedAt: string; updatedBy?: { id: string; name: string } | null }[];
  total: number;
};
const list = async (query: string, headers: Record<string, string> = editor) => {
  const res = await get(`/v1/articles?${query}`, headers);
  expect(res.status).toBe(200);
  return (await res.json()) as Listed;
};

describe('unknown query parameters', () => {
  it('are refused with a 400 naming them, on reads and writes alike, and nothing is written', async () => {
    const res = await get('/v1/sections?status=draft&colour=red&colour=blue');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'status' }, { path: 'colour' }] });
    const write = await send('POST', '/v1/articles?draft=1', story(1));
    expect(write.status).toBe(400);
    expect(await write.json()).toMatchObject({ errors: [{ path: 'draft', message: 'is not a query parameter of this route' }] });
    expect(await store.countArticles()).toBe(0);
    expect((await get('/v1/articles?limit=5&order=oldest', {})).status).toBe(200);
  });
});

describe('GET /v1/articles for the newsroom', () => {
  beforeEach(async () => {
    await create(story(1, { slug: 'live' }));
    await create(story(2, { slug: 'later', publishedAt: new Date(NOW.getTime() + 3_600_000).toISOString() }));
    await create(story(3, { slug: 'sketch', status: 'draft', publishedAt: undefined }));
    await create(story(4, { slug: 'pitch', status: 'review', publishedAt: undefined }), contributor);
    await create(story(5, { slug: 'gone', status: 'archived' }));
  });

  it('filters by each status, scheduled being published with a time to come', async () => {
    const slugs = async (status: string) => (await list(`status=${status}`)).items.map((i) => i.slug);
    expect(await slugs('draft')).toEqual(['sketch']);
    expect(await slugs('review')).toEqual(['pitch']);
    expect(await slugs('scheduled')).toEqual(['later']);
    expect(await slugs('published')).toEqual(['live']);
    expect(await slugs('archived')).toEqual(['gone']);
    expect((await list('status=any')).total).toBe(5);
  });

  it('keeps a story in review out of public listings, reads and search', async () => {
    expect((await list('', {})).items.map((i) => i.slug)).toEqual(['live']);
    expect((await get('/v1/articles/pitch', {})).status).toBe(404);
    const found = (await (await get('/v1/search?q=harbour', {})).json()) as { items: { article: { slug: string } }[] };
    expect(found.items.map((i) => i.article.slug)).toEqual(['live']);
  });

  it('answers 401 to an anonymous request for any status but published', async () => {
    const res = await get('/v1/articles?status=draft', {});
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'status' }] });
    expect((await list('status=published', {})).items.map((i) => i.slug)).toEqual(['live']);
  });

  it('puts the newest change first with sort=updated, and says who made it', async () => {
    tick(60_000);
    expect((await send('PATCH', '/v1/articles/gone', { headline: 'Gone for good' })).status).toBe(200);
    tick(60_000);
    expect((await send('PATCH', '/v1/articles/pitch', { headline: 'Pitch, revised' }, contributor)).status).toBe(200);
    const page = await list('sort=updated&limit=2');
    expect(page.items.map((i) => [i.slug, i.updatedAt, i.updatedBy?.name])).toEqual([
      ['pitch', new Date(NOW.getTime() + 120_000).toISOString(), 'stringer'],
      ['gone', new Date(NOW.getTime() + 60_000).toISOString(), 'newsdesk'],
    ]);
    // Readers are not told who works in the newsroom.
    expect((await list('', {})).items[0]).not.toHaveProperty('updatedBy');
    expect((await get('/v1/articles?sort=updated&order=oldest')).status).toBe(400);
  });

  it('searches by words within a status with q', async () => {
    await create(story(6, { slug: 'ferry-draft', headline: 'Night ferry timetable', status: 'draft', publishedAt: undefined }));
    const page = await list('q=ferry&status=draft');
    expect(page.items.map((i) => [i.slug, i.updatedBy?.name])).toEqual([['ferry-draft', 'newsdesk']]);
    expect((await list('q=ferry&status=published')).items).toEqual([]);
  });
});

describe('If-Match', () => {
  it("refuses the second of two saves made from the same read with 412 and the first one's article, writing nothing of it", async () => {
    await create(story(1, { slug: 'ferry' }));
    const read = await get('/v1/articles/ferry');
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const first = await send('PATCH', '/v1/articles/ferry', { headline: 'First editor' }, { ...editor, 'If-Match': etag });
    expect(first.status).toBe(200);
    // The answer's ETag is the one a read now gives, for the next save.
    expect(first.headers.get('etag')).toBe((await get('/v1/articles/ferry')).headers.get('etag'));
    const second = await send(
      'PATCH',
      '/v1/articles/ferry',
      { headline: 'Second editor', standfirst: 'Lost?' },
      { ...editor, 'If-Match': etag },
    );
    expect(second.status).toBe(412);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await second.json()) as { status: number; current: { headline: string } };
    expect(problem).toMatchObject({ status: 412, current: { headline: 'First editor' } });
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    const stored = (await (await get('/v1/articles/ferry')).json()) as { headline: string; standfirst?: string };
    expect([stored.headline, stored.standfirst]).toEqual(['First editor', undefined]);
    const revisions = (await (await get('/v1/articles/ferry/revisions')).json()) as { items: unknown[] };
    expect(revisions.items).toHaveLength(2);
  });

  it('accepts the ETag of the article as sent compressed, which a browser gets and sends back', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of a story long enough to be sent compressed.`);
    await create(
      story(1, { slug: 'long', body: long.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })) }),
    );
    // Straight to the app: the OpenAPI check reads bodies as JSON, not Brotli.
    const app = createApp({ store, now: () => clock });
    const read = await app.request('/v1/articles/long', { headers: { ...editor, 'Accept-Encoding': 'br' } });
    expect(read.headers.get('content-encoding')).toBe('br');
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/-br"$/);
    const saved = await app.request('/v1/articles/long', {
      method: 'PATCH',
      headers: { ...editor, 'If-Match': etag, 'Accept-Encoding': 'br', 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ headline: 'Long read' }),
    });
    expect(saved.status).toBe(200);
    const stale = await send('PATCH', '/v1/articles/long', { headline: 'Lost' }, { ...editor, 'If-Match': etag });
    expect(stale.status).toBe(412);
    // The tag the save answered with, compressed or not, is the one to send next.
    expect(
      (await send('PATCH', '/v1/articles/long', { headline: 'Next' }, { ...editor, 'If-Match': saved.headers.get('etag')! })).status,
    ).toBe(200);
  });

  it('applies to PUT and DELETE too, accepts *, ignores weak tags, and changes nothing without the header', async () => {
    await create(story(1, { slug: 'ferry' }));
    const etag = (await get('/v1/articles/ferry')).headers.get('etag')!;
    expect((await send('PUT', '/v1/articles/ferry', story(1), { ...editor, 'If-Match': `W/${etag}` })).status).toBe(412);
    expect((await send('PUT', '/v1/articles/ferry', story(1, { headline: 'Star' }), { ...editor, 'If-Match': '*' })).status).toBe(200);
    const afterPut = (await (await get('/v1/articles/ferry/revisions')).json()) as { items: { number: number; summary: string }[] };
    expect(afterPut.items.map((r) => [r.number, r.summary])).toEqual([
      [2, 'Changed headline'],
      [1, 'Created as published'],
    ]);
    expect((await request('/v1/articles/ferry', { method: 'DELETE', headers: { ...editor, 'If-Match': etag } })).status).toBe(412);
    expect((await send('PUT', '/v1/articles/nowhere', story(2), { ...editor, 'If-Match': '*' })).status).toBe(412);
    expect((await get('/v1/articles/nowhere')).status).toBe(404);
    expect((await send('PATCH', '/v1/articles/ferry', { headline: 'No header' })).status).toBe(200);
    const now = (await get('/v1/articles/ferry')).headers.get('etag')!;
    expect((await request('/v1/articles/ferry', { method: 'DELETE', headers: { ...editor, 'If-Match': `"x", ${now}` } })).status).toBe(204);
  });
});

describe('a signed-in person', () => {
  it('is recorded by id and name as the creator and last editor, and held to the contributor role like a token', async () => {
    const app = createApp({ store, now: () => clock });
    const person = await signedIn(app, store, 'contributor');
    const own = await create(story(1, { slug: 'by-person', status: 'draft', publishedAt: undefined }), person.headers);
    expect(own.status).toBe('draft');
    const page = await list('status=draft');
    expect(page.items.map((i) => [i.slug, i.updatedBy])).toEqual([['by-person', { id: person.user.id, name: 'A contributor' }]]);
    const publish = await send('PATCH', '/v1/articles/by-person', { status: 'published' }, person.headers);
    expect(await publish.json()).toMatchObject({ status: 403, errors: [{ path: 'status' }] });
    const { items } = (await (await get('/v1/articles/by-person/revisions', person.headers)).json()) as { items: { author: unknown }[] };
    expect(items.map((r) => r.author)).toEqual([{ id: person.user.id, name: 'A contributor' }]);
  });
});

describe('contributors', () => {
  it('create drafts (by default) and stories for review, and edit and delete only their own while not published', async () => {
    const own = await create({ headline: 'Market stalls move', body: story(1).body }, contributor);
    expect(own.status).toBe('draft');
    expect((await send('PATCH', `/v1/articles/${own.slug}`, { status: 'review' }, contributor)).status).toBe(200);
    const theirs = await create(story(2, { slug: 'editors-draft', status: 'draft', publishedAt: undefined }));
    const other = await send('PATCH', '/v1/articles/editors-draft', { headline: 'Mine now' }, contributor);
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ errors: [{ path: 'slug' }] });
    expect((await request(`/v1/articles/${theirs.slug}`, { method: 'DELETE', headers: contributor })).status).toBe(403);
    expect((await request(`/v1/articles/${own.slug}`, { method: 'DELETE', headers: contributor })).status).toBe(204);
  });

  it('cannot publish, schedule or archive: 403 naming status, and nothing is written', async () => {
    const publish = await send('POST', '/v1/articles', story(1, { slug: 'eager', status: 'published' }), contributor);
    expect(publish.status).toBe(403);
    expect(await publish.json()).toMatchObject({ errors: [{ path: 'status' }] });
    expect(await store.countArticles()).toBe(0);
    const own = await create(story(1, { slug: 'eager', status: 'draft' }), contributor);
    for (const status of ['published', 'archived']) {
      const res = await send('PATCH', `/v1/articles/${own.slug}`, { status }, contributor);
      expect([res.status, ((await res.json()) as { errors: { path: string }[] }).errors[0]?.path]).toEqual([403, 'status']);
    }
    // Once an editor publishes it, it is out of the contributor's hands.
    expect((await send('PATCH', '/v1/articles/eager', { status: 'published' })).status).toBe(200);
    expect((await send('PATCH', '/v1/articles/eager', { headline: 'Late fix' }, contributor)).status).toBe(403);
    expect(((await (await get('/v1/articles/eager')).json()) as { headline: string }).headline).toBe('Harbour report number 1');
  });
});

describe('revisions', () => {
  it("keeps one per save with who, when and what changed, folding one person's quick edits into one", async () => {
    await create(story(1, { slug: 'ferry', status: 'draft', publishedAt: undefined }), contributor);
    tick(60_000);
    await send('PATCH', '/v1/articles/ferry', { headline: 'Ferry back' }, contributor);
    tick(60_000);
    // Within five minutes of the last: folded into the same revision.
    await send('PATCH', '/v1/articles/ferry', { standfirst: 'It sails again.' }, contributor);
    tick(60_000);
    await send('PATCH', '/v1/articles/ferry', { status: 'review' }, contributor);
    tick(60_000);
    await send('PATCH', '/v1/articles/ferry', { headline: 'Night ferry back' });
    const { items } = (await (await get('/v1/articles/ferry/revisions')).json()) as {
      items: { number: number; author: { name: string } | null; summary: string; createdAt: string; savedAt: string }[];
    };
    expect(items.map((r) => [r.number, r.author?.name, r.summary])).toEqual([
      [4, 'newsdesk', 'Changed headline'],
      [3, 'stringer', 'Submitted for review'],
      [2, 'stringer', 'Changed headline, standfirst'],
      [1, 'stringer', 'Created as draft'],
    ]);
    expect([items[2]!.createdAt, items[2]!.savedAt]).toEqual([
      new Date(NOW.getTime() + 60_000).toISOString(),
      new Date(NOW.getTime() + 120_000).toISOString(),
    ]);
  });

  it('shows an article as it was, compares any two block by block and word by word, and restores one as a new revision', async () => {
    const body = (texts: string[]) => texts.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }));
    await create(story(1, { slug: 'ferry', body: body(['The ferry sails at noon.', 'Tickets cost two pounds.', 'The cafe stays shut.']) }));
    await send('PATCH', '/v1/articles/ferry', {
      headline: 'Ferry times change',
      body: body(['The ferry sails at dawn.', 'A new pier opens.', 'Tickets cost two pounds.']),
    });
    const { items } = (await (await get('/v1/articles/ferry/revisions')).json()) as { items: { id: string; number: number }[] };
    const [second, first] = items;
    const old = (await (await get(`/v1/articles/ferry/revisions/${first!.id}`)).json()) as { headline: string };
    expect(old.headline).toBe('Harbour report number 1');
    const diff = (await (await get(`/v1/articles/ferry/revisions/${first!.id}/diff/${second!.id}`)).json()) as {
      blocks: { index: number; change: string; words: { op: string; text: string }[] }[];
      fields: { field: string; before: unknown; after: unknown }[];
    };
    expect(diff.blocks.map((b) => [b.index, b.change])).toEqual([
      [0, 'changed'],
      [1, 'added'],
      [2, 'same'],
      [2, 'removed'],
    ]);
    expect(diff.blocks[0]!.words).toEqual([
      { op: 'same', text: 'The ferry sails at ' },
      { op: 'del', text: 'noon.' },
      { op: 'add', text: 'dawn.' },
    ]);
    expect(diff.fields).toEqual([{ field: 'headline', before: 'Harbour report number 1', after: 'Ferry times change' }]);
    expect((await get(`/v1/articles/ferry/revisions/${first!.id}/diff/nope`)).status).toBe(404);

    const restored = await request(`/v1/articles/ferry/revisions/${first!.id}/restore`, { method: 'POST', headers: editor });
    expect(restored.status).toBe(200);
    expect(((await restored.json()) as { headline: string }).headline).toBe('Harbour report number 1');
    const after = (await (await get('/v1/articles/ferry/revisions')).json()) as { items: { number: number; summary: string }[] };
    expect(after.items[0]).toMatchObject({ number: 3, summary: 'Restored an earlier revision (headline, body)' });
  });

  it('keeps an article saved before revisions existed as revision 1 at its first edit', async () => {
    await store.saveArticle(
      (await import('@dateline/model')).prepareArticle(story(1, { slug: 'legacy' }), { id: 'legacy-id', now: NOW }),
      'legacy-hash',
    );
    await send('PATCH', '/v1/articles/legacy', { headline: 'Edited at last' });
    const { items } = (await (await get('/v1/articles/legacy/revisions')).json()) as {
      items: { number: number; kind: string; author: unknown }[];
    };
    expect(items.map((r) => [r.number, r.kind, r.author])).toEqual([
      [2, 'edited', { id: expect.any(String), name: 'newsdesk' }],
      [1, 'initial', null],
    ]);
  });
});

describe('moving an article', () => {
  it("keeps a published article's old address as a 301 to the new one", async () => {
    await create(story(1, { slug: 'ferry-returns' }));
    const moved = await send('PATCH', '/v1/articles/ferry-returns', { slug: 'night-ferry-returns' });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { slug: string }).slug).toBe('night-ferry-returns');
    const old = await get('/v1/articles/ferry-returns?include=related', {});
    expect([old.status, old.headers.get('location')]).toEqual([301, '/v1/articles/night-ferry-returns?include=related']);
    expect((await get('/v1/articles/night-ferry-returns', {})).status).toBe(200);
    const { items } = (await (await get('/v1/articles/night-ferry-returns/revisions')).json()) as { items: { summary: string }[] };
    expect(items[0]!.summary).toBe('Changed slug');
  });

  it("gives a draft's old slug no redirect, and refuses a slug another article has with 409", async () => {
    await create(story(1, { slug: 'draft-a', status: 'draft', publishedAt: undefined }));
    await create(story(2, { slug: 'taken' }));
    expect((await send('PATCH', '/v1/articles/draft-a', { slug: 'draft-b' })).status).toBe(200);
    expect((await get('/v1/articles/draft-a')).status).toBe(404);
    const clash = await send('PATCH', '/v1/articles/draft-b', { slug: 'taken' });
    expect(clash.status).toBe(409);
    expect(await clash.json()).toMatchObject({ errors: [{ path: 'slug' }] });
    expect((await get('/v1/articles/draft-b')).status).toBe(200);
  });
});
