/**
 * @module
 * Looking things up in a page of comment threads.
 */
import type { CommentThread } from '../data/comments.ts';

/**
 * The comment with `id` anywhere in `threads` (replies included), or undefined.
 *
 * @example
 * findComment(page.items, 'c2')?.authorName;
 */
export function findComment(threads: readonly CommentThread[], id: string | null | undefined): CommentThread | undefined {
  if (!id) return undefined;
  for (const comment of threads) {
    if (comment.id === id) return comment;
    const found = findComment(comment.replies, id);
    if (found) return found;
  }
  return undefined;
}
