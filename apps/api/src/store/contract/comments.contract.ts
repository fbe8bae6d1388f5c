/**
 * @module
 * Contract: comments are stored, threaded, queued for moderation, re-statused, deleted with their
 * replies and found by content hash alike on every database.
 */
import type { Article } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { addComment, commentRecord } from '../../testing/comments.ts';
import { NOW, save, story } from '../../testing/fixtures.ts';
import type { StoreHarness } from '../../testing/store-harness.ts';
import { CommentTargetGoneError } from '../comment-store.ts';
import { InvalidCursorError, type Store } from '../store.ts';

/**
 * Registers the comment tests for `harness`'s databases.
 *
 * @example
 * commentContract(storeHarness('postgres'));
 */
export function commentContract(harness: StoreHarness): void {
  describe('comments', () => {
    async function withArticles(): Promise<{ store: Store; article: Article; other: Article }> {
      const store = await (await harness.fresh()).openMigrated();
      return { store, article: await save(store, story(1)), other: await save(store, story(2)) };
    }

    describe('insertComment and getComment', () => {
      it('stores a comment and reads it back with its article slug, the time in UTC', async () => {
        const { store, article } = await withArticles();
        const record = commentRecord(article, {
          id: 'c1',
          createdAt: '2026-05-08T11:30:00+02:00',
          heldReason: 'suspect words: casino',
          status: 'pending',
        });
        const stored = await store.insertComment(record);
        expect(stored).toEqual({
          id: 'c1',
          articleId: article.id,
          articleSlug: article.slug,
          parentId: null,
          authorName: 'Ana Ribeiro',
          body: record.body,
          email: 'ana@example.org',
          status: 'pending',
          createdAt: '2026-05-08T09:30:00.000Z',
          heldReason: 'suspect words: casino',
        });
        expect(await store.getComment('c1')).toEqual(stored);
        expect(await store.getComment('nope')).toBeNull();
      });

      it('refuses a comment whose story or parent comment is gone with CommentTargetGoneError', async () => {
        const { store, article } = await withArticles();
        await expect(store.insertComment(commentRecord(article, { id: 'c-orphan', parentId: 'no-such-comment' }))).rejects.toBeInstanceOf(
          CommentTargetGoneError,
        );
        await expect(store.insertComment(commentRecord({ id: 'no-such-article' }, { id: 'c-lost' }))).rejects.toBeInstanceOf(
          CommentTargetGoneError,
        );
        expect(await store.getComment('c-orphan')).toBeNull();
      });

      it('keeps the body exactly as given, markup and all', async () => {
        const { store, article } = await withArticles();
        const body = '<script>alert("x")</script> & <b>bold</b>\n\nSecond paragraph — “quoted”';
        expect((await addComment(store, article, { body })).body).toBe(body);
      });
    });

    describe('publicArticleId', () => {
      it('names the article readers may see under a slug, and no draft, archived or scheduled one', async () => {
        const { store, article } = await withArticles();
        await save(store, story(3, { slug: 'draft', status: 'draft' }));
        await save(store, story(4, { slug: 'archived', status: 'archived' }));
        await save(store, story(-2, { slug: 'scheduled' }));
        expect(await store.publicArticleId(article.slug, NOW)).toBe(article.id);
        for (const slug of ['draft', 'archived', 'scheduled', 'no-such-article']) expect(await store.publicArticleId(slug, NOW)).toBeNull();
      });
    });

    describe('commentRevision', () => {
      it('changes when a comment is added, moderated or deleted, and not when articles are read', async () => {
        const { store, article } = await withArticles();
        const seen = [await store.commentRevision()];
        const changed = async () => {
          const now = await store.commentRevision();
          const moved = !seen.includes(now);
          seen.push(now);
          return moved;
        };
        await store.getArticle(article.slug, { now: NOW });
        expect(await changed()).toBe(false);
        await store.insertComment(commentRecord(article, { id: 'c1' }));
        expect(await changed()).toBe(true);
        await store.setCommentStatus('c1', 'rejected');
        expect(await changed()).toBe(true);
        await store.deleteComment('c1');
        expect(await changed()).toBe(true);
      });
    });

    describe('listCommentThreads', () => {
      it('pages through approved top-level comments in either order, with every visible reply', async () => {
        const { store, article, other } = await withArticles();
        const a = await addComment(store, article, { id: 'a', minutesAgo: 30 });
        const b = await addComment(store, article, { id: 'b', minutesAgo: 20 });
        await addComment(store, article, { id: 'c', minutesAgo: 10 });
        await addComment(store, article, { id: 'held', minutesAgo: 5, status: 'pending' });
        await addComment(store, other, { id: 'elsewhere', minutesAgo: 5 });
        await addComment(store, article, { id: 'a1', parentId: a.id, minutesAgo: 8 });
        await addComment(store, article, { id: 'a1x', parentId: 'a1', minutesAgo: 7 });
        await addComment(store, article, { id: 'b1', parentId: b.id, minutesAgo: 6 });

        const first = await store.listCommentThreads({ articleId: article.id, order: 'oldest', limit: 2 });
        expect(first.roots.map((c) => c.id)).toEqual(['a', 'b']);
        expect(first.replies.map((c) => c.id)).toEqual(['a1', 'a1x', 'b1']);
        expect(first.total).toBe(6);
        const second = await store.listCommentThreads({ articleId: article.id, order: 'oldest', limit: 2, cursor: first.nextCursor! });
        expect([second.roots.map((c) => c.id), second.replies, second.nextCursor]).toEqual([['c'], [], null]);

        const newest = await store.listCommentThreads({ articleId: article.id, order: 'newest', limit: 10 });
        expect(newest.roots.map((c) => c.id)).toEqual(['c', 'b', 'a']);
        expect(newest.nextCursor).toBeNull();
      });

      it('hides replies beneath a comment that is not approved, and leaves them out of the total', async () => {
        const { store, article } = await withArticles();
        const top = await addComment(store, article, { id: 'top' });
        await addComment(store, article, { id: 'rejected', parentId: top.id, status: 'rejected' });
        await addComment(store, article, { id: 'orphan', parentId: 'rejected' });
        await addComment(store, article, { id: 'spam', parentId: top.id, status: 'spam' });
        await addComment(store, article, { id: 'kept', parentId: top.id });
        const page = await store.listCommentThreads({ articleId: article.id, order: 'oldest', limit: 10 });
        expect([page.replies.map((c) => c.id), page.total]).toEqual([['kept'], 2]);
      });

      it('breaks ties between equal times by id, so pages neither repeat nor skip', async () => {
        const { store, article } = await withArticles();
        for (const id of ['t3', 't1', 't2', 't4']) await addComment(store, article, { id, minutesAgo: 5 });
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listCommentThreads({ articleId: article.id, order: 'newest', limit: 3, cursor });
          seen.push(...page.roots.map((c) => c.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen).toEqual(['t4', 't3', 't2', 't1']);
      });

      it('answers an article without comments with an empty page, and refuses a foreign cursor', async () => {
        const { store, article } = await withArticles();
        expect(await store.listCommentThreads({ articleId: article.id, order: 'oldest', limit: 5 })).toEqual({
          roots: [],
          replies: [],
          nextCursor: null,
          total: 0,
        });
        await expect(store.listCommentThreads({ articleId: article.id, order: 'oldest', limit: 5, cursor: 'bogus' })).rejects.toThrow(
          InvalidCursorError,
        );
      });
    });

    describe('commentAddress', () => {
      it('keeps the client address a comment came from, for blocking only', async () => {
        const { store, article } = await withArticles();
        const from = await store.insertComment({ ...commentRecord(article, { id: 'from' }), address: '2001:db8::7' });
        await addComment(store, article, { id: 'without' });
        expect([await store.commentAddress('from'), await store.commentAddress('without'), await store.commentAddress('nope')]).toEqual([
          '2001:db8::7',
          null,
          undefined,
        ]);
        expect(from).not.toHaveProperty('address');
      });

      it('drops the addresses of comments made before a time, and nothing else', async () => {
        const { store, article } = await withArticles();
        await store.insertComment({ ...commentRecord(article, { id: 'old', minutesAgo: 90 }), address: '192.0.2.1' });
        await store.insertComment({ ...commentRecord(article, { id: 'new', minutesAgo: 10 }), address: '192.0.2.2' });
        const revision = await store.commentRevision();
        expect(await store.forgetClientAddresses(new Date(NOW.getTime() - 60 * 60_000))).toBe(1);
        expect([await store.commentAddress('old'), await store.commentAddress('new')]).toEqual([null, '192.0.2.2']);
        expect(await store.getComment('old')).toMatchObject({ id: 'old', status: 'approved', authorName: 'Ana Ribeiro' });
        // Nothing left to drop: no write, so cached comment pages stay valid.
        const after = await store.commentRevision();
        expect(after).toBeGreaterThan(revision);
        expect(await store.forgetClientAddresses(new Date(NOW.getTime() - 60 * 60_000))).toBe(0);
        expect(await store.commentRevision()).toBe(after);
      });
    });

    describe('listCommentsForModeration', () => {
      it('lists one status newest first across articles, or on one article, in pages', async () => {
        const { store, article, other } = await withArticles();
        await addComment(store, article, { id: 'p1', status: 'pending', minutesAgo: 30 });
        await addComment(store, other, { id: 'p2', status: 'pending', minutesAgo: 20 });
        await addComment(store, article, { id: 'p3', status: 'pending', minutesAgo: 10 });
        await addComment(store, article, { id: 'ok', minutesAgo: 5 });
        const first = await store.listCommentsForModeration({ status: 'pending', limit: 2 });
        expect([first.items.map((c) => c.id), first.total]).toEqual([['p3', 'p2'], 3]);
        const rest = await store.listCommentsForModeration({ status: 'pending', limit: 2, cursor: first.nextCursor! });
        expect([rest.items.map((c) => c.id), rest.nextCursor]).toEqual([['p1'], null]);
        const onOther = await store.listCommentsForModeration({ status: 'pending', articleSlug: other.slug, limit: 10 });
        expect([onOther.items.map((c) => [c.id, c.articleSlug, c.email]), onOther.total]).toEqual([
          [['p2', other.slug, 'ana@example.org']],
          1,
        ]);
        expect((await store.listCommentsForModeration({ status: 'spam', limit: 10 })).items).toEqual([]);
      });

      it('lists oldest first in pages, and any status of one e-mail address in any case', async () => {
        const { store, article, other } = await withArticles();
        await addComment(store, article, { id: 'p1', status: 'pending', minutesAgo: 30 });
        await addComment(store, other, { id: 'p2', status: 'pending', minutesAgo: 20, email: 'Bea@Example.org' });
        await addComment(store, article, { id: 'p3', status: 'pending', minutesAgo: 10 });
        await addComment(store, article, { id: 'ok', minutesAgo: 5, email: 'bea@example.org' });
        const first = await store.listCommentsForModeration({ status: 'pending', order: 'oldest', limit: 2 });
        expect([first.items.map((c) => c.id), first.total]).toEqual([['p1', 'p2'], 3]);
        const rest = await store.listCommentsForModeration({ status: 'pending', order: 'oldest', limit: 2, cursor: first.nextCursor! });
        expect([rest.items.map((c) => c.id), rest.nextCursor]).toEqual([['p3'], null]);
        const bea = await store.listCommentsForModeration({ status: 'any', email: 'BEA@example.org', limit: 10 });
        expect([bea.items.map((c) => [c.id, c.status]), bea.total]).toEqual([
          [
            ['ok', 'approved'],
            ['p2', 'pending'],
          ],
          2,
        ]);
        await expect(store.listCommentsForModeration({ status: 'pending', limit: 2, cursor: first.nextCursor! })).rejects.toThrow(
          InvalidCursorError,
        );
      });
    });

    describe('setCommentStatus', () => {
      it('changes the status, and answers null for an unknown id', async () => {
        const { store, article } = await withArticles();
        const held = await addComment(store, article, { status: 'pending', heldReason: 'pre-moderation' });
        expect(await store.setCommentStatus(held.id, 'approved')).toEqual({ ...held, status: 'approved' });
        expect((await store.getComment(held.id))?.status).toBe('approved');
        expect(await store.setCommentStatus('nope', 'spam')).toBeNull();
      });
    });

    describe('deleteComment', () => {
      it('deletes a comment with its replies at any depth, leaving the rest', async () => {
        const { store, article } = await withArticles();
        const top = await addComment(store, article, { id: 'top' });
        await addComment(store, article, { id: 'r1', parentId: 'top' });
        await addComment(store, article, { id: 'r1a', parentId: 'r1', status: 'pending' });
        await addComment(store, article, { id: 'r2', parentId: 'top' });
        await addComment(store, article, { id: 'other' });
        expect(await store.deleteComment('r1')).toBe(2);
        expect([await store.getComment('r1'), await store.getComment('r1a')]).toEqual([null, null]);
        expect(await store.deleteComment(top.id)).toBe(2);
        expect(await store.deleteComment('top')).toBe(0);
        expect((await store.listCommentThreads({ articleId: article.id, order: 'oldest', limit: 10 })).roots.map((c) => c.id)).toEqual([
          'other',
        ]);
      });
    });

    describe('hasCommentWithContentHash', () => {
      it('finds a comment with the hash on the same article, whatever its status', async () => {
        const { store, article, other } = await withArticles();
        await addComment(store, article, { contentHash: 'h1', status: 'spam' });
        expect(await store.hasCommentWithContentHash(article.id, 'h1')).toBe(true);
        expect(await store.hasCommentWithContentHash(other.id, 'h1')).toBe(false);
        expect(await store.hasCommentWithContentHash(article.id, 'h2')).toBe(false);
      });
    });
  });
}
