/**
 * @module
 * PostgreSQL-only: articles travel to the database as JSON text, which must not make any text
 * the driver would store unstorable; a chunk of a batch that takes longer than the usual query
 * limit still goes in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
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

  it('gives a chunk that takes longer than the query limit the time it needs, and keeps the connection', async () => {
    const url = await database.schemaUrl();
    const store = await openPostgresStore(url, { poolSize: 2, queryTimeoutMs: 1000 });
    await store.migrate();
    // Every search row takes 40 ms to write: fifty stories, one chunk, take 2 s, twice the limit.
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`
      CREATE FUNCTION slow_search_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.04); RETURN NEW; END $$;
      CREATE TRIGGER slow_search_row BEFORE INSERT ON article_search FOR EACH ROW EXECUTE FUNCTION slow_search_row();`);
    try {
      const saves = Array.from({ length: 50 }, (_, i) => {
        const input = story(100 + i);
        return { article: prepareArticle(input, { id: `slow-${i}`, now: NOW }), contentHash: contentHash(input) };
      });
      const results = await store.saveArticles(saves);
      expect(results.map((r) => r.outcome)).toEqual(saves.map(() => 'created'));
      expect((await store.search('harbour report', { limit: 1, now: NOW })).total).toBeGreaterThanOrEqual(50);
      // The pool is the same one: a query that ran out of time would have replaced it.
      await store.ping();
    } finally {
      await admin.unsafe('DROP TRIGGER slow_search_row ON article_search; DROP FUNCTION slow_search_row()');
      await admin.end();
      await store.close();
    }
  }, 30_000);
});
