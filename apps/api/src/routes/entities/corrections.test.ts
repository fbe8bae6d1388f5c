/**
 * @module
 * Tests of the editors' corrections through the app over a real SQLite store: an article written
 * by an editor is enriched at once; corrections change what readers see and survive the article
 * being rewritten and enriched again. Every JSON response is checked against the OpenAPI document.
 */
import type { Mention, Quote } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../store/store.ts';
import { NOW, testStore } from '../../testing/fixtures.ts';
import { checkedRequest } from '../../testing/openapi-check.ts';
import { bearer } from '../../testing/tokens.ts';

const STORY = `Night ferry returns to Kirkwall
The overnight ferry from Aberdeen sailed into Kirkwall on Friday, NorthLink Ferries said.
"We are delighted to have the ship back," said Ines Calder, the harbour master.
Calder said the company had spent three months on repairs. Orkney Islands Council welcomed the news.
"It is a lifeline for the islands," council leader Magnus Flett said.`;
const SLUG = 'night-ferry-returns-to-kirkwall';

let store: Store;
let request: Awaited<ReturnType<typeof checkedRequest>>;
let editor: Record<string, string>;
beforeEach(async () => {
  store = await testStore();
  request = await checkedRequest(createApp({ store, now: () => NOW }));
  editor = await bearer(store, 'editor');
  const res = await request('/v1/articles', { method: 'POST', headers: { ...editor, 'Content-Type': 'text/plain' }, body: STORY });
  expect(res.status).toBe(201);
});
afterEach(async () => {
  await store.close();
});

interface Entities {
  mentions: Mention[];
  quotes: Quote[];
}
const patch = (path: string, body: unknown, headers = editor) =>
  request(path, { method: 'PATCH', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const found = (e: Entities) => e.mentions.map((m) => `${m.entity.type} ${m.entity.slug}`);
const read = async () => (await (await request(`/v1/articles/${SLUG}/entities`, { headers: editor })).json()) as Entities;

describe('PATCH /v1/articles/{slug}/mentions', () => {
  it('adds, removes and renames entities, and enriching the rewritten article keeps the corrections', async () => {
    expect(found(await read())).toContain('person northlink-ferries');
    const res = await patch(`/v1/articles/${SLUG}/mentions`, {
      operations: [
        { op: 'rename', type: 'person', slug: 'northlink-ferries', to: { type: 'organization', name: 'NorthLink Ferries' } },
        { op: 'remove', type: 'place', slug: 'aberdeen' },
        { op: 'add', type: 'place', name: 'Orkney' },
      ],
    });
    expect(res.status).toBe(200);
    const corrected = (await res.json()) as Entities;
    expect(found(corrected)).toEqual([
      'person ines-calder',
      'place kirkwall',
      'organization northlink-ferries',
      'organization orkney-islands-council',
      // Found where the council's name has it, before Magnus Flett is named.
      'place orkney',
      'person magnus-flett',
    ]);
    // Readers see it at once, in the article and in the entity listings.
    const organisations = (await (await request('/v1/entities?type=organization')).json()) as { items: { slug: string }[] };
    expect(organisations.items.map((e) => e.slug)).toEqual(['northlink-ferries', 'orkney-islands-council']);
    expect((await request('/v1/entities/aberdeen')).status).toBe(404);

    const rewritten = `${STORY}\nThe ferry leaves Aberdeen again on Monday.`;
    const put = await request(`/v1/articles/${SLUG}`, {
      method: 'PUT',
      headers: { ...editor, 'Content-Type': 'text/plain' },
      body: rewritten,
    });
    expect(put.status).toBe(200);
    expect(found(await read())).toEqual(found(corrected));
  });

  it('changes nothing when one operation names an entity the article does not have', async () => {
    const res = await patch(`/v1/articles/${SLUG}/mentions`, {
      operations: [
        { op: 'add', type: 'place', name: 'Stromness' },
        { op: 'remove', type: 'organization', slug: 'kirkwall' },
      ],
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchInlineSnapshot(`
      {
        "detail": "Invalid request body: operations[1].slug: the article names no organization "kirkwall".",
        "errors": [
          {
            "message": "the article names no organization "kirkwall"",
            "path": "operations[1].slug",
          },
        ],
        "instance": "/v1/articles/night-ferry-returns-to-kirkwall/mentions",
        "status": 400,
        "title": "Invalid request",
        "type": "about:blank",
      }
    `);
    expect(found(await read())).not.toContain('place stromness');
  });

  it('needs an editor token', async () => {
    const body = { operations: [{ op: 'remove', type: 'place', slug: 'aberdeen' }] };
    expect((await patch(`/v1/articles/${SLUG}/mentions`, body, {})).status).toBe(401);
    expect((await patch(`/v1/articles/${SLUG}/mentions`, body, await bearer(store, 'moderator'))).status).toBe(403);
    expect((await patch('/v1/articles/no-such-story/mentions', body)).status).toBe(404);
  });
});

describe('PATCH /v1/articles/{slug}/quotes/{index}', () => {
  it('gives a quotation another speaker, who joins the people of the article, and a role', async () => {
    const res = await patch(`/v1/articles/${SLUG}/quotes/1`, { speaker: { name: 'Erland Voy' }, role: 'ferry captain' });
    expect(res.status).toBe(200);
    const entities = (await res.json()) as Entities;
    expect(entities.quotes[1]).toEqual({
      text: 'It is a lifeline for the islands,',
      speaker: { name: 'Erland Voy', slug: 'erland-voy' },
      role: 'ferry captain',
      block: 3,
      kind: 'direct',
    });
    expect(found(entities)).toContain('person erland-voy');
    const quotes = (await (await request('/v1/quotes?speaker=erland-voy')).json()) as {
      items: { article: { slug: string }; block: number }[];
    };
    expect(quotes.items.map((q) => [q.article.slug, q.block])).toEqual([[SLUG, 3]]);
    const nobody = (await (await patch(`/v1/articles/${SLUG}/quotes/0`, { speaker: null })).json()) as Entities;
    expect(nobody.quotes[0]?.speaker).toBeNull();
  });

  it('answers 404 for an index past the last quotation, and 400 for an empty change', async () => {
    const past = await patch(`/v1/articles/${SLUG}/quotes/2`, { speaker: null });
    expect([past.status, ((await past.json()) as { detail: string }).detail]).toEqual([
      404,
      'The article "night-ferry-returns-to-kirkwall" has 2 quotations; there is none at index 2.',
    ]);
    const empty = await patch(`/v1/articles/${SLUG}/quotes/0`, {});
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { errors: unknown }).errors).toMatchInlineSnapshot(`
      [
        {
          "message": "give a speaker, a role or both",
          "path": "speaker",
        },
      ]
    `);
  });
});
