/**
 * @module
 * Contract: creating where a slug is free, deleting with comments, and the article revision that
 * response caches check, alike on every database.
 */
import { type Article, prepareArticle } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../services/content-hash.ts';
import { NOW, save, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import type { Visibility } from '../store.ts';

/**
 * Registers the editorial write tests for `harness`'s databases.
 *
 * @example
 * articleEditContract(storeHarness('postgres'));
 */
export function articleEditContract(harness: StoreHarness): void {
  describe('createArticle', () => {
    it('creates where the slug is free, and writes nothing where it is taken or the content is stored', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const first = prepareArticle(story(1), { id: 'a1', now: NOW });
      expect(await store.createArticle(first, contentHash(story(1)))).toEqual({ outcome: 'created', id: 'a1', slug: first.slug });
      const rewrite = prepareArticle(story(1, { standfirst: 'Another version.' }), { id: 'a2', now: NOW });
      expect(await store.createArticle(rewrite, 'other-hash')).toEqual({ outcome: 'exists', id: 'a1', slug: first.slug });
      const copy = prepareArticle({ ...story(1), slug: 'a-copy' }, { id: 'a3', now: NOW });
      expect(await store.createArticle(copy, contentHash(story(1)))).toEqual({ outcome: 'duplicate', id: 'a1', slug: first.slug });
      expect(await store.countArticles()).toBe(1);
      expect((await store.getArticle(first.slug, { now: NOW }))?.standfirst).toBeUndefined();
    });

    it('lets exactly one of two concurrent creations of a slug win', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const attempts = [1, 2, 3, 4].map((n) =>
        store.createArticle(prepareArticle(story(1, { standfirst: `Version ${n}.` }), { id: `a${n}`, now: NOW }), `h${n}`),
      );
      const outcomes = (await Promise.all(attempts)).map((r) => r.outcome).sort();
      expect(outcomes).toEqual(['created', 'exists', 'exists', 'exists']);
    });
  });

  describe('deleteArticle', () => {
    it('deletes the article with its comments and replies, and nothing else', async () => {
      const db = await harness.fresh();
      const store = await db.openMigrated();
      const gone = await save(store, story(1), 'a1');
      const kept = await save(store, story(2), 'a2');
      await db.exec(`INSERT INTO comments (id, article_id, parent_id, author_name, body, status, created_at) VALUES
        ('c1', 'a1', NULL, 'Reader', 'First.', 'approved', '2026-05-08T10:00:00.000Z'),
        ('c2', 'a1', 'c1', 'Other', 'Reply.', 'approved', '2026-05-08T10:05:00.000Z'),
        ('c3', 'a2', NULL, 'Reader', 'Elsewhere.', 'approved', '2026-05-08T10:10:00.000Z')`);
      expect(await store.deleteArticle(gone.slug)).toBe(true);
      expect(await store.deleteArticle(gone.slug)).toBe(false);
      expect(await store.getArticle(gone.slug, { now: NOW, includeHidden: true })).toBeNull();
      expect((await db.rows('SELECT id FROM comments ORDER BY id')).map((r) => r.id)).toEqual(['c3']);
      expect((await db.rows("SELECT count(*) AS n FROM article_tags WHERE article_id = 'a1'"))[0]).toEqual({ n: expect.anything() });
      expect(Number((await db.rows("SELECT count(*) AS n FROM article_tags WHERE article_id = 'a1'"))[0]!.n)).toBe(0);
      expect((await store.getArticle(kept.slug, { now: NOW }))?.id).toBe('a2');
    });
  });

  describe('articleRevision', () => {
    it('changes on every create, update and delete, from any connection, and on nothing else', async () => {
      const db = await harness.fresh();
      const store = await db.openMigrated();
      const other = await db.open();
      const seen = [await store.articleRevision()];
      const step = async (write: () => Promise<unknown>) => {
        await write();
        seen.push(await store.articleRevision());
      };
      const article = await save(store, story(1));
      seen.push(await store.articleRevision());
      await step(() => store.listArticles({ limit: 5, now: NOW }));
      await step(() => store.saveArticle(prepareArticle(story(1), { id: 'x', now: NOW }), contentHash(story(1))));
      await step(() => save(other, story(1, { standfirst: 'Edited elsewhere.' })));
      await step(() => other.deleteArticle(article.slug));
      const changed = seen.slice(1).map((v, i) => v !== seen[i]);
      expect(changed).toEqual([true, false, false, true, true]);
    });

    it('comes with an article read at it, visible or not, and changes with a write from another connection', async () => {
      const db = await harness.fresh();
      const store = await db.openMigrated();
      const other = await db.open();
      const article = await save(store, story(1));
      await save(store, story(2, { status: 'draft' }));
      const parsed = async (slug: string, options: Visibility) => {
        const { article, revision } = await store.getArticleJsonAtRevision(slug, options);
        return { article: article && (JSON.parse(article.json) as Article), updatedAt: article?.updatedAt, revision };
      };
      const first = await parsed(article.slug, { now: NOW });
      const stored = await store.getArticle(article.slug, { now: NOW });
      expect(first).toEqual({
        article: stored,
        updatedAt: new Date(stored!.updatedAt).toISOString(),
        revision: await store.articleRevision(),
      });
      expect(await parsed('harbour-report-number-2', { now: NOW })).toEqual({
        article: null,
        updatedAt: undefined,
        revision: first.revision,
      });
      expect((await parsed('harbour-report-number-2', { now: NOW, includeHidden: true })).article?.status).toBe('draft');
      await save(other, story(1, { standfirst: 'Edited elsewhere.' }), article.id);
      const second = await parsed(article.slug, { now: NOW });
      expect([second.article?.standfirst, second.revision === first.revision]).toEqual(['Edited elsewhere.', false]);
    });

    it('gives reads made together each its own article, by the time each was asked at', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const later = new Date(NOW.getTime() + 3_600_000);
      const one = await save(store, story(1));
      const scheduled = await save(store, story(2, { status: 'published', publishedAt: later.toISOString() }));
      const three = await save(store, story(3));
      const reads = await Promise.all([
        store.getArticleJsonAtRevision(three.slug, { now: NOW }),
        store.getArticleJsonAtRevision(scheduled.slug, { now: NOW }),
        store.getArticleJsonAtRevision('no-such-story', { now: NOW }),
        store.getArticleJsonAtRevision(scheduled.slug, { now: later }),
        store.getArticleJsonAtRevision(one.slug, { now: NOW }),
      ]);
      const revision = await store.articleRevision();
      expect(reads.map((r) => [r.article && (JSON.parse(r.article.json) as Article).headline, r.revision])).toEqual([
        [three.headline, revision],
        [null, revision],
        [null, revision],
        [scheduled.headline, revision],
        [one.headline, revision],
      ]);
    });
  });

  describe('nextPublicationAfter', () => {
    it('is the earliest scheduled publication, ignoring drafts and the past', async () => {
      const store = await (await harness.fresh()).openMigrated();
      expect(await store.nextPublicationAfter(NOW)).toBeNull();
      await save(store, story(3));
      await save(store, story(-5, { slug: 'later' }));
      await save(store, story(-2, { slug: 'sooner' }));
      await save(store, story(-1, { slug: 'draft', status: 'draft' }));
      expect((await store.nextPublicationAfter(NOW))?.toISOString()).toBe(new Date(NOW.getTime() + 2 * 3_600_000).toISOString());
    });
  });
}
