/**
 * @module
 * Contract: the story workflow's records, alike on every database: who saved an article, its
 * revisions (folded when one person saves again soon), a save or delete refused when the stored
 * article is not the one expected, moving an article with its old slug kept, the status filter
 * and the newest-change order of listings, and preview links.
 */
import { type Article, type ArticleInput, prepareArticle } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../services/content-hash.ts';
import { NOW, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import { SlugTakenError, StaleWriteError, type Store } from '../store.ts';

const ana = { id: 'user-ana', name: 'Ana' };
const ben = { id: 'token-ben', name: 'Ben' };
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** `input` as saved at `minutes` past NOW by `actor`, keeping `id` and creation time. */
function version(input: ArticleInput, id: string, minutes: number): Article {
  return prepareArticle(input, {
    id,
    now: at(minutes),
    previous: { createdAt: NOW.toISOString(), publishedAt: input.publishedAt ?? null },
  });
}

async function edit(store: Store, input: ArticleInput, minutes: number, actor: { id: string; name: string }, extra: object = {}) {
  return store.saveArticle(version(input, 'a1', minutes), contentHash(input), {
    actor,
    revision: { kind: 'edited', fields: ['headline'], coalesceMs: 5 * 60_000 },
    ...extra,
  });
}

/**
 * Registers the workflow tests for `harness`'s databases.
 *
 * @example
 * workflowContract(storeHarness('sqlite'));
 */
export function workflowContract(harness: StoreHarness): void {
  describe('workflow records', () => {
    it("records who created and changed an article, and a revision per save, folding one person's quick saves", async () => {
      const store = await (await harness.fresh()).openMigrated();
      const input = story(1, { slug: 'ferry', status: 'draft', publishedAt: undefined });
      await store.createArticle(version(input, 'a1', 0), contentHash(input), { actor: ana, revision: { kind: 'created', fields: [] } });
      await edit(store, { ...input, headline: 'Ferry one' }, 1, ana);
      await edit(store, { ...input, headline: 'Ferry two' }, 3, ana);
      await edit(store, { ...input, headline: 'Ferry three' }, 4, ben);
      await edit(store, { ...input, headline: 'Ferry four' }, 20, ben);
      const editorial = await store.getEditorial('ferry');
      expect([editorial?.createdBy, editorial?.updatedBy, editorial?.article.headline]).toEqual([ana, ben, 'Ferry four']);
      const revisions = await store.listRevisions('a1');
      expect(revisions.map((r) => [r.number, r.author?.name, r.kind, r.status, r.createdAt, r.savedAt])).toEqual([
        [4, 'Ben', 'edited', 'draft', at(20).toISOString(), at(20).toISOString()],
        [3, 'Ben', 'edited', 'draft', at(4).toISOString(), at(4).toISOString()],
        [2, 'Ana', 'edited', 'draft', at(1).toISOString(), at(3).toISOString()],
        [1, 'Ana', 'created', 'draft', NOW.toISOString(), NOW.toISOString()],
      ]);
      const second = await store.getRevision('a1', revisions[2]!.id);
      expect(second?.article.headline).toBe('Ferry two');
      expect(await store.getRevision('a1', 'no-such-revision')).toBeNull();
      const all = await store.allRevisions('a1');
      expect(all.map((r) => r.article.headline)).toEqual(['Harbour report number 1', 'Ferry two', 'Ferry three', 'Ferry four']);
      // Carried to another database as they are (export and import).
      const copy = await (await harness.fresh()).openMigrated();
      await copy.saveArticle(editorial!.article, contentHash(input));
      expect(await copy.replaceRevisions('a1', all)).toBe(true);
      expect(await copy.allRevisions('a1')).toEqual(all);
      expect(await copy.replaceRevisions('nothing', all)).toBe(false);
    });

    it('writes nothing when the stored article is not the one a save or delete expected', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const input = story(1, { slug: 'ferry' });
      await store.createArticle(version(input, 'a1', 0), contentHash(input), { actor: ana, revision: { kind: 'created', fields: [] } });
      const read = (await store.getArticle('ferry', { now: at(1), includeHidden: true }))!;
      await edit(store, { ...input, headline: 'First' }, 1, ana, { expected: read });
      const late = edit(store, { ...input, headline: 'Second' }, 2, ben, { expected: read });
      await expect(late).rejects.toBeInstanceOf(StaleWriteError);
      await expect(late).rejects.toMatchObject({ current: { headline: 'First' } });
      await expect(store.deleteArticle('ferry', { expected: read })).rejects.toBeInstanceOf(StaleWriteError);
      const editorial = await store.getEditorial('ferry');
      expect([editorial?.article.headline, editorial?.updatedBy]).toEqual(['First', ana]);
      expect((await store.listRevisions('a1')).length).toBe(2);
      expect(await store.deleteArticle('ferry', { expected: editorial!.article })).toBe(true);
      expect(await store.listRevisions('a1')).toEqual([]);
    });

    it('moves an article to a new slug, keeping the old one as a redirect when asked, and never onto a taken slug', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const input = story(1, { slug: 'ferry' });
      await store.createArticle(version(input, 'a1', 0), contentHash(input));
      const other = story(2, { slug: 'taken' });
      await store.createArticle(version(other, 'a2', 0), contentHash(other));
      await edit(store, { ...input, slug: 'night-ferry' }, 1, ana, { rename: { from: 'ferry', keepOldSlug: true } });
      expect((await store.getArticle('night-ferry', { now: at(2) }))?.slug).toBe('night-ferry');
      expect(await store.getArticle('ferry', { now: at(2) })).toBeNull();
      expect(await store.slugRedirect('ferry')).toBe('night-ferry');
      await expect(
        edit(store, { ...input, slug: 'taken' }, 2, ana, { rename: { from: 'night-ferry', keepOldSlug: true } }),
      ).rejects.toBeInstanceOf(SlugTakenError);
      expect((await store.getArticle('night-ferry', { now: at(3) }))?.headline).toBe('Harbour report number 1');
      // Moving again follows from every old slug; moving back makes the old slug live again.
      await edit(store, { ...input, slug: 'ferry' }, 3, ana, { rename: { from: 'night-ferry', keepOldSlug: true } });
      expect([await store.slugRedirect('ferry'), await store.slugRedirect('night-ferry')]).toEqual([null, 'ferry']);
      expect(await store.slugRedirect('never-was')).toBeNull();
    });

    it('keeps stories in review from readers, and lists by status and by newest change', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const items: [string, Partial<ArticleInput>, number][] = [
        ['live', {}, 5],
        ['soon', { publishedAt: at(60).toISOString() }, 1],
        ['sketch', { status: 'draft', publishedAt: undefined }, 3],
        ['pitch', { status: 'review', publishedAt: undefined }, 2],
        ['old', { status: 'archived' }, 4],
      ];
      for (const [slug, overrides, minutes] of items) {
        const input = story(minutes, { slug, ...overrides });
        await store.saveArticle(version(input, slug, minutes), contentHash(input), { actor: ben });
      }
      expect(await store.getArticle('pitch', { now: at(10) })).toBeNull();
      expect((await store.listArticles({ limit: 10, now: at(10) })).items.map((i) => i.slug)).toEqual(['live']);
      const status = async (s: 'draft' | 'review' | 'scheduled' | 'published' | 'archived') =>
        (await store.listArticles({ limit: 10, now: at(10), includeHidden: true, status: s })).items.map((i) => i.slug);
      expect([
        await status('draft'),
        await status('review'),
        await status('scheduled'),
        await status('published'),
        await status('archived'),
      ]).toEqual([['sketch'], ['pitch'], ['soon'], ['live'], ['old']]);
      const first = await store.listArticles({ limit: 2, now: at(10), includeHidden: true, order: 'updated' });
      expect(first.items.map((i) => [i.slug, (i as { updatedBy?: unknown }).updatedBy])).toEqual([
        ['live', ben],
        ['old', ben],
      ]);
      const rest = await store.listArticles({ limit: 5, now: at(10), includeHidden: true, order: 'updated', cursor: first.nextCursor! });
      expect(rest.items.map((i) => i.slug)).toEqual(['sketch', 'pitch', 'soon']);
      const found = await store.search('harbour', { limit: 10, now: at(10), includeHidden: true, status: 'review' });
      expect(found.items.map((h) => h.article.slug)).toEqual(['pitch']);
    });

    it('stores preview links by hash and opens the article in any status', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const input = story(1, { slug: 'secret', status: 'draft', publishedAt: undefined });
      await store.createArticle(version(input, 'a1', 0), contentHash(input));
      await store.createPreviewLink({
        hash: 'h1',
        articleId: 'a1',
        createdAt: NOW.toISOString(),
        expiresAt: at(60).toISOString(),
        createdBy: ana.id,
      });
      expect(await store.previewByHash('h1')).toMatchObject({
        article: { slug: 'secret', status: 'draft' },
        expiresAt: at(60).toISOString(),
      });
      expect(await store.previewByHash('h2')).toBeNull();
      await store.deleteArticle('secret');
      expect(await store.previewByHash('h1')).toBeNull();
    });
  });
}
