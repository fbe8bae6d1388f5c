/** @module */
import { describe, expect, it } from 'vitest';
import type { CommentThread } from '../data/comments.ts';
import { findComment } from './comment-threads.ts';

const comment = (id: string, replies: CommentThread[] = []): CommentThread => ({
  id,
  parentId: null,
  authorName: `Reader ${id}`,
  body: 'Text',
  createdAt: '2026-05-08T09:30:00Z',
  replies,
});

describe('findComment', () => {
  const threads = [comment('a'), comment('b', [comment('b1', [comment('b1a')])])];

  it('finds top-level comments and replies at any depth', () => {
    expect(findComment(threads, 'a')?.authorName).toBe('Reader a');
    expect(findComment(threads, 'b1a')?.authorName).toBe('Reader b1a');
  });

  it('finds nothing for an unknown or missing id', () => {
    expect(findComment(threads, 'zz')).toBeUndefined();
    expect(findComment(threads, null)).toBeUndefined();
    expect(findComment(threads, '')).toBeUndefined();
  });
});
