/**
 * @module
 * PostgreSQL-only: new articles travel to the database as binary COPY data, which must not make
 * any text the driver would store unstorable; a chunk of a batch that takes longer than the usual
 * query limit still goes in; a story the server refuses after its rows have gone fails alone.
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

/** A migrated store on a schema of its own with a query limit of `queryTimeoutMs`, and a connection there that has run `trigger`. */
async function storeWithTrigger(queryTimeoutMs: number, trigger: string) {
  const url = await database.schemaUrl();
  const store = await openPostgresStore(url, { poolSize: 2, queryTimeoutMs });
  await store.migrate();
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(trigger);
  return { store, admin };
}

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
    // Migrating a new schema is most of it: seconds on a loaded machine, as in the tests below.
  }, 30_000);

  it('gives a chunk that takes longer than the query limit the time it needs, and keeps the connection', async () => {
    // Every search row takes 40 ms to write: fifty stories, one chunk, take 2 s, twice the limit.
    const { store, admin } = await storeWithTrigger(
      1000,
      `CREATE FUNCTION slow_search_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.04); RETURN NEW; END $$;
      CREATE TRIGGER slow_search_row BEFORE INSERT ON article_search FOR EACH ROW EXECUTE FUNCTION slow_search_row();`,
    );
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

  it('fails a story the server refuses once its rows are in, at once, and keeps nothing of it', async () => {
    // A long limit: the refusal must come from the server's answer, not from the client's clock.
    // Checked when the ranking rows' COPY has ended, as a foreign key is: after all its data.
    const { store, admin } = await storeWithTrigger(
      30_000,
      `CREATE FUNCTION refuse_rank() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.id = 'refused' THEN RAISE EXCEPTION 'refused story'; END IF; RETURN NULL; END $$;
      CREATE CONSTRAINT TRIGGER refuse_rank AFTER INSERT ON article_rank FOR EACH ROW EXECUTE FUNCTION refuse_rank();`,
    );
    try {
      const saves = Array.from({ length: 10 }, (_, i) => {
        const input = story(200 + i);
        const id = i === 7 ? 'refused' : `kept-${i}`;
        return { article: prepareArticle(input, { id, now: NOW }), contentHash: contentHash(input) };
      });
      const started = performance.now();
      const results = await store.saveArticles(saves);
      // Well before the query limit, which a refusal the client never heard of would run into.
      expect(performance.now() - started).toBeLessThan(25_000);
      expect(results.map((r) => r.outcome)).toEqual(saves.map((_, i) => (i === 7 ? 'failed' : 'created')));
      const [left] = await admin<{ articles: number; search: number; rank: number }[]>`
        SELECT (SELECT count(*)::int FROM articles WHERE id = 'refused') AS articles,
          (SELECT count(*)::int FROM article_search WHERE id = 'refused') AS search,
          (SELECT count(*)::int FROM article_rank WHERE id = 'refused') AS rank`;
      expect(left).toEqual({ articles: 0, search: 0, rank: 0 });
      const [stored] = await admin<{ n: number }[]>`SELECT count(*)::int AS n FROM article_rank`;
      expect(stored!.n).toBe(9);
    } finally {
      await admin.end();
      await store.close();
    }
  }, 60_000);
});
