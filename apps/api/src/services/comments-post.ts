/**
 * @module
 * Posting a reader's comment: the article must be public and open, a reply must answer an
 * approved comment of the same article, and the automatic screening decides what it is stored as.
 *
 * What the poster learns is decided here too. A comment stored as rejected (banned words) or spam
 * (honeypot) is reported exactly like one held for moderation, so whoever probes the filters
 * cannot tell which answer means what; moderators see the real status and reason.
 */
import { randomUUID } from 'node:crypto';
import { CommentTargetGoneError } from '../store/comment-store.ts';
import type { Store } from '../store/store.ts';
import { type PublicComment, toPublicComment } from './comments-tree.ts';
import type { CommentModeration } from './moderation/comment-moderation.ts';
import { addressesKeptSince } from './moderation/policy.ts';
import { commentContentHash } from './moderation/repeat.ts';
import { screenComment } from './moderation/screen.ts';

/** A comment as submitted (already validated and trimmed). */
export interface CommentSubmission {
  authorName: string;
  body: string;
  parentId?: string | undefined;
  email?: string | undefined;
  /** The honeypot field. */
  website?: string | undefined;
}

/** What became of a submission. */
export type PostCommentResult =
  | { outcome: 'no-article' }
  | { outcome: 'closed' }
  | { outcome: 'invalid-parent'; message: string }
  /** Visible at once. */
  | { outcome: 'approved'; comment: PublicComment }
  /** Not visible: held for a moderator, or (unknown to the poster) rejected or spam; `status` reads `pending`. */
  | { outcome: 'held'; comment: PublicComment };

/** The clock, the site's moderation, and an id source for tests. */
export interface PostOptions {
  now: Date;
  moderation: CommentModeration;
  /** The client's address, matched against blocked addresses. */
  address?: string | null | undefined;
  /** The client's comments in the last minute, this one included (from the rate limit); 0 when not counted. */
  recent?: number | undefined;
  newId?: () => string;
}

/** The message for a parent that is not an approved comment of the article. */
const INVALID_PARENT = 'must be the id of an approved comment on this article';

/**
 * Stores a reader's comment on the public article `slug`.
 *
 * @example
 * const result = await postComment(store, 'night-ferry-returns', { authorName: 'Ana', body: 'Thanks.' }, { now: new Date(), moderation });
 * if (result.outcome === 'approved') console.log(result.comment.id);
 */
export async function postComment(store: Store, slug: string, input: CommentSubmission, options: PostOptions): Promise<PostCommentResult> {
  const article = await store.getArticle(slug, { now: options.now });
  if (!article) return { outcome: 'no-article' };
  if (!article.commentSettings.open) return { outcome: 'closed' };
  if (input.parentId !== undefined) {
    const parent = await store.getComment(input.parentId);
    if (parent?.articleId !== article.id || parent.status !== 'approved') return { outcome: 'invalid-parent', message: INVALID_PARENT };
  }
  const contentHash = commentContentHash(input.body);
  const { policy, words } = options.moderation;
  const block = await store.findCommentBlock({ email: input.email?.trim().toLowerCase() || null, address: options.address ?? null });
  const screening = screenComment(
    {
      authorName: input.authorName,
      body: input.body,
      website: input.website,
      repeated: await store.hasCommentWithContentHash(article.id, contentHash),
      moderation: article.commentSettings.moderation ?? policy.moderation,
      blocked: block?.kind ?? null,
      rapid: policy.rateHold > 0 && (options.recent ?? 0) > policy.rateHold ? options.recent : null,
    },
    words,
  );
  const stored = await store
    .insertComment({
      id: (options.newId ?? randomUUID)(),
      articleId: article.id,
      parentId: input.parentId ?? null,
      authorName: input.authorName,
      body: input.body,
      email: input.email ?? null,
      status: screening.status,
      createdAt: options.now.toISOString(),
      contentHash,
      heldReason: screening.reason,
      address: options.address ?? null,
    })
    .catch((err: unknown) => {
      // Deleted meanwhile by a moderator or an editor: as if it had never been there.
      if (err instanceof CommentTargetGoneError) return null;
      throw err;
    });
  if (!stored) return { outcome: 'no-article' };
  // Addresses are kept a while, to block by them; past that each post drops the old ones.
  await store.forgetClientAddresses(addressesKeptSince(options.now, policy));
  const comment = toPublicComment(stored);
  return stored.status === 'approved' ? { outcome: 'approved', comment } : { outcome: 'held', comment: { ...comment, status: 'pending' } };
}
