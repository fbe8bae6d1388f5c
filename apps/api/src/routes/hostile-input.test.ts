/**
 * @module
 * Odd and forged input from anonymous clients, on both databases (the postgres project runs this
 * file too): non-Latin searches, NUL characters, cursors out of the databases' range and malformed
 * forms each get a 200 or a 4xx problem naming the field, never a 500.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Store } from '../store/store.ts';
import { NOW, save, story, testStore } from '../testing/fixtures.ts';
import { bearer } from '../testing/tokens.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await testStore();
  app = createApp({ store, now: () => NOW });
  await save(store, story(1));
});
afterEach(async () => {
  await store.close();
});

const forge = (value: unknown): string => encodeURIComponent(Buffer.from(JSON.stringify(value)).toString('base64url'));

async function problemOf(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; type: string | null; body: { detail?: string; errors?: { path: string }[] } }> {
  const res = await app.request(path, init);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: (await res.json()) as { detail?: string; errors?: { path: string }[] },
  };
}

describe('hostile input from anonymous clients', () => {
  it('searches entities by names in any script or punctuation alone', async () => {
    for (const q of ['Путин', '北京', 'Ελλάδα', 'محمد', '—', '"', '*', '%', '\\', '_']) {
      const res = await app.request(`/v1/entities?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
  });

  it('refuses NUL in paths, query parameters and JSON fields with a 400 naming the field', async () => {
    const search = await problemOf('/v1/search?q=market&person=a%00b');
    expect([search.status, search.body.errors?.[0]?.path]).toEqual([400, 'person']);
    for (const path of [
      '/v1/articles/a%00b',
      '/v1/entities/a%00b',
      '/v1/tags/a%00b',
      '/v1/articles/a%00b/comments',
      '/v1/entities?q=a%00b',
    ]) {
      expect((await problemOf(path)).status, path).toBe(400);
    }
    const comment = await problemOf('/v1/articles/harbour-report-number-1/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ authorName: 'Ann', body: 'A fine report.', parentId: 'a\u0000b' }),
    });
    expect([comment.status, comment.body.errors?.[0]?.path]).toEqual([400, 'parentId']);
    const editor = await bearer(store, 'editor');
    const article = await problemOf('/v1/articles', {
      method: 'POST',
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...story(2), headline: 'Null\u0000 island' }),
    });
    expect([article.status, article.body.errors?.[0]?.path]).toEqual([400, 'headline']);
  });

  it('refuses forged cursors outside what both databases accept with a 400', async () => {
    const forged = [
      `/v1/articles?cursor=${forge({ o: 'newest', t: '+275760-09-13T00:00:00.000Z', i: 'a' })}`,
      `/v1/articles?cursor=${forge({ o: 'newest', t: '0000-01-01T00:00:00.000Z', i: 'a' })}`,
      `/v1/articles?cursor=${forge({ o: 'newest', t: '2026-01-01T00:00:00.000Z', i: 'a\u0000' })}`,
      `/v1/entities?cursor=${forge({ k: 'entities', c: 1e308, s: 'a', t: 'person' })}`,
      `/v1/quotes?cursor=${forge({ k: 'quotes', t: '2026-01-01T00:00:00.000Z', i: 'a', n: 1e300 })}`,
    ];
    for (const path of forged) {
      const res = await problemOf(path);
      expect([res.status, res.type], path).toEqual([400, 'application/problem+json']);
    }
  });

  it('answers a malformed multipart comment with a 400 problem, and an unaccepted type with a 415', async () => {
    const malformed = await problemOf('/v1/articles/harbour-report-number-1/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ' },
      body: '--XYZ\r\nContent-Disposition: form-data; name="body"\r\n\r\nunterminated',
    });
    expect([malformed.status, malformed.type]).toEqual([400, 'application/problem+json']);
    const noBoundary = await problemOf('/v1/articles/harbour-report-number-1/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data' },
      body: 'authorName=Ann&body=Hello',
    });
    expect(noBoundary.status).toBe(400);
    const xml = await problemOf('/v1/articles/harbour-report-number-1/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml' },
      body: '<c/>',
    });
    expect([xml.status, xml.type]).toEqual([415, 'application/problem+json']);
  });
});
