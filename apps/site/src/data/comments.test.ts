/**
 * @module
 * Reading the API's comment threads in the data layer.
 */
import { describe, expect, it } from 'vitest';
import { threadsFromJson } from './comments.ts';
import { ApiResponseError } from './errors.ts';

const comment = (id: string, parentId: string | null, replies: unknown[] = []) => ({
  id,
  parentId,
  authorName: `Reader ${id}`,
  body: `Comment ${id}`,
  createdAt: '2026-05-08T09:30:00Z',
  articleSlug: 'night-ferry-returns',
  replies,
});

describe('threadsFromJson', () => {
  it('reads replies at every depth as comments, keeping the fields the site shows', () => {
    const page = { items: [comment('a', null, [comment('b', 'a', [comment('c', 'b')])])], nextCursor: 'next', total: 3 };
    const threads = threadsFromJson(page);
    expect(threads.items[0]!.replies[0]!.replies[0]).toEqual({
      id: 'c',
      parentId: 'b',
      authorName: 'Reader c',
      body: 'Comment c',
      createdAt: '2026-05-08T09:30:00Z',
      replies: [],
    });
    expect([threads.nextCursor, threads.total]).toEqual(['next', 3]);
  });

  it('refuses a reply that is not a comment, as a bad answer from the API', () => {
    const page = { items: [comment('a', null, [{ ...comment('b', 'a'), body: 42 }])], nextCursor: null, total: 2 };
    expect(() => threadsFromJson(page)).toThrow(new ApiResponseError(502, 'comments: the API sent a reply that is not a comment'));
    expect(() => threadsFromJson({ items: [comment('a', null, ['text'])], nextCursor: null, total: 2 })).toThrow(ApiResponseError);
  });
});
