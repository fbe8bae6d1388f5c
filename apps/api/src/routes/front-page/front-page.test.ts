/**
 * @module
 * Tests of the front page and editors' pins, through the app over a real store: what leads, what
 * each section block shows, and who may pin.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import { bearer } from '../../testing/tokens.ts';
import type { Store } from '../../store/store.ts';

interface Page {
  lead: { slug: string }[];
  pinned: string[];
  sections: { slug: string; items: { slug: string }[] }[];
}

let store: Store;
let app: ReturnType<typeof createApp>;
let editor: Record<string, string>;
beforeEach(async () => {
  store = await testStore();
  // Story n is n hours old; every third one is in Business, the rest in Local.
  for (let n = 1; n <= 9; n++) await save(store, story(n, { slug: `story-${n}` }));
  app = createApp({ store, now: () => NOW });
  editor = await bearer(store, 'editor');
});
afterEach(async () => {
  await store.close();
});

const page = async (query = '') => (await (await app.request(`/v1/front-page${query}`)).json()) as Page;
const slugs = (items: { slug: string }[]) => items.map((a) => a.slug);
const put = (slug: string, body: unknown, headers = editor) =>
  app.request(`/v1/front-page/pins/${slug}`, {
    method: 'PUT',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('GET /v1/front-page', () => {
  it('leads with the newest stories when nothing is pinned, then gives each section its newest others', async () => {
    const res = await app.request('/v1/front-page');
    expect(res.status).toBe(200);
    const { lead, pinned, sections } = (await res.json()) as Page;
    expect(slugs(lead)).toEqual(['story-1', 'story-2', 'story-3']);
    expect(pinned).toEqual([]);
    // Local has six stories to Business's three: the busier section comes first.
    expect(sections.map((s) => s.slug)).toEqual(['local', 'business']);
    expect(slugs(sections[0]!.items)).toEqual(['story-4', 'story-5', 'story-7', 'story-8']);
    expect(slugs(sections[1]!.items)).toEqual(['story-6', 'story-9']);
  });

  it('puts pinned stories first, the latest pin at the top, and leaves them out of their section', async () => {
    expect((await put('story-8', {})).status).toBe(200);
    expect((await put('story-6', {})).status).toBe(200);
    const { lead, pinned, sections } = await page();
    expect(slugs(lead)).toEqual(['story-6', 'story-8', 'story-1']);
    expect(pinned).toEqual(['story-6', 'story-8']);
    expect(sections.flatMap((s) => slugs(s.items))).not.toContain('story-8');
  });

  it('passes over a pinned story readers cannot see and a pin that has lapsed', async () => {
    await save(store, story(10, { slug: 'draft-story', status: 'draft' }));
    await store.pinToFrontPage('draft-story', { pinnedAt: NOW.toISOString(), pinnedBy: null, until: null });
    await store.pinToFrontPage('story-9', {
      pinnedAt: NOW.toISOString(),
      pinnedBy: null,
      until: new Date(NOW.getTime() - 1000).toISOString(),
    });
    const { lead, pinned } = await page();
    expect(slugs(lead)).toEqual(['story-1', 'story-2', 'story-3']);
    expect(pinned).toEqual([]);
    // An older pin still leads when the newer one cannot be shown.
    await store.pinToFrontPage('story-7', { pinnedAt: new Date(NOW.getTime() - 60_000).toISOString(), pinnedBy: null, until: null });
    expect(slugs((await page('?lead=1')).lead)).toEqual(['story-7']);
  });

  it('takes the shape asked for, and names a parameter out of range', async () => {
    const { lead, sections } = await page('?lead=1&sections=1&perSection=2');
    expect(slugs(lead)).toEqual(['story-1']);
    expect(sections.map((s) => [s.slug, slugs(s.items)])).toEqual([['local', ['story-2', 'story-4']]]);
    const res = await app.request('/v1/front-page?lead=0&color=red');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('lead');
  });
});

describe('front-page pins', () => {
  it('are for editors only', async () => {
    expect((await put('story-2', {}, {})).status).toBe(401);
    expect((await put('story-2', {}, await bearer(store, 'moderator'))).status).toBe(403);
    expect((await app.request('/v1/front-page/pins')).status).toBe(401);
  });

  it('pin a story until a time, are listed with whether they hold, and are lifted', async () => {
    const until = new Date(NOW.getTime() + 3_600_000).toISOString();
    const res = await put('story-2', { until });
    expect(await res.json()).toMatchObject({ slug: 'story-2', pinnedAt: NOW.toISOString(), until });
    const list = (await (await app.request('/v1/front-page/pins', { headers: editor })).json()) as {
      items: { slug: string; active: boolean }[];
    };
    expect(list.items).toMatchObject([{ slug: 'story-2', active: true }]);
    expect((await app.request('/v1/front-page/pins/story-2', { method: 'DELETE', headers: editor })).status).toBe(204);
    expect((await app.request('/v1/front-page/pins/story-2', { method: 'DELETE', headers: editor })).status).toBe(404);
    expect((await page()).pinned).toEqual([]);
  });

  it('refuse an unknown story and an expiry already past, naming the field', async () => {
    expect((await put('no-such-story', {})).status).toBe(404);
    const res = await put('story-2', { until: '2020-01-01T00:00:00Z' });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'until' }] });
    expect((await put('story-2', { until: 'tomorrow' })).status).toBe(400);
  });
});
