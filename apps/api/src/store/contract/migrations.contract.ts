/**
 * @module
 * Contract: migrations run once, concurrently, refuse a newer schema, and upgrade old data intact.
 */
import { type Article, prepareArticle } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../services/content-hash.ts';
import { NOW, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import { toSummary } from '../article-rows.ts';

/**
 * Registers the migration tests for `harness`'s databases.
 *
 * @example
 * migrationContract(storeHarness('sqlite'));
 */
export function migrationContract(harness: StoreHarness): void {
  const LATEST_VERSION = harness.latestVersion;

  describe('migrate', () => {
    it('creates the schema once; applying again is a no-op', async () => {
      const store = await (await harness.fresh()).open();
      const first = await store.migrate();
      expect(first).toMatchObject({ from: 0, to: LATEST_VERSION });
      expect(first.applied.map((m) => m.version)).toEqual(harness.versions);
      expect(await store.migrate()).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION, applied: [], summariesRewritten: 0 });
      expect(await store.countArticles()).toBe(0);
    });

    it('lets two processes start at once: one migrates, the other finds nothing to do', async () => {
      const db = await harness.fresh();
      const [a, b] = [await db.open(), await db.open()];
      const reports = await Promise.all([a.migrate(), b.migrate()]);
      expect(reports.map((r) => r.applied.length).sort()).toEqual([0, harness.versions.length]);
      expect(reports.map((r) => r.to)).toEqual([LATEST_VERSION, LATEST_VERSION]);
    });

    it('refuses a database migrated by a newer program', async () => {
      const db = await harness.fresh();
      await db.openMigrated();
      await db.exec("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01T00:00:00.000Z')");
      await expect((await db.open()).migrate()).rejects.toThrow(
        `The database schema is at version 99, newer than this program knows (${LATEST_VERSION}); upgrade Dateline.`,
      );
    });

    it('upgrades a database written by the first version without losing anything', async () => {
      const db = await harness.fresh();
      await db.migrateTo(1);
      const input = story(2, { standfirst: "The harbour's busiest week." });
      const legacy = prepareArticle(input, { id: 'legacy-1', now: NOW });
      // Version 1 hashed everything supplied; that hash now tells whether a save changes anything.
      await db.exec(version1Rows(legacy, 'hash-of-everything'));
      const store = await db.openMigrated();
      expect(await store.getArticle(legacy.slug, { now: NOW })).toEqual(legacy);
      const page = await store.listArticles({ limit: 10, now: NOW, tag: 'boats', author: 'ines-calder', section: 'local' });
      expect(page).toEqual({ items: [toSummary(legacy)], nextCursor: null, total: 1 });
      // Its story hash was computed from the stored document, so copies under other slugs are duplicates.
      expect((await store.findByContentHash(contentHash(input)))?.id).toBe('legacy-1');
      const copy = prepareArticle({ ...input, slug: 'copy' }, { id: 'copy', now: NOW });
      expect(await store.saveArticle(copy, contentHash(input), { revisionHash: 'other' })).toMatchObject({
        outcome: 'duplicate',
        id: 'legacy-1',
      });
      expect(await store.saveArticle(legacy, 'any', { revisionHash: 'hash-of-everything' })).toMatchObject({
        outcome: 'unchanged',
        id: 'legacy-1',
      });
      // And it was indexed for search when search arrived.
      expect((await store.search('busiest harbour', { limit: 5, now: NOW })).items.map((hit) => hit.article.id)).toEqual(['legacy-1']);
      // Its body too, with a snippet, and a new version replaces the old words in the index.
      expect((await store.search('season', { limit: 5, now: NOW })).items.map((hit) => hit.snippet)).toEqual([
        'Boats came and went on day 2 of the <mark>season</mark>.',
      ]);
      const edited = prepareArticle(
        { ...input, body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quiet winter moorings.' }] }] },
        { id: 'legacy-1', now: NOW },
      );
      expect(await store.saveArticle(edited, contentHash({ ...input, body: edited.body }))).toMatchObject({
        outcome: 'updated',
        id: 'legacy-1',
      });
      expect((await store.search('season', { limit: 5, now: NOW })).total).toBe(0);
      expect((await store.search('moorings', { limit: 5, now: NOW })).items.map((hit) => hit.article.id)).toEqual(['legacy-1']);
    });

    it('writes stored summaries again when the summary schema changed, and only then', async () => {
      const db = await harness.fresh();
      const writer = await db.openMigrated();
      const currentInput = story(1, { standfirst: 'Ferries return to the north quay.' });
      const olderInput = story(2);
      const current = prepareArticle(currentInput, { id: 'current', now: NOW });
      const older = prepareArticle(olderInput, { id: 'older', now: NOW });
      await writer.saveArticle(current, contentHash(currentInput));
      await writer.saveArticle(older, contentHash(olderInput));
      // As a program with a smaller summary schema left them: no standfirst, no authors.
      await db.exec(`UPDATE articles SET summary = '{"headline":"Old form"}' WHERE id = 'older'`);
      await db.exec("UPDATE summary_shape SET shape = 'older-shape'");
      const store = await db.open();
      expect((await store.migrate()).summariesRewritten).toBe(1);
      const page = await store.listArticles({ limit: 10, now: NOW });
      expect(page.items).toEqual(expect.arrayContaining([toSummary(current), toSummary(older)]));
      expect(await store.migrate()).toMatchObject({ applied: [], summariesRewritten: 0 });
      // With the shape current, a summary is not read again at every start.
      await db.exec(`UPDATE articles SET summary = '{"headline":"Old form"}' WHERE id = 'older'`);
      expect((await store.migrate()).summariesRewritten).toBe(0);
    });
  });
}

/** Rows as the first version of Dateline wrote them, as SQL both databases accept. */
export function version1Rows(a: Article, hash: string): string {
  const q = (v: string | null | undefined) => (v == null ? 'NULL' : `'${v.replaceAll("'", "''")}'`);
  const at = (v: string) => q(new Date(v).toISOString());
  return [
    `INSERT INTO sections (slug, name) VALUES (${q(a.section?.slug)}, ${q(a.section?.name)})`,
    ...a.authors.map((x) => `INSERT INTO authors (slug, name) VALUES (${q(x.slug)}, ${q(x.name)})`),
    ...a.tags.map((t) => `INSERT INTO tags (slug, name) VALUES (${q(t.slug)}, ${q(t.name)})`),
    `INSERT INTO articles (id, slug, status, published_at, sort_at, created_at, updated_at, section_slug, headline, content_hash, summary, document)
     VALUES (${q(a.id)}, ${q(a.slug)}, ${q(a.status)}, ${at(a.publishedAt!)}, ${at(a.publishedAt!)}, ${at(a.createdAt)}, ${at(a.updatedAt)},
       ${q(a.section?.slug)}, ${q(a.headline)}, ${q(hash)}, ${q(JSON.stringify(toSummary(a)))}, ${q(JSON.stringify(a))})`,
    ...a.authors.map((x, i) => `INSERT INTO article_authors (article_id, position, author_slug) VALUES (${q(a.id)}, ${i}, ${q(x.slug)})`),
    ...a.tags.map((t, i) => `INSERT INTO article_tags (article_id, tag_slug, position) VALUES (${q(a.id)}, ${q(t.slug)}, ${i})`),
  ].join(';\n');
}
