/**
 * @module
 * Tests of the SQLite store against real databases (in memory and on disk).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { type Article, prepareArticle } from '@dateline/model';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../services/content-hash.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import type { Store } from '../store.ts';
import { MIGRATIONS } from './migration.ts';
import { openSqliteStore } from './sqlite-store.ts';

const LATEST = MIGRATIONS.at(-1)!.version;

const stores: Store[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'dateline.db');
}

async function track(store: Promise<Store> | Store): Promise<Store> {
  const s = await store;
  stores.push(s);
  return s;
}

describe('migrate', () => {
  it('creates the schema once; applying again is a no-op', async () => {
    const store = await track(openSqliteStore(':memory:'));
    expect(await store.migrate()).toEqual({ from: 0, to: LATEST, applied: MIGRATIONS.map(({ version, name }) => ({ version, name })) });
    expect(await store.migrate()).toEqual({ from: LATEST, to: LATEST, applied: [] });
    expect(await store.countArticles()).toBe(0);
  });

  it('creates the database file and its directory, in WAL mode', async () => {
    const path = tempDbPath();
    await track(testStore(path));
    const db = new DatabaseSync(path, { readOnly: true });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all().map((r) => r.name);
    const mode = db.prepare('PRAGMA journal_mode').get();
    const version = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get();
    db.close();
    expect(tables).toEqual(
      expect.arrayContaining(['articles', 'authors', 'article_authors', 'sections', 'tags', 'article_tags', 'sources', 'comments', 'api_tokens']),
    );
    expect(mode).toEqual({ journal_mode: 'wal' });
    expect(version).toEqual({ v: LATEST });
  });

  it('refuses a database migrated by a newer program', async () => {
    const path = tempDbPath();
    await (await track(testStore(path))).close();
    const db = new DatabaseSync(path);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01T00:00:00.000Z')").run();
    db.close();
    await expect(track(testStore(path))).rejects.toThrow(
      `The database schema is at version 99, newer than this program knows (${LATEST}); upgrade Dateline.`,
    );
  });
});

describe('saveArticle', () => {
  it('creates, then reports unchanged content without writing', async () => {
    const store = await track(testStore());
    const article = prepareArticle(story(1), { id: 'a1', now: NOW });
    expect(await store.saveArticle(article, 'h1')).toEqual({ outcome: 'created', id: 'a1', slug: article.slug });
    const later = { ...article, updatedAt: '2026-06-01T00:00:00.000Z' };
    expect(await store.saveArticle(later, 'h1')).toEqual({ outcome: 'unchanged', id: 'a1', slug: article.slug });
    expect((await store.getArticle(article.slug, { now: NOW }))?.updatedAt).toBe(article.updatedAt);
  });

  it('updates in place, keeping the stored id and creation time, and replacing tags', async () => {
    const store = await track(testStore());
    const first = prepareArticle(story(2), { id: 'a1', now: NOW });
    await store.saveArticle(first, 'h1');
    const edited = prepareArticle(story(2, { standfirst: 'Now with a standfirst.', tags: [{ name: 'Weather' }] }), {
      id: 'other-id',
      now: '2026-05-09T00:00:00Z',
    });
    expect(await store.saveArticle(edited, 'h2')).toEqual({ outcome: 'updated', id: 'a1', slug: first.slug });
    const stored = await store.getArticle(first.slug, { now: NOW });
    expect(stored).toMatchObject({ id: 'a1', createdAt: first.createdAt, standfirst: 'Now with a standfirst.' });
    const byTag = async (tag: string) => (await store.listArticles({ limit: 10, now: NOW, tag })).total;
    expect([await byTag('boats'), await byTag('weather')]).toEqual([0, 1]);
    expect(await store.countArticles()).toBe(1);
  });

  it('reports the same content under a new slug as a duplicate of the stored article', async () => {
    const store = await track(testStore());
    const original = await save(store, story(1));
    const copy = prepareArticle({ ...story(1), slug: 'another-name' }, { id: 'a2', now: NOW });
    expect(await store.saveArticle(copy, contentHash(story(1)))).toEqual({ outcome: 'duplicate', id: original.id, slug: original.slug });
    expect(await store.getArticle('another-name', { now: NOW, includeHidden: true })).toBeNull();
    expect((await store.findByContentHash(contentHash(story(1))))?.id).toBe(original.id);
    expect(await store.findByContentHash('no-such-hash')).toBeNull();
  });

  it('writes all of an article or nothing', async () => {
    const store = await track(testStore());
    const good = prepareArticle(story(1), { id: 'a1', now: NOW });
    // Two tags with one slug violate a key after the article, author and section rows are written.
    const bad: Article = { ...good, tags: [good.tags[0]!, good.tags[0]!] };
    await expect(store.saveArticle(bad, 'h1')).rejects.toThrow(/UNIQUE constraint failed: article_tags/);
    expect(await store.countArticles()).toBe(0);
    expect(await store.getArticle(good.slug, { now: NOW, includeHidden: true })).toBeNull();
    expect(await store.saveArticle(good, 'h1')).toMatchObject({ outcome: 'created' });
  });

  it('shows a write from another connection to the same file at once', async () => {
    const path = tempDbPath();
    const api = await track(testStore(path));
    const importer = await track(testStore(path));
    expect(await api.getArticle('harbour-report-number-1', { now: NOW })).toBeNull();
    await save(importer, story(1));
    expect((await api.getArticle('harbour-report-number-1', { now: NOW }))?.headline).toBe('Harbour report number 1');
  });
});

describe('visibility', () => {
  it('hides drafts, archived and future articles unless hidden ones are asked for', async () => {
    const store = await track(testStore());
    await save(store, story(1, { slug: 'draft', status: 'draft' }));
    await save(store, story(2, { slug: 'archived', status: 'archived' }));
    await save(store, story(-5, { slug: 'scheduled' }));
    await save(store, story(3, { slug: 'public' }));
    const slugs = async (includeHidden: boolean) =>
      (await store.listArticles({ limit: 10, now: NOW, includeHidden })).items.map((a) => a.slug);
    expect(await slugs(false)).toEqual(['public']);
    expect(await slugs(true)).toHaveLength(4);
    expect(await store.getArticle('scheduled', { now: NOW })).toBeNull();
    expect(await store.getArticle('scheduled', { now: new Date('2026-05-08T17:00:00Z') })).not.toBeNull();
  });

  it('compares publication times across time zone offsets', async () => {
    const store = await track(testStore());
    // 13:30+02:00 is 11:30Z, before NOW (12:00Z), although its text sorts after it.
    await save(store, story(1, { slug: 'offset', publishedAt: '2026-05-08T13:30:00+02:00' }));
    expect((await store.getArticle('offset', { now: NOW }))?.publishedAt).toBe('2026-05-08T13:30:00+02:00');
  });
});

describe('ping and close', () => {
  it('pings while open and rejects once closed', async () => {
    const store = await testStore();
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
    await expect(store.close()).resolves.toBeUndefined();
  });
});
