/**
 * @module
 * Contract: sections, tags and authors with counts of the articles a reader may see.
 */
import { describe, expect, it } from 'vitest';
import { NOW, save, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';

const bySlug = <T extends { slug: string }>(items: T[]) => [...items].sort((a, b) => (a.slug < b.slug ? -1 : 1));

/**
 * Registers the taxonomy tests for `harness`'s databases.
 *
 * @example
 * taxonomyContract(storeHarness('postgres'));
 */
export function taxonomyContract(harness: StoreHarness): void {
  describe('taxonomy', () => {
    it('counts only visible articles, and knows no name only hidden ones carry', async () => {
      const store = await (await harness.fresh()).openMigrated();
      for (let n = 1; n <= 4; n += 1) await save(store, story(n));
      await save(
        store,
        story(5, { status: 'draft', tags: [{ name: 'Secret plans' }], authors: [{ name: 'Ines Calder', bio: 'Harbour desk.' }] }),
      );
      expect(bySlug(await store.listSections({ now: NOW }))).toEqual([
        { slug: 'business', name: 'Business', articleCount: 1 },
        { slug: 'local', name: 'Local', articleCount: 3 },
      ]);
      expect(bySlug(await store.listTags({ now: NOW })).map((t) => [t.slug, t.articleCount])).toEqual([
        ['boats', 2],
        ['harbour', 4],
      ]);
      expect(await store.getTag('secret-plans', { now: NOW })).toBeNull();
      expect(await store.getTag('secret-plans', { now: NOW, includeHidden: true })).toMatchObject({ articleCount: 1 });
      expect(await store.getAuthor('ines-calder', { now: NOW })).toEqual({
        slug: 'ines-calder',
        name: 'Ines Calder',
        bio: 'Harbour desk.',
        articleCount: 2,
      });
      expect(await store.getSection('local', { now: NOW })).toMatchObject({ articleCount: 3 });
      expect((await store.listAuthors({ now: NOW })).map((a) => a.articleCount).sort()).toEqual([2, 2]);
    });

    it('leaves out scheduled and archived articles, and counts an author credited twice once', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const twice = [{ name: 'Oskar Lund' }, { name: 'Oskar Lund', bio: 'Harbour desk.', url: 'https://oskar.example.net/' }];
      await save(store, story(1, { authors: twice, tags: [{ name: 'Ferries' }] }));
      await save(store, story(-2, { section: { name: 'Tomorrow' }, tags: [{ name: 'Ferries' }, { name: 'Embargo' }] }));
      await save(store, story(3, { status: 'archived', section: { name: 'Withdrawn' }, tags: [{ name: 'Ferries' }] }));
      expect(await store.getAuthor('oskar-lund', { now: NOW })).toEqual({
        slug: 'oskar-lund',
        name: 'Oskar Lund',
        bio: 'Harbour desk.',
        url: 'https://oskar.example.net/',
        articleCount: 1,
      });
      expect(await store.getTag('ferries', { now: NOW })).toMatchObject({ articleCount: 1 });
      expect(await store.getTag('embargo', { now: NOW })).toBeNull();
      expect(bySlug(await store.listSections({ now: NOW })).map((s) => s.slug)).toEqual(['local']);
      // Once the scheduled article's time has come, it counts.
      const later = new Date(NOW.getTime() + 3 * 3_600_000);
      expect(await store.getTag('ferries', { now: later })).toMatchObject({ articleCount: 2 });
      expect(await store.getSection('tomorrow', { now: later })).toMatchObject({ articleCount: 1 });
    });
  });
}
