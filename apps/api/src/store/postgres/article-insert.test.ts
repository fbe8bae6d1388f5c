/**
 * @module
 * PostgreSQL-only: articles travel to the database as JSON text, which must not make any text
 * the driver would store unstorable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareArticle } from '@dateline/model';
import { contentHash } from '../../services/content-hash.ts';
import { NOW, story } from '../../testing/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/postgres.ts';
import { openPostgresStore } from './store.ts';

let database: TestDatabase;
// Creating and dropping a database waits for the server, which may be busy.
beforeAll(async () => {
  database = await createTestDatabase();
}, 30_000);
afterAll(() => database.drop(), 30_000);

describe('saving a batch of new articles', () => {
  it('stores a lone surrogate as U+FFFD, as a single value would be', async () => {
    const store = await openPostgresStore(await database.schemaUrl(), { poolSize: 2 });
    await store.migrate();
    const input = story(1, { headline: 'Broken \ud800 harbour text' });
    const results = await store.saveArticles([
      { article: prepareArticle(input, { id: 'a1', now: NOW }), contentHash: contentHash(input), options: { importKey: 'k\udc00' } },
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['created']);
    const page = await store.search('broken', { limit: 5, now: NOW });
    expect(page.items.map((hit) => hit.article.headline)).toEqual(['Broken \ufffd harbour text']);
    await store.close();
  });
});
