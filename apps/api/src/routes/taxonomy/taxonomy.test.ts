/**
 * @module
 * Tests of the section, tag and author routes, through the app, over a real SQLite store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import type { Store } from '../../store/store.ts';

interface Entry {
  name: string;
  slug: string;
  articleCount: number;
  bio?: string;
  url?: string;
}
interface Page {
  items: Entry[];
  nextCursor: string | null;
  total: number;
}

let store: Store;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, now: () => NOW });
});
afterEach(async () => {
  await store.close();
});

async function get<T = Page>(path: string): Promise<T> {
  const res = await app.request(path);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

const counts = (page: Page) => page.items.map((e) => [e.name, e.articleCount]);

/** Stories 1–6 (see `story`): Local 1,2,4,5 and Business 3,6; Oskar Lund odd, Ines Calder even. */
async function seedSix(): Promise<void> {
  for (let n = 1; n <= 6; n += 1) await save(store, story(n));
}

describe('GET /v1/sections', () => {
  it('lists sections by name with their public article counts', async () => {
    await seedSix();
    expect(counts(await get('/v1/sections'))).toEqual([
      ['Business', 2],
      ['Local', 4],
    ]);
  });

  it('counts no draft, archived or scheduled article, and hides a section that only they use', async () => {
    await save(store, story(1, { section: { name: 'Sport' } }));
    await save(store, story(2, { section: { name: 'Sport' }, status: 'draft' }));
    await save(store, story(3, { section: { name: 'Sport' }, status: 'archived' }));
    await save(store, story(-4, { section: { name: 'Sport' } }));
    await save(store, story(5, { section: { name: 'Embargoed merger' }, status: 'draft' }));
    await save(store, story(-6, { section: { name: 'Tomorrow' } }));
    expect(await get('/v1/sections')).toEqual({ items: [{ name: 'Sport', slug: 'sport', articleCount: 1 }], nextCursor: null, total: 1 });
  });

  it('sorts names as a reader would: case, accents and numbers do not push a name out of place', async () => {
    const names = ['zoning', 'Østfold', 'Arts', 'Opinion', 'Week 10', 'Week 9', 'business'];
    for (const [i, name] of names.entries()) await save(store, story(i + 1, { section: { name } }));
    expect((await get('/v1/sections')).items.map((s) => s.name)).toEqual([
      'Arts',
      'business',
      'Opinion',
      'Østfold',
      'Week 9',
      'Week 10',
      'zoning',
    ]);
  });
});

describe('GET /v1/tags', () => {
  it('lists the most used tags first, then by name', async () => {
    await seedSix();
    await save(store, story(7, { tags: [{ name: 'Anchors' }] }));
    await save(store, story(8, { tags: [{ name: 'Yachts' }, { name: 'Boats' }] }));
    expect(counts(await get('/v1/tags'))).toEqual([
      ['Harbour', 6],
      ['Boats', 4],
      ['Anchors', 1],
      ['Yachts', 1],
    ]);
  });
});

describe('GET /v1/authors', () => {
  it('lists authors by name with bio, URL and the articles credited to them', async () => {
    await seedSix();
    await save(
      store,
      story(7, { authors: [{ name: 'Ines Calder', bio: 'Covers the port.', url: 'https://ines.example.net/' }, { name: 'Ana Lima' }] }),
    );
    expect((await get('/v1/authors')).items).toEqual([
      { name: 'Ana Lima', slug: 'ana-lima', articleCount: 1 },
      { name: 'Ines Calder', slug: 'ines-calder', bio: 'Covers the port.', url: 'https://ines.example.net/', articleCount: 4 },
      { name: 'Oskar Lund', slug: 'oskar-lund', articleCount: 3 },
    ]);
  });
});

