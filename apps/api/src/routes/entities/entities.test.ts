/**
 * @module
 * Tests of the entity and related-article routes through the app over a real SQLite
 * store, with the seed article (imported and enriched as any single write is) and invented ones.
 * Every JSON response is checked against the OpenAPI document.
 */
import { readFileSync } from 'node:fs';
import { type Article, type ArticleSummary, blockText, decodeText, parseText } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { importArticle } from '../../services/articles.ts';
import type { QuoteInArticle, Store } from '../../store/store.ts';
import { seedArticlePath } from '../../testing/cli-process.ts';
import { named, reported, said } from '../../testing/entity-fixtures.ts';
import { NOW, save } from '../../testing/fixtures.ts';
import { testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';
import { bearer } from '../../testing/tokens.ts';

const seed = seedArticlePath();
const SEED = 'xi-and-putin-sign-joint-pact-to-deepen-strategic-ties-amid-rising-global';

let store: Store;
let request: Awaited<ReturnType<typeof checkedRequest>>;
beforeEach(async () => {
  store = await testStore();
  request = await checkedRequest(createApp({ store, now: () => NOW }));
});
afterEach(async () => {
  await store.close();
});

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await request(path, init);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

interface EntityPage {
  items: { type: string; name: string; slug: string; articleCount: number }[];
  nextCursor: string | null;
  total: number;
}
interface EntityDetail {
  type: string;
  name: string;
  articleCount: number;
  articles: { items: ArticleSummary[]; total: number };
  quotes: { items: QuoteInArticle[]; nextCursor: string | null; total: number };
}

describe.skipIf(!seed)(`the seed article${seed ? '' : ' (shared data not found: skipped; set SHARED_DIR)'}`, () => {
  beforeEach(async () => {
    const input = parseText(decodeText(readFileSync(seed!)));
    await importArticle(store, { ...input, publishedAt: '2026-05-08T06:00:00Z' }, { now: NOW });
  });

  it('serves its people, places and organisations with their article counts', async () => {
    const people = await json<EntityPage>('/v1/entities?type=person');
    // One article names each of them: by slug.
    expect(people.items.map((e) => [e.slug, e.articleCount])).toEqual(
      [
        'abdel-fattah-el-sisi',
        'alexander-lukashenko',
        'donald-trump',
        'luiz-inacio-lula-da-silva',
        'vladimir-putin',
        'volodymyr-zelensky',
        'xi-jinping',
      ].map((slug) => [slug, 1]),
    );
    const places = await json<EntityPage>('/v1/entities?type=place&q=mosc');
    expect(places.items.map((e) => e.slug)).toEqual(['moscow']);
  });

  it('gives a person their articles and quotations, each linking to the paragraph it is in', async () => {
    const putin = await json<EntityDetail>('/v1/entities/vladimir-putin');
    expect([putin.type, putin.name, putin.articleCount, putin.articles.items.map((a) => a.slug)]).toEqual([
      'person',
      'Vladimir Putin',
      1,
      [SEED],
    ]);
    expect(putin.quotes.total).toBeGreaterThanOrEqual(3);
    const article = await json<Article>(`/v1/articles/${SEED}`);
    for (const quote of putin.quotes.items) {
      expect([quote.article.slug, quote.speaker?.slug]).toEqual([SEED, 'vladimir-putin']);
      expect(blockText(article.body[quote.block]!)).toContain(quote.text);
    }
    expect(putin.quotes.items[0]).toMatchObject({
      text: expect.stringMatching(/^In today’s challenging geopolitical landscape/),
      block: 3,
      kind: 'direct',
    });
  });

  it('includes mentions and quotations in the article, and says they are current', async () => {
    const article = await json<Article>(`/v1/articles/${SEED}`);
    expect(article.mentions?.slice(0, 3).map((m) => m.entity.slug)).toEqual(['russia', 'vladimir-putin', 'xi-jinping']);
    expect(article.quotes?.filter((q) => q.speaker?.slug === 'xi-jinping').length).toBeGreaterThan(3);
    const entities = await json<{ enrichment: unknown; mentions: unknown[] }>(`/v1/articles/${SEED}/entities`);
    expect(entities.enrichment).toEqual({ state: 'enriched', queuedAt: null, attempts: 0 });
    expect(entities.mentions).toEqual(article.mentions);
  });

  it('filters the article listing and search by people, places and organisations', async () => {
    await save(store, reported(1, [named('person', 'Vladimir Putin', 2)]));
    const slugs = async (query: string) => (await json<{ items: ArticleSummary[] }>(`/v1/articles?${query}`)).items.map((a) => a.slug);
    expect(await slugs('person=vladimir-putin')).toEqual(['harbour-report-number-1', SEED]);
    expect(await slugs('person=vladimir-putin&place=moscow&organization=kremlin')).toEqual([SEED]);
    expect(await slugs('person=moscow')).toEqual([]);
    const found = await json<{ items: { article: ArticleSummary }[] }>('/v1/search?q=statement&place=moscow');
    expect(found.items.map((hit) => hit.article.slug)).toEqual([SEED]);
  });

  it('ranks related articles by the people, places and organisations they share', async () => {
    await save(store, reported(1, [named('person', 'Vladimir Putin'), named('place', 'Moscow'), named('place', 'Kyiv')]));
    await save(store, reported(2, [named('place', 'Moscow')]));
    await save(store, reported(3, [named('person', 'Ines Calder')]));
    const related = await json<{ items: ArticleSummary[] }>(`/v1/articles/${SEED}/related?limit=5`);
    expect(related.items.map((a) => a.slug)).toEqual(['harbour-report-number-1', 'harbour-report-number-2']);
    // Both name Moscow; the first report shares a tag too.
    const back = await json<{ items: ArticleSummary[] }>('/v1/articles/harbour-report-number-2/related?limit=2');
    expect(back.items.map((a) => a.slug)).toEqual(['harbour-report-number-1', SEED]);
  });
});

describe('entities', () => {
  it('answers 404 for a name no published article has, and with a token sees drafts', async () => {
    await save(store, reported(1, [named('person', 'Secret Source')], [], { status: 'draft' }));
    expect((await request('/v1/entities/secret-source')).status).toBe(404);
    const editor = await bearer(store, 'editor');
    expect((await json<EntityDetail>('/v1/entities/secret-source?type=person', { headers: editor })).articleCount).toBe(1);
    expect((await request('/v1/articles/no-such-story/related')).status).toBe(404);
  });

  it('pages through entities with cursors, and refuses a foreign one naming the parameter', async () => {
    for (let n = 1; n <= 3; n += 1)
      await save(store, reported(n, [named('place', `Port ${String.fromCharCode(64 + n)}`)], [said(null, `Day ${n}`)]));
    const first = await json<EntityPage>('/v1/entities?limit=2');
    const second = await json<EntityPage>(`/v1/entities?limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((e) => e.slug)).toEqual(['port-a', 'port-b', 'port-c']);
    const quotesCursor = (await json<EntityPage>('/v1/quotes?limit=1')).nextCursor;
    const res = await request(`/v1/entities?cursor=${quotesCursor}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([
      { path: 'cursor', message: 'was issued for the quotes listing, not entities' },
    ]);
  });

  it('names an invalid type or limit', async () => {
    const res = await request('/v1/entities?type=planet&limit=0');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown[] }).errors).toMatchInlineSnapshot(`
      [
        {
          "message": "must be person, place or organization",
          "path": "type",
        },
        {
          "message": "must be an integer from 1 to 100",
          "path": "limit",
        },
      ]
    `);
  });

  it('documents every route with named schemas', async () => {
    const doc = (await (await request('/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    for (const path of [
      '/v1/entities',
      '/v1/entities/{slug}',
      '/v1/articles/{slug}/related',
      '/v1/articles/{slug}/entities',
      '/v1/articles/{slug}/mentions',
      '/v1/articles/{slug}/quotes/{index}',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    for (const name of [
      'EntityWithCount',
      'EntityList',
      'EntityDetail',
      'ArticleEntities',
      'EnrichmentState',
      'RelatedArticles',
      'MentionCorrections',
      'MentionOperation',
      'QuoteCorrection',
      'Mention',
      'Quote',
    ]) {
      expect(doc.components.schemas, name).toHaveProperty([name]);
    }
  });
});
