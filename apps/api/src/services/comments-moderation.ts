/**
 * @module
 * What moderators do with comments: read the queue of one status, change a comment's status, and
 * delete a comment with its replies. Rejecting hides a comment and everything beneath it from
 * readers while keeping it for the record; deleting removes the whole subthread for good.
 */
import type { CommentStatus } from '@dateline/model';
import type { Store, StoredComment } from '../store/store.ts';
import { type PublicComment, toPublicComment } from './comments-tree.ts';
import { type HoldReason, holdReasons } from './moderation/screen.ts';

/** A comment as moderators see it: with the e-mail address and the reason it was held. */
export interface ModeratedComment extends PublicComment {
  email: string | null;
  heldReason: string | null;
  /** `heldReason` as codes: pre-moderation, suspect-word, links, repeat, rate, blocked. */
  heldFor: HoldReason[];
}

/** The queue's filter and paging. */
export interface QueueParams {
  /** One status, or `any` (a commenter's history, with `email`). */
  status: CommentStatus | 'any';
  /** Only comments on this article (slug). */
  article?: string | undefined;
  /** Only comments given with this e-mail address (in any case). */
  email?: string | undefined;
  /** Newest first (the default) or oldest first. */
  order?: 'newest' | 'oldest' | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** One page of the moderation queue. */
export interface ModerationQueue {
  items: ModeratedComment[];
  nextCursor: string | null;
  total: number;
}

/**
 * The moderator's view of a stored comment.
 *
 * @example
 * toModeratedComment(stored).email; // 'ana@example.org'
 */
function toModeratedComment(c: StoredComment): ModeratedComment {
  return { ...toPublicComment(c), email: c.email, heldReason: c.heldReason, heldFor: holdReasons(c.heldReason) };
}

/**
 * Comments of one status (or any), newest or oldest first, on any article or one, from anyone or
 * one e-mail address (hidden ones included). Throws
 * `InvalidCursorError` for a cursor the store did not issue.
 *
 * @example
 * const queue = await listModerationQueue(store, { status: 'pending', limit: 20 });
 */
export async function listModerationQueue(store: Store, params: QueueParams): Promise<ModerationQueue> {
  const page = await store.listCommentsForModeration({
    status: params.status,
    articleSlug: params.article,
    email: params.email,
    order: params.order,
    limit: params.limit,
    cursor: params.cursor,
  });
  return { items: page.items.map(toModeratedComment), nextCursor: page.nextCursor, total: page.total };
}

/**
 * Sets a comment's status; null when there is no comment with this id. Approving a reply whose
 * parent is not approved stores the status, but the reply stays out of the public thread until
 * its parent is approved too.
 *
 * @example
 * await moderateComment(store, id, 'approved');
 */
export async function moderateComment(store: Store, id: string, status: CommentStatus): Promise<ModeratedComment | null> {
  const comment = await store.setCommentStatus(id, status);
  return comment ? toModeratedComment(comment) : null;
}

/**
 * Deletes a comment and every reply beneath it; returns how many comments went (0: none had this id).
 *
 * @example
 * await deleteComment(store, id); // 3: the comment and two replies
 */
export function deleteComment(store: Store, id: string): Promise<number> {
  return store.deleteComment(id);
}
