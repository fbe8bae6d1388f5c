/**
 * @module
 * Tests of thread building from flat comments.
 */
import { describe, expect, it } from 'vitest';
import type { StoredComment } from '../store/store.ts';
import { buildThreads, type ThreadedComment, toPublicComment } from './comments-tree.ts';

let clock = 0;
function comment(id: string, parentId: string | null = null): StoredComment {
  clock += 1;
  return {
    id,
    articleId: 'a1',
    articleSlug: 'story',
    parentId,
    authorName: `Reader ${id}`,
    body: `Comment ${id}`,
    email: `${id}@example.org`,
    status: 'approved',
    createdAt: new Date(Date.UTC(2026, 4, 8, 9, 0, clock)).toISOString(),
    heldReason: null,
  };
}

/** The tree as `id(child child…)`, to compare shapes at a glance. */
function shape(threads: ThreadedComment[]): string {
  return threads.map((t) => (t.replies.length === 0 ? t.id : `${t.id}(${shape(t.replies)})`)).join(' ');
}

describe('buildThreads', () => {
  it('nests replies under their parents, oldest first, keeping the order of the top-level comments', () => {
    const [a, b] = [comment('a'), comment('b')];
    const replies = [comment('a1', 'a'), comment('b1', 'b'), comment('a2', 'a'), comment('a1x', 'a1')];
    expect(shape(buildThreads([b, a], replies))).toBe('b(b1) a(a1(a1x) a2)');
  });

  it('places replies whatever order they arrive in, since equal times sort by id', () => {
    const root = comment('r');
    const replies = [comment('z', 'y'), comment('y', 'x'), comment('x', 'r')];
    expect(shape(buildThreads([root], replies))).toBe('r(x(y(z)))');
  });

  it('lists replies beyond the maximum depth beside their parent, keeping their parentId', () => {
    const chain = Array.from({ length: 8 }, (_, i) => comment(`d${i + 1}`, `d${i}`));
    const threads = buildThreads([comment('d0')], chain);
    expect(shape(threads)).toBe('d0(d1(d2(d3(d4(d5 d6 d7 d8)))))');
    expect(threads[0]!.replies[0]!.replies[0]!.replies[0]!.replies[0]!.replies.map((r) => r.parentId)).toEqual(['d4', 'd5', 'd6', 'd7']);
  });

  it('handles a very long chain of replies without running out of stack', () => {
    const replies = Array.from({ length: 20_000 }, (_, i) => comment(`n${i + 1}`, `n${i}`));
    const [root] = buildThreads([comment('n0')], replies);
    expect(root!.replies[0]!.replies[0]!.replies[0]!.replies[0]!.replies).toHaveLength(20_000 - 4);
    expect(root!.replies[0]!.replies[0]!.replies[0]!.replies[0]!.replies[0]!.replies).toEqual([]);
  });

  it('drops replies whose parent is not among the comments given', () => {
    expect(shape(buildThreads([comment('a')], [comment('lost', 'gone'), comment('a1', 'a')]))).toBe('a(a1)');
  });

  it('never carries the e-mail address or moderation fields', () => {
    const [thread] = buildThreads([comment('a')], []);
    expect(Object.keys(thread!).sort()).toEqual(['articleSlug', 'authorName', 'body', 'createdAt', 'id', 'parentId', 'replies']);
    expect(Object.keys(toPublicComment(comment('b'))).sort()).toEqual([
      'articleSlug',
      'authorName',
      'body',
      'createdAt',
      'id',
      'parentId',
      'status',
    ]);
  });
});
