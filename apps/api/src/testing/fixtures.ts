/**
 * @module
 * Test helpers: a migrated empty store and invented articles. Never imported by production code.
 */
import { type Article, type ArticleInput, prepareArticle } from '@dateline/model';
import { contentHash } from '../services/content-hash.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import type { Store } from '../store/store.ts';
import { openPostgresTestStore } from './postgres-test-stores.ts';
import type { StoreKind } from './store-harness.ts';

/** The fixed clock of the tests: everything published before it is public. */
export const NOW = new Date('2026-05-08T12:00:00.000Z');

/**
 * The database `testStore()` hands out: SQLite, or PostgreSQL when `DATELINE_TEST_STORE` is
 * `postgres`, as the `postgres` project of vitest.config.ts sets it to run the route and app tests
 * a second time.
 */
export const TEST_STORE_KIND: StoreKind = process.env.DATELINE_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A migrated, empty store of `TEST_STORE_KIND`: SQLite in memory (or on the file at `path`), or
 * a PostgreSQL schema, shared by the calls with the same `path` in one test.
 *
 * @example
 * const store = await testStore();
 */
export async function testStore(path = ':memory:'): Promise<Store> {
  if (TEST_STORE_KIND === 'postgres') return openPostgresTestStore(path === ':memory:' ? undefined : path);
  const store = openSqliteStore(path);
  await store.migrate();
  return store;
}

/**
 * An invented article, published `n` hours before `NOW` unless overridden.
 *
 * @example
 * story(3, { section: { name: 'Sport' } });
 */
export function story(n: number, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    headline: `Harbour report number ${n}`,
    body: [{ type: 'paragraph', content: [{ type: 'text', text: `Boats came and went on day ${n} of the season.` }] }],
    authors: [{ name: n % 2 === 0 ? 'Ines Calder' : 'Oskar Lund' }],
    section: { name: n % 3 === 0 ? 'Business' : 'Local' },
    tags: [{ name: 'Harbour' }, ...(n % 2 === 0 ? [{ name: 'Boats' }] : [])],
    publishedAt: new Date(NOW.getTime() - n * 3_600_000).toISOString(),
    ...overrides,
  };
}

/**
 * Prepares and saves `input` directly through the store, as the import service would.
 *
 * @example
 * const article = await save(store, story(1));
 */
export async function save(store: Store, input: ArticleInput, id: string = crypto.randomUUID()): Promise<Article> {
  const article = prepareArticle(input, { id, now: NOW });
  await store.saveArticle(article, contentHash(input));
  return article;
}