describe('paging the listings', () => {
  it.each(['sections', 'tags', 'authors'])('walks /v1/%s page by page, each entry once, in order', async (kind) => {
    for (let n = 1; n <= 7; n += 1) {
      const name = `Name ${n}`;
      await save(store, story(n, { section: { name }, tags: [{ name }], authors: [{ name }] }));
    }
    const all = (await get(`/v1/${kind}`)).items.map((e) => e.slug);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await get(`/v1/${kind}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.total).toBe(7);
      seen.push(...page.items.map((e) => e.slug));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect([pages, seen]).toEqual([3, all]);
  });

  it('keeps its place when a name that sorts earlier appears between pages', async () => {
    for (const [i, name] of ['Bravo', 'Charlie', 'Delta', 'Echo'].entries()) await save(store, story(i + 1, { section: { name } }));
    const first = await get('/v1/sections?limit=2');
    await save(store, story(5, { section: { name: 'Alpha' } }));
    const second = await get(`/v1/sections?limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((s) => s.name)).toEqual(['Bravo', 'Charlie', 'Delta', 'Echo']);
  });

  it('refuses a cursor of another listing, naming the parameter', async () => {
    for (let n = 1; n <= 3; n += 1) await save(store, story(n));
    const { nextCursor } = await get('/v1/tags?limit=1');
    const res = await app.request(`/v1/authors?cursor=${nextCursor}`);
    expect([res.status, res.headers.get('content-type')]).toEqual([400, 'application/problem+json']);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid query parameters: cursor: was issued for the tags listing, not authors.",
        "errors": [
          {
            "message": "was issued for the tags listing, not authors",
            "path": "cursor",
          },
        ],
        "instance": "/v1/authors",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
    expect((await app.request('/v1/sections?cursor=forged')).status).toBe(400);
  });

  it.each(['0', '501', 'all'])('rejects limit=%s with a 400 stating the range', async (limit) => {
    const res = await app.request(`/v1/tags?limit=${limit}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'limit', message: 'must be an integer from 1 to 500' }] });
  });
});

describe('GET /v1/{sections,tags,authors}/{slug}', () => {
  it('serves one entry with its public article count', async () => {
    await seedSix();
    await save(store, story(7, { status: 'draft' }));
    await save(store, story(8, { authors: [{ name: 'Ines Calder', bio: 'Covers the port.' }] }));
    expect(await get('/v1/sections/business')).toEqual({ name: 'Business', slug: 'business', articleCount: 2 });
    expect(await get('/v1/tags/boats')).toEqual({ name: 'Boats', slug: 'boats', articleCount: 4 });
    expect(await get('/v1/authors/ines-calder')).toEqual({
      name: 'Ines Calder',
      slug: 'ines-calder',
      bio: 'Covers the port.',
      articleCount: 4,
    });
  });

  it('answers 404 with a problem document for an unknown name or one only unpublished articles use', async () => {
    await save(
      store,
      story(1, { section: { name: 'Secret plans' }, tags: [{ name: 'Merger' }], authors: [{ name: 'Ghost Writer' }], status: 'draft' }),
    );
    for (const path of [
      '/v1/sections/secret-plans',
      '/v1/tags/merger',
      '/v1/authors/ghost-writer',
      '/v1/tags/no-such-tag',
      '/v1/sections/Not%20A%20Slug',
    ]) {
      const res = await app.request(path);
      expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 404, 'application/problem+json']);
    }
    expect(await (await app.request('/v1/authors/ghost-writer')).json()).toMatchInlineSnapshot(`
      {
        "detail": "No published article credits the author "ghost-writer".",
        "instance": "/v1/authors/ghost-writer",
        "status": 404,
        "title": "Not Found",
        "type": "about:blank",
      }
    `);
  });
});

describe('the OpenAPI document', () => {
  it('describes the six routes with named schemas', async () => {
    const doc = await get<{ paths: Record<string, object>; components: { schemas: Record<string, object> } }>('/openapi.json');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/sections', '/v1/sections/{slug}', '/v1/tags', '/v1/tags/{slug}', '/v1/authors', '/v1/authors/{slug}']),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['SectionList', 'SectionWithCount', 'TagList', 'TagWithCount', 'AuthorList', 'AuthorWithCount']),
    );
  });
});
