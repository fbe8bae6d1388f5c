/**
 * @module
 * PostgreSQL-only: a large import drops the search indexes inside its transaction and builds them
 * at its end, so whatever interrupts it, the database keeps its indexes and none of the import.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { prepareArticle } from '@dateline/model';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../services/content-hash.ts';
import { NOW, story } from '../../testing/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/postgres.ts';
import type { Store } from '../store.ts';
import type { ArticleSave } from '../transfer-store.ts';
import { buildsIndexesAfter } from './bulk-import.ts';
import { openPostgresStore } from './store.ts';

/** A process that starts a large import, says so after its first batch, and never ends it. */
const CHILD = `
  import { openPostgresStore } from ${JSON.stringify(new URL('./store.ts', import.meta.url).href)};
  import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { prepareArticle } from '@dateline/model';
  const store = await openPostgresStore(process.env.BULK_URL, { poolSize: 1 });
  const input = { headline: 'Harbour report number 2', body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Boats.' }] }] };
  await store.importInBulk(20_000, async (bulk) => {
    await bulk.saveArticles([{ article: prepareArticle(input, { id: 'bulk-2', now: new Date() }), contentHash: 'h2' }]);
    process.stdout.write('saved\\n');
    await new Promise(() => setInterval(() => {}, 1000));
  });
`;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 30_000);
afterAll(() => database.drop(), 30_000);

const save = (n: number): ArticleSave => {
  const input = story(n);
  return { article: prepareArticle(input, { id: `bulk-${n}`, now: NOW }), contentHash: contentHash(input) };
};

/** A migrated store with no stories, and a connection of its own to look at the database from outside. */
async function setUp(): Promise<{ url: string; store: Store; admin: postgres.Sql; indexes: () => Promise<string[]> }> {
  const url = await database.schemaUrl();
  const store = await openPostgresStore(url, { poolSize: 2 });
  await store.migrate();
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const indexes = async () =>
    (
      await admin<{ definition: string }[]>`
        SELECT indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'article_search' ORDER BY indexname`
    ).map((row) => row.definition);
  return { url, store, admin, indexes };
}

describe('importInBulk on PostgreSQL', () => {
  it('chooses a build at the end only for a first load of 20,000 or more into a database with no stories', () => {
    expect(buildsIndexesAfter(19_999, 0)).toBe(false);
    expect(buildsIndexesAfter(20_000, 0)).toBe(true);
    // Readers of a live site would wait for the whole import.
    expect(buildsIndexesAfter(20_000, 1)).toBe(false);
    expect(buildsIndexesAfter(1_000_000, 20_000)).toBe(false);
  }, 60_000);

  it('holds the search table while it imports, and ends with the same indexes as before', async () => {
    const { store, admin, indexes } = await setUp();
    try {
      const before = await indexes();
      expect(before.filter((d) => d.includes('USING gin'))).toHaveLength(2);
      await store.importInBulk(20_000, async (bulk) => {
        await bulk.saveArticles([save(2), save(3)]);
        // Another session cannot read the table, nor its indexes' definitions, until the import ends.
        await admin.unsafe(`SET lock_timeout = '200ms'`);
        await expect(indexes()).rejects.toMatchObject({ code: '55P03' });
        await expect(admin`SELECT count(*) FROM article_search`).rejects.toMatchObject({ code: '55P03' });
        await admin.unsafe('RESET lock_timeout');
      });
      expect(await indexes()).toEqual(before);
      expect((await store.search('"report number 3"', { limit: 5, now: NOW })).total).toBe(1);
    } finally {
      await admin.end();
      await store.close();
    }
  }, 60_000);

  it('never holds readers up when the database has stories: the indexes are kept up to date instead', async () => {
    const { store, admin, indexes } = await setUp();
    try {
      await store.saveArticles([save(1)]);
      await store.importInBulk(20_000, async (bulk) => {
        await bulk.saveArticles([save(2)]);
        await admin.unsafe(`SET lock_timeout = '200ms'`);
        expect((await indexes()).filter((d) => d.includes('USING gin'))).toHaveLength(2);
        expect((await admin<{ n: number }[]>`SELECT count(*)::int AS n FROM article_search`)[0]!.n).toBe(2);
      });
    } finally {
      await admin.end();
      await store.close();
    }
  }, 60_000);

  it('keeps the indexes and none of the import when the importing process is killed part way', async () => {
    const { url, store, admin, indexes } = await setUp();
    try {
      const before = await indexes();
      // Another process imports two batches of a large import and waits; it is killed after the first.
      const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
        env: { ...process.env, BULK_URL: url },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = once(child, 'exit');
      const first = await Promise.race([once(child.stdout, 'data').then(([data]) => String(data)), exited.then(() => 'exited')]);
      expect(first).toContain('saved');
      child.kill('SIGKILL');
      await exited;
      // The server undoes the import once it sees the connection gone; reading the indexes waits for that.
      expect(await indexes()).toEqual(before);
      expect(await store.countArticles()).toBe(0);
      expect((await store.search('report', { limit: 5, now: NOW })).total).toBe(0);
      // The indexes work: a story saved now is found.
      await store.saveArticles([save(1)]);
      expect((await store.search('"report number 1"', { limit: 5, now: NOW })).total).toBe(1);
    } finally {
      await admin.end();
      await store.close();
    }
  }, 60_000);
});
