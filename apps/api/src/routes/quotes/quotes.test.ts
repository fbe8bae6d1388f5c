/**
 * @module
 * Tests of the quotation listing through the app over a real store, with the seed article
 * (imported and enriched as any single write is) and invented ones whose quotations are given
 * outright. Every JSON response is checked against the OpenAPI document.
 */
import { readFileSync } from 'node:fs';
import { decodeText, parseText } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { importArticle } from '../../services/articles.ts';
import type { QuoteInArticle, Store } from '../../store/store.ts';
import { seedArticlePath } from '../../testing/cli-process.ts';
import { named, reported, said } from '../../testing/entity-fixtures.ts';
import { NOW, save, testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';
import { bearer } from '../../testing/tokens.ts';

const seed = seedArticlePath();
const SEED = 'xi-and-putin-sign-joint-pact-to-deepen-strategic-ties-amid-rising-global';

interface QuotePage {
  items: QuoteInArticle[];
  nextCursor: string | null;
  total: number;
}

let store: Store;
let request: Awaited<ReturnType<typeof checkedRequest>>;
beforeEach(async () => {
  store = await testStore();
  request = await checkedRequest(createApp({ store, now: () => NOW }));
});
afterEach(async () => {
  await store.close();
});

async function quotes(query: string, init?: RequestInit): Promise<QuotePage> {
  const res = await request(`/v1/quotes${query}`, init);
  expect(res.status, query).toBe(200);
  return (await res.json()) as QuotePage;
}

describe.skipIf(!seed)(`the seed article${seed ? '' : ' (shared data not found: skipped; set SHARED_DIR)'}`, () => {
  it('lists one speaker’s quotations in the order of the article, each naming its paragraph', async () => {
    const input = parseText(decodeText(readFileSync(seed!)));
    await importArticle(store, { ...input, publishedAt: '2026-05-08T06:00:00Z' }, { now: NOW });
    const xi = await quotes('?speaker=xi-jinping&limit=3');
    expect(xi.items.map((q) => [q.speaker?.name, q.article.slug, q.index])).toEqual([
      // The first quotation, words state media called the statement, is no one's.
      ['Xi Jinping', SEED, 3],
      ['Xi Jinping', SEED, 4],
      ['Xi Jinping', SEED, 5],
    ]);
  });
});

describe('quotations', () => {
  beforeEach(async () => {
    await save(
      store,
      reported(1, [named('person', 'Ines Calder')], [said('Ines Calder', 'The ferry runs again'), said('Harbour Board', 'Fees stay')]),
    );
    await save(store, reported(2, [named('person', 'Oskar Lund')], [said('Oskar Lund', 'The quay is ready', 1)]));
    await save(store, reported(3, [named('person', 'Ines Calder')], [said('Ines Calder', 'Not before June')], { status: 'draft' }));
  });

  it('lists published quotations newest article first, each with its article and place', async () => {
    const all = await quotes('');
    expect(all.items.map((q) => [q.text, q.article.slug, q.index, q.block])).toEqual([
      ['The ferry runs again', 'harbour-report-number-1', 0, 0],
      ['Fees stay', 'harbour-report-number-1', 1, 0],
      ['The quay is ready', 'harbour-report-number-2', 0, 1],
    ]);
    expect(all.total).toBe(3);
    expect((await quotes('?speaker=ines-calder')).items.map((q) => q.text)).toEqual(['The ferry runs again']);
  });

  it('shows a draft’s quotations to a request with a token only', async () => {
    const editor = await bearer(store, 'editor');
    expect((await quotes('?speaker=ines-calder', { headers: editor })).items.map((q) => q.text)).toEqual([
      'The ferry runs again',
      'Not before June',
    ]);
  });

  it('pages with cursors, and refuses a cursor of another listing naming the parameter', async () => {
    const first = await quotes('?limit=2');
    const second = await quotes(`?limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((q) => q.text)).toEqual(['The ferry runs again', 'Fees stay', 'The quay is ready']);
    expect(second.nextCursor).toBeNull();
    const entities = (await (await request('/v1/entities?limit=1')).json()) as { nextCursor: string };
    const res = await request(`/v1/quotes?cursor=${entities.nextCursor}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid query parameters: cursor: was issued for the entities listing, not quotes.",
        "errors": [
          {
            "message": "was issued for the entities listing, not quotes",
            "path": "cursor",
          },
        ],
        "instance": "/v1/quotes",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
  });

  it('names an invalid type, speaker or limit', async () => {
    const res = await request('/v1/quotes?type=planet&speaker=Not%20A%20Slug&limit=101');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['speaker', 'type', 'limit']);
  });

  it('documents the route with named schemas', async () => {
    const doc = (await (await request('/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.paths).toHaveProperty(['/v1/quotes']);
    for (const name of ['QuoteInArticle', 'QuoteList', 'Quote']) expect(doc.components.schemas, name).toHaveProperty([name]);
  });
});
