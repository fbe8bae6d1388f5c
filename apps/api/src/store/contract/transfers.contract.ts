/**
 * @module
 * Contract: batch saves (one outcome each, failures undone alone, duplicates remembered by import
 * key), large imports (searchable once they end), comment and enrichment restores, and the export
 * stream.
 */
import { type Article, prepareArticle } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { contentHash, revisionHash } from '../../services/content-hash.ts';
import { addComment } from '../../testing/comments.ts';
import { NOW, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import type { Store } from '../store.ts';
import type { ArticleSave, ExportItem } from '../transfer-store.ts';

/**
 * Registers the transfer tests for `harness`'s databases.
 *
 * @example
 * transferContract(storeHarness('sqlite'));
 */
export function transferContract(harness: StoreHarness): void {
  const migrated = async (): Promise<Store> => (await harness.fresh()).openMigrated();
  const item = (n: number, key?: string, overrides: Parameters<typeof story>[1] = {}): ArticleSave => {
    const input = story(n, overrides);
    return {
      article: prepareArticle(input, { id: `a${n}-${key ?? 'nokey'}`, now: NOW }),
      contentHash: contentHash(input),
      options: { revisionHash: revisionHash(input), importKey: key },
    };
  };
  const outcomes = (results: { outcome: string }[]) => results.map((r) => r.outcome);

  describe('saveArticles', () => {
    it('gives each article its outcome, and undoes only the one that fails', async () => {
      const store = await migrated();
      const bad = item(2, '/b.txt', { authors: [{ name: 'Zed Quill' }] });
      // Two tags with one slug break a key only after the article and author rows are written.
      const broken: ArticleSave = { ...bad, article: { ...bad.article, tags: [bad.article.tags[0]!, bad.article.tags[0]!] } };
      const results = await store.saveArticles([item(1, '/a.txt'), broken, item(3, '/c.txt'), item(1, '/copy-of-a.txt')]);
      expect(outcomes(results)).toEqual(['created', 'failed', 'created', 'duplicate']);
      expect(results[3]).toMatchObject({ id: 'a1-/a.txt', slug: 'harbour-report-number-1' });
      expect(await store.countArticles()).toBe(2);
      expect(await store.getArticle(broken.article.slug, { now: NOW, includeHidden: true })).toBeNull();
      expect((await store.listArticles({ limit: 10, now: NOW, author: 'zed-quill' })).total).toBe(0);
    });

    it('remembers a duplicate by its key: unchanged when imported again, looked at afresh when it changes', async () => {
      const store = await migrated();
      expect(outcomes(await store.saveArticles([item(1, '/a.txt'), item(1, '/copy.txt')]))).toEqual(['created', 'duplicate']);
      expect(outcomes(await store.saveArticles([item(1, '/a.txt'), item(1, '/copy.txt')]))).toEqual(['unchanged', 'unchanged']);
      // The copy now files the story elsewhere: still the same story, so a duplicate again.
      expect(outcomes(await store.saveArticles([item(1, '/copy.txt', { tags: [{ name: 'Quays' }] })]))).toEqual(['duplicate']);
      // The original changes its story: the copy's story is no longer stored, so it is stored itself.
      await store.saveArticles([item(1, '/a.txt', { standfirst: 'Rewritten.' })]);
      const copy = await store.saveArticles([item(1, '/copy.txt', { tags: [{ name: 'Quays' }] })]);
      expect(copy).toEqual([{ outcome: 'created', id: 'a1-/copy.txt', slug: 'harbour-report-number-1-2' }]);
      expect(await store.countArticles()).toBe(2);
    });
  });

  describe('importInBulk', () => {
    // 20,000 expected on an empty database: PostgreSQL drops its search indexes and builds them at the end.
    it('finds every story of a large import by word and by phrase once it ends, with the outcomes of single batches', async () => {
      const store = await migrated();
      const results = await store.importInBulk(20_000, async (bulk) => [
        ...(await bulk.saveArticles([item(1, '/a.txt'), item(2, '/b.txt')])),
        ...(await bulk.saveArticles([item(3, '/c.txt'), item(1, '/copy.txt')])),
      ]);
      expect(outcomes(results)).toEqual(['created', 'created', 'created', 'duplicate']);
      expect((await store.search('boats', { limit: 10, now: NOW })).total).toBe(3);
      const phrase = await store.search('"report number 3"', { limit: 10, now: NOW });
      expect(phrase.items.map((hit) => hit.article.slug)).toEqual(['harbour-report-number-3']);
    });

    it('leaves search working when the import fails part way', async () => {
      const store = await migrated();
      await store.saveArticles([item(5, '/e.txt')]);
      const failing = store.importInBulk(20_000, async (bulk) => {
        await bulk.saveArticles([item(6, '/f.txt')]);
        throw new Error('the archive ends mid-file');
      });
      await expect(failing).rejects.toThrow('the archive ends mid-file');
      const phrase = await store.search('"report number 5"', { limit: 10, now: NOW });
      expect(phrase.items.map((hit) => hit.article.slug)).toEqual(['harbour-report-number-5']);
      expect(outcomes(await store.saveArticles([item(7, '/g.txt')]))).toEqual(['created']);
      expect((await store.search('"report number 7"', { limit: 10, now: NOW })).total).toBe(1);
    });
  });

  describe('restoreComments', () => {
    it('creates, finds unchanged, updates, and refuses comments whose article or parent is missing', async () => {
      const store = await migrated();
      const [{ article }] = [item(1)];
      await store.saveArticles([item(1)]);
      const top = {
        id: 'c1',
        articleId: article.id,
        articleSlug: article.slug,
        parentId: null,
        authorName: 'Ana',
        body: 'First.',
        email: 'ana@example.org',
        status: 'approved' as const,
        createdAt: '2026-05-08T10:00:00.000Z',
        heldReason: null,
        contentHash: null,
      };
      const reply = { ...top, id: 'c2', parentId: 'c1', email: null, status: 'pending' as const };
      expect(outcomes(await store.restoreComments([top, reply]))).toEqual(['created', 'created']);
      const again = await store.restoreComments([top, { ...reply, status: 'spam', heldReason: 'links' }]);
      expect(again).toEqual([
        { outcome: 'unchanged', id: 'c1', articleSlug: article.slug },
        { outcome: 'updated', id: 'c2', articleSlug: article.slug },
      ]);
      const orphans = await store.restoreComments([
        { ...top, id: 'c3', articleId: 'gone' },
        { ...reply, id: 'c4', parentId: 'gone' },
      ]);
      expect(orphans.map((r) => (r.outcome === 'failed' ? r.error.message : r.outcome))).toEqual([
        'its article gone is not in the database',
        'the comment it replies to (gone) is not in the database',
      ]);
      expect(await store.getComment('c2')).toMatchObject({ status: 'spam', heldReason: 'links', parentId: 'c1' });
    });
  });

  describe('restoreEnrichment', () => {
    it('puts articles back on the enrichment queue as an export says, takes them off, and passes over ids not stored', async () => {
      const store = await migrated();
      const [one, two] = [item(1), item(2)];
      await store.saveArticles([one, two]);
      const enrichment = async () => {
        const states: Record<string, unknown> = {};
        for await (const record of store.exportAll()) if (record.type === 'article') states[record.article.id] = record.enrichment;
        return states;
      };
      const queued = { queuedAt: '2026-05-08T10:00:00.000Z', attempts: 2, error: 'timed out' };
      await store.restoreEnrichment([
        { articleId: one.article.id, enrichment: queued },
        { articleId: two.article.id, enrichment: { queuedAt: null, attempts: 0, error: null } },
        { articleId: 'gone', enrichment: queued },
      ]);
      expect(await enrichment()).toEqual({
        [one.article.id]: queued,
        [two.article.id]: { queuedAt: null, attempts: 0, error: null },
      });
      await store.restoreEnrichment([
        { articleId: one.article.id, enrichment: { queuedAt: null, attempts: 0, error: null } },
        { articleId: two.article.id, enrichment: { ...queued, attempts: 0, error: null } },
      ]);
      expect(await enrichment()).toEqual({
        [one.article.id]: { queuedAt: null, attempts: 0, error: null },
        [two.article.id]: { ...queued, attempts: 0, error: null },
      });
    });
  });

  describe('exportAll', () => {
    it('streams every article, oldest first, then every comment with its moderator fields, replies after parents', async () => {
      const store = await migrated();
      const save = async (n: number, at: string, status: Article['status']) => {
        const input = story(n, { status });
        const article = prepareArticle(input, { id: `a${n}`, now: at });
        await store.saveArticle(article, contentHash(input), { revisionHash: revisionHash(input) });
        return article;
      };
      const later = await save(1, '2026-05-08T11:00:00Z', 'archived');
      const earlier = await save(2, '2026-05-08T09:00:00Z', 'draft');
      const top = await addComment(store, later, { id: 'x-top', minutesAgo: 5, status: 'rejected' });
      await addComment(store, later, { id: 'a-reply', parentId: top.id, minutesAgo: 30, status: 'spam', heldReason: 'links' });
      await addComment(store, earlier, { id: 'm-top', minutesAgo: 10 });
      const items: ExportItem[] = [];
      for await (const x of store.exportAll()) items.push(x);
      expect(
        items.map((x) =>
          x.type === 'article' ? `article ${x.article.id} ${x.article.status}` : `comment ${x.comment.id} ${x.comment.status}`,
        ),
      ).toEqual(['article a2 draft', 'article a1 archived', 'comment m-top approved', 'comment x-top rejected', 'comment a-reply spam']);
      expect(items[4]).toMatchObject({
        type: 'comment',
        comment: { email: 'ana@example.org', heldReason: 'links', articleSlug: later.slug },
      });
      expect(items[0]).toMatchObject({
        type: 'article',
        article: earlier,
        revisionHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        importKey: null,
      });
    });

    it('lets go of its snapshot when the reader stops early, so writes go on', async () => {
      const store = await migrated();
      await store.saveArticles([item(1), item(2)]);
      for await (const x of store.exportAll()) if (x.type === 'article') break;
      expect(outcomes(await store.saveArticles([item(3)]))).toEqual(['created']);
      expect(await store.countArticles()).toBe(3);
    });
  });
}
