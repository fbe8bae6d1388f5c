/**
 * @module
 * Contract: blocked commenters are kept once per kind and value, found by either value, and
 * lifted; pending comments are counted by stored reason, alike on every database.
 */
import { describe, expect, it } from 'vitest';
import { addComment } from '../../testing/comments.ts';
import { save, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';

/**
 * Registers the block tests for `harness`'s databases.
 *
 * @example
 * commentBlockContract(storeHarness('postgres'));
 */
export function commentBlockContract(harness: StoreHarness): void {
  describe('comment blocks', () => {
    it('keeps one block per kind and value, finds it by e-mail or address, and lifts it', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const block = {
        id: 'b1',
        kind: 'email' as const,
        value: 'troll@example.org',
        reason: 'abuse',
        createdBy: 'u1',
        createdAt: '2026-05-08T10:00:00.000Z',
      };
      expect(await store.addCommentBlock(block)).toEqual({ block, created: true });
      expect(await store.addCommentBlock({ ...block, id: 'b2', reason: null })).toEqual({ block, created: false });
      await store.addCommentBlock({ ...block, id: 'b3', kind: 'address', value: '203.0.113.7', createdAt: '2026-05-08T11:00:00.000Z' });
      expect((await store.listCommentBlocks()).map((b) => b.id)).toEqual(['b3', 'b1']);
      expect(await store.findCommentBlock({ email: 'troll@example.org', address: null })).toMatchObject({ id: 'b1' });
      expect(await store.findCommentBlock({ email: null, address: '203.0.113.7' })).toMatchObject({ id: 'b3' });
      expect(await store.findCommentBlock({ email: 'ana@example.org', address: '203.0.113.8' })).toBeNull();
      expect(await store.removeCommentBlock('b1')).toBe(true);
      expect(await store.removeCommentBlock('b1')).toBe(false);
      expect(await store.findCommentBlock({ email: 'troll@example.org', address: null })).toBeNull();
    });

    it('counts pending comments by the reason they were held', async () => {
      const store = await (await harness.fresh()).openMigrated();
      const article = await save(store, story(1));
      await addComment(store, article, { status: 'pending', heldReason: 'pre-moderation' });
      await addComment(store, article, { status: 'pending', heldReason: 'pre-moderation' });
      await addComment(store, article, { status: 'pending', heldReason: 'suspect words: casino' });
      await addComment(store, article, { status: 'approved' });
      const counts = (await store.countHeldComments()).sort((a, b) => b.count - a.count);
      expect(counts).toEqual([
        { heldReason: 'pre-moderation', count: 2 },
        { heldReason: 'suspect words: casino', count: 1 },
      ]);
    });
  });
}
