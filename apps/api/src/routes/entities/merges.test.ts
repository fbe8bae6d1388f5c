/**
 * @module
 * Tests of entity merges across stories through the app over a real store: a merge changes
 * every article, the listing, the entity pages and the article filter; enriching everything
 * again keeps it; a split brings the entity back; aliases are added.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { enrichQueued } from '../../services/enrichment.ts';
import type { Store } from '../../store/store.ts';
import { NOW, testStore } from '../../testing/fixtures.ts';
import { bearer } from '../../testing/tokens.ts';

const STRIKE = `Ferry strike ends in Kirkwall
The strike at NorthLink Ferries ended on Friday, Orkney Council said.
"We are back at sea," said Ines Calder, the harbour master, in Kirkwall.`;
const PIER = `Council backs new pier
Orkney Islands Council backed a new pier on Monday, the BBC reported.
Harbour master Ines Calder said the work would start in May in Kirkwall.`;

let store: Store;
let app: ReturnType<typeof createApp>;
let editor: Record<string, string>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, now: () => NOW });
  editor = await bearer(store, 'editor');
  for (const text of [STRIKE, PIER]) {
    expect(
      (await app.request('/v1/articles', { method: 'POST', headers: { ...editor, 'Content-Type': 'text/plain' }, body: text })).status,
    ).toBe(201);
  }
});
afterEach(async () => {
  await store.close();
});

const json = (method: string, body: unknown, headers = editor) => ({
  method,
  headers: { ...headers, 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const get = async <T>(path: string) => (await (await app.request(path)).json()) as T;
const organizations = async () =>
  (await get<{ items: { slug: string; articleCount: number }[] }>('/v1/entities?type=organization')).items.map(
    (e) => `${e.slug} ${e.articleCount}`,
  );
const mentionsOf = async (slug: string) =>
  (await get<{ mentions: { entity: { slug: string } }[] }>(`/v1/articles/${slug}/entities`)).mentions.map((m) => m.entity.slug);
const filtered = async (org: string) =>
  (await get<{ items: { slug: string }[] }>(`/v1/articles?organization=${org}`)).items.map((a) => a.slug).sort();

describe('entity merges', () => {
  it('merges "Orkney Council" into "Orkney Islands Council" in every story, and enriching everything again keeps it', async () => {
    expect(await organizations()).toEqual(expect.arrayContaining(['orkney-council 1', 'orkney-islands-council 1']));
    const res = await app.request(
      '/v1/entity-merges',
      json('POST', { type: 'organization', from: 'orkney-council', into: 'orkney-islands-council' }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      merge: {
        from: { slug: 'orkney-council', name: 'Orkney Council' },
        into: { slug: 'orkney-islands-council', name: 'Orkney Islands Council' },
      },
      articles: 1,
    });

    const follows = async () => {
      expect(await organizations()).toContain('orkney-islands-council 2');
      expect((await organizations()).some((e) => e.startsWith('orkney-council'))).toBe(false);
      expect((await app.request('/v1/entities/orkney-council?type=organization')).status).toBe(404);
      expect(await get('/v1/entities/orkney-islands-council?type=organization')).toMatchObject({
        articleCount: 2,
        aliases: expect.arrayContaining(['Orkney Council']),
      });
      expect(await filtered('orkney-islands-council')).toEqual(['council-backs-new-pier', 'ferry-strike-ends-in-kirkwall']);
      expect(await filtered('orkney-council')).toEqual([]);
      expect(await mentionsOf('ferry-strike-ends-in-kirkwall')).toContain('orkney-islands-council');
    };
    await follows();

    // What `dateline enrich --all` does.
    expect(await store.queueAllForEnrichment(NOW)).toBe(2);
    expect((await enrichQueued(store)).enriched).toBe(2);
    await follows();
  });

  it('splits a wrong merge: the entity comes back once its articles are enriched again', async () => {
    await app.request('/v1/entity-merges', json('POST', { type: 'organization', from: 'orkney-council', into: 'orkney-islands-council' }));
    expect(((await (await app.request('/v1/entity-merges', { headers: editor })).json()) as { items: unknown[] }).items).toHaveLength(1);
    const res = await app.request('/v1/entity-merges/organization/orkney-council', { method: 'DELETE', headers: editor });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ queued: 2 });
    await enrichQueued(store);
    expect(await organizations()).toEqual(expect.arrayContaining(['orkney-council 1', 'orkney-islands-council 1']));
    expect((await app.request('/v1/entity-merges/organization/orkney-council', { method: 'DELETE', headers: editor })).status).toBe(404);
  });

  it('refuses unknown entities, merging into itself or into a merged one, naming the field; and non-editors', async () => {
    const merge = (body: object, headers = editor) => app.request('/v1/entity-merges', json('POST', body, headers));
    const field = async (res: Response) => [res.status, ((await res.json()) as { errors: { path: string }[] }).errors[0]!.path];
    expect(await field(await merge({ type: 'organization', from: 'nobody', into: 'bbc' }))).toEqual([422, 'from']);
    expect(await field(await merge({ type: 'organization', from: 'bbc', into: 'bbc' }))).toEqual([422, 'into']);
    await merge({ type: 'organization', from: 'orkney-council', into: 'orkney-islands-council' });
    expect(await field(await merge({ type: 'organization', from: 'bbc', into: 'orkney-council' }))).toEqual([422, 'into']);
    expect(await field(await merge({ type: 'organization', from: 'orkney-council', into: 'bbc' }))).toEqual([422, 'from']);
    expect(
      (await merge({ type: 'organization', from: 'bbc', into: 'orkney-islands-council' }, await bearer(store, 'contributor'))).status,
    ).toBe(403);
  });

  it('adds aliases to an entity', async () => {
    const res = await app.request('/v1/entities/ines-calder/aliases', json('POST', { type: 'person', name: 'Mrs Calder' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ aliases: ['Mrs Calder'] });
    expect((await app.request('/v1/entities/nobody/aliases', json('POST', { type: 'person', name: 'X' }))).status).toBe(404);
  });
});
