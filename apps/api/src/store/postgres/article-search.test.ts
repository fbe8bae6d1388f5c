/**
 * @module
 * PostgreSQL-only search behaviour: a search matching more articles than are ranked lists them
 * most recently published first, pages through all of them, and keeps its total exact.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOW, save, story } from '../../testing/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/postgres.ts';
import { searchArticles } from './article-search.ts';
import { openPool, type Sql } from './connection.ts';
import { openPostgresStore } from './store.ts';

let database: TestDatabase;
const pools: Sql[] = [];
// Creating and dropping a database waits for the server, which may be busy.
beforeAll(async () => {
  database = await createTestDatabase();
}, 30_000);
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.end({ timeout: 1 });
});
afterAll(() => database.drop(), 30_000);

/** A pool on a fresh schema holding `count` stories (story 1 the newest), one from 1965, and a draft. */
async function withStories(count: number): Promise<Sql> {
  const url = await database.schemaUrl();
  const store = await openPostgresStore(url, { poolSize: 2 });
  await store.migrate();
  for (let n = 1; n <= count; n += 1) await save(store, story(n), `story-${n}`);
  // Before 1970, so a newest-first cursor carries a time below 0.
  await save(store, story(0, { publishedAt: '1965-03-01T12:00:00Z' }), 'story-1965');
  await save(store, story(99, { status: 'draft' }), 'draft');
  await store.close();
  const pool = openPool(url, { poolSize: 2 });
  pools.push(pool);
  return pool;
}

describe('searching more articles than are ranked', () => {
  it('lists them most recently published first with score 0, pages through all, and counts them all', async () => {
    const pool = await withStories(6);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchArticles(pool, 'boats', { limit: 3, now: NOW, cursor }, 5);
      expect(page.total).toBe(7);
      expect(page.items.every((hit) => hit.score === 0 && hit.snippet.includes('<mark>Boats</mark>'))).toBe(true);
      seen.push(...page.items.map((hit) => hit.article.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['story-1', 'story-2', 'story-3', 'story-4', 'story-5', 'story-6', 'story-1965']);
  });

  it('ranks by relevance up to the limit, and a cursor keeps the order of its first page', async () => {
    const pool = await withStories(3);
    const ranked = await searchArticles(pool, 'boats', { limit: 2, now: NOW, section: 'local' }, 5);
    expect(ranked.items.length).toBeGreaterThan(0);
    expect(ranked.items.every((hit) => hit.score > 0)).toBe(true);
    const first = await searchArticles(pool, 'boats', { limit: 2, now: NOW }, 3);
    expect(first.items.map((hit) => hit.article.id)).toEqual(['story-1', 'story-2']);
    // The same cursor with a higher limit (as after deletions) goes on newest first.
    const next = await searchArticles(pool, 'boats', { limit: 2, now: NOW, cursor: first.nextCursor! }, 100);
    expect(next.items.map((hit) => hit.article.id)).toEqual(['story-3', 'story-1965']);
    expect(next.nextCursor).toBeNull();
  });

  it('counts a phrase search to its limit unless asked for every match, and pages through all of them', async () => {
    const pool = await withStories(6);
    const count = async (q: string, options: { exactTotal?: boolean } = {}) => {
      const { total, totalExact } = await searchArticles(pool, q, { limit: 2, now: NOW, ...options }, 1000, 3);
      return { total, totalExact };
    };
    expect(await count('"came and went"')).toEqual({ total: 3, totalExact: false });
    expect(await count('"came and went"', { exactTotal: true })).toEqual({ total: 7, totalExact: true });
    expect(await count('"day 2 of"')).toEqual({ total: 1, totalExact: true });
    expect(await count('came went')).toEqual({ total: 7, totalExact: true });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchArticles(pool, '"came and went"', { limit: 3, now: NOW, cursor }, 1000, 3);
      seen.push(...page.items.map((hit) => hit.article.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['story-1', 'story-2', 'story-3', 'story-4', 'story-5', 'story-6', 'story-1965']);
  });
});
