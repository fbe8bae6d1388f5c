/**
 * @module
 * Tests of the rule that a published article's pictures have alt text, through the write routes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Store } from '../../store/store.ts';
import { NOW, story, testStore } from '../../testing/fixtures.ts';
import { bearer } from '../../testing/tokens.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
let editor: Record<string, string>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, now: () => NOW });
  editor = await bearer(store, 'editor');
});
afterEach(async () => {
  await store.close();
});

const send = (method: string, path: string, body: unknown) =>
  app.request(path, { method, headers: { ...editor, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const media = { id: 'a'.repeat(64), width: 4000, height: 3000 };
const image = (alt: string) => ({ src: `/media/${media.id}/2000.jpg`, alt, media });
const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Boats came and went.' }] };

describe('alt text to publish', () => {
  it('refuses to publish a lead image or a body image without alt text, naming each field', async () => {
    const res = await send(
      'POST',
      '/v1/articles',
      story(1, { leadImage: image(' '), body: [paragraph, { type: 'image', ...image('') }] as never }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(body.errors.map((e) => e.path)).toEqual(['leadImage.alt', 'body[1].alt']);
    expect(body.errors[0]!.message).toMatch(/required to publish/);
    expect(await store.countArticles()).toBe(0);
  });

  it('lets a draft lack alt text, and refuses to publish it until the alt text is written', async () => {
    const draft = await send('POST', '/v1/articles', story(1, { status: 'draft', publishedAt: undefined, leadImage: image('') }));
    expect(draft.status).toBe(201);
    const { slug } = (await draft.json()) as { slug: string };
    const publish = await send('PATCH', `/v1/articles/${slug}`, { status: 'published' });
    expect(publish.status).toBe(400);
    expect(((await publish.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['leadImage.alt']);
    const fixed = await send('PATCH', `/v1/articles/${slug}`, { status: 'published', leadImage: { alt: 'The pier at dawn' } });
    expect(fixed.status).toBe(200);
    expect(await fixed.json()).toMatchObject({ status: 'published', leadImage: { alt: 'The pier at dawn', media } });
  });
});
