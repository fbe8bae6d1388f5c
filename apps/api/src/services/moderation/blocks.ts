/**
 * @module
 * Blocking commenters from the moderation queue, and counting what awaits moderation.
 */
import { randomUUID } from 'node:crypto';
import type { BlockKind, CommentBlock, Store } from '../../store/store.ts';
import { HOLD_REASONS, type HoldReason, holdReasons } from './screen.ts';

/** What to block: a comment's e-mail address (or, `by: 'address'`, the client address it came from), or an address given outright. */
export type BlockRequest = { commentId: string; by?: 'email' | 'address' | undefined } | { email: string } | { address: string };

/** The comment has no e-mail address to block. */
export class NothingToBlockError extends Error {
  override name = 'NothingToBlockError';
}

/**
 * Blocks a commenter; null when `commentId` names no comment. Blocking twice answers the first
 * block (`created: false`).
 *
 * @example
 * await blockCommenter(store, { commentId: 'c1' }, { reason: 'abuse', by: 'user-1', now: new Date() });
 */
export async function blockCommenter(
  store: Store,
  request: BlockRequest,
  options: { reason?: string | undefined; by: string | null; now: Date },
): Promise<{ block: CommentBlock; created: boolean } | null> {
  let kind: BlockKind;
  let value: string;
  if ('commentId' in request && request.by === 'address') {
    const address = await store.commentAddress(request.commentId);
    if (address === undefined) return null;
    if (address === null)
      throw new NothingToBlockError(
        'No client address is kept with the comment (none was recorded, or it is older than COMMENT_ADDRESS_DAYS); block its e-mail address instead.',
      );
    [kind, value] = ['address', address];
  } else if ('commentId' in request) {
    const comment = await store.getComment(request.commentId);
    if (!comment) return null;
    if (!comment.email) throw new NothingToBlockError('The comment has no e-mail address; block its client address instead.');
    [kind, value] = ['email', comment.email.trim().toLowerCase()];
  } else if ('email' in request) [kind, value] = ['email', request.email.trim().toLowerCase()];
  else [kind, value] = ['address', request.address];
  return store.addCommentBlock({
    id: randomUUID(),
    kind,
    value,
    reason: options.reason ?? null,
    createdBy: options.by,
    createdAt: options.now.toISOString(),
  });
}

/**
 * Pending comments, in all and by the reason they were held.
 *
 * @example
 * await moderationCounts(store); // { pending: 3, byReason: { 'pre-moderation': 2, links: 1, … } }
 */
export async function moderationCounts(store: Store): Promise<{ pending: number; byReason: Record<HoldReason, number> }> {
  const byReason = Object.fromEntries(HOLD_REASONS.map((r) => [r, 0])) as Record<HoldReason, number>;
  let pending = 0;
  for (const { heldReason, count } of await store.countHeldComments()) {
    pending += count;
    for (const reason of holdReasons(heldReason)) byReason[reason] += count;
  }
  return { pending, byReason };
}
