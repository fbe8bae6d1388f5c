/**
 * @module
 * The search route through the typed client (`@dateline/api/client`), as the site calls it: the
 * query's filters and the page of results are typed from the route's contract, and the calls run
 * against the app.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { type Client, createClient } from '../../client.ts';
import { named, reported } from '../../testing/entity-fixtures.ts';
import { NOW, save, testStore } from '../../testing/fixtures.ts';
import type { Store } from '../../store/store.ts';

let store: Store;
let api: Client;
beforeEach(async () => {
  store = await testStore();
  await save(store, reported(1, [named('person', 'Vladimir Putin'), named('place', 'Moscow')], [], { slug: 'talks-in-moscow' }));
  await save(store, reported(2, [named('person', 'Xi Jinping'), named('organization', 'Kremlin')], [], { slug: 'kremlin-visit' }));
  await save(store, reported(3, [named('place', 'Moscow')], [], { slug: 'moscow-weather' }));
  const app = createApp({ store, now: () => NOW });
  api = createClient('http://api.test', { fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init) });
});
afterEach(async () => {
  await store.close();
});

describe('the typed client', () => {
  it('searches with the entity filters and reads typed results', async () => {
    const res = await api.v1.search.$get({ query: { q: 'report', place: 'moscow', person: 'vladimir-putin', limit: '5' } });
    if (res.status !== 200) throw new Error(`expected 200, got ${res.status}`);
    const { items, total, nextCursor } = await res.json();
    expect([items.map((hit) => [hit.article.slug, hit.snippet.includes('<mark>')]), total, nextCursor]).toEqual([
      [['talks-in-moscow', true]],
      1,
      null,
    ]);
  });

  it('pages with the cursor it was given, filters kept', async () => {
    const first = await api.v1.search.$get({ query: { q: 'report', place: 'moscow', limit: '1' } });
    if (first.status !== 200) throw new Error(`expected 200, got ${first.status}`);
    const page = await first.json();
    const cursor = page.nextCursor ?? undefined;
    const second = await api.v1.search.$get({ query: { q: 'report', place: 'moscow', limit: '1', cursor } });
    if (second.status !== 200) throw new Error(`expected 200, got ${second.status}`);
    const slugs = [...page.items, ...(await second.json()).items].map((hit) => hit.article.slug).sort();
    expect([page.total, slugs]).toEqual([2, ['moscow-weather', 'talks-in-moscow']]);
  });

  it('gets a problem for a blank query, and refuses unknown parameters at compile time and at run time', async () => {
    const res = await api.v1.search.$get({ query: { q: ' ', organization: 'kremlin' } });
    expect(res.status).toBe(400);
    // @ts-expect-error: `speaker` is not a search filter.
    const typo = await api.v1.search.$get({ query: { q: 'report', speaker: 'xi-jinping' } });
    expect(typo.status).toBe(400);
    expect(await typo.json()).toMatchObject({ errors: [{ path: 'speaker', message: 'is not a query parameter of this route' }] });
  });
});
