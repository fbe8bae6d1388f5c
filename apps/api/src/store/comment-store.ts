/**
 * @module
 * The comment part of the storage contract: readers' comments, their threads and the moderation
 * queue. The store applies no policy (who may see or post what); the comment services do.
 */
import type { CommentStatus } from '@dateline/model';
import type { ListOrder } from './article-store.ts';

/** A comment with everything stored about it; only moderators may see `email` and `heldReason`. */
export interface StoredComment {
  id: string;
  articleId: string;
  articleSlug: string;
  /** The comment this one replies to; null for a top-level comment. */
  parentId: string | null;
  authorName: string;
  /** Plain text, as typed (trimmed). */
  body: string;
  email: string | null;
  status: CommentStatus;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** Why the comment was held, rejected or marked as spam on arrival; null when it was not. */
  heldReason: string | null;
}

/** What `insertComment` stores. */
export interface NewComment {
  id: string;
  articleId: string;
  parentId: string | null;
  authorName: string;
  body: string;
  email: string | null;
  status: CommentStatus;
  createdAt: string;
  /** The hash of the normalised body, for spotting the same text posted again. */
  contentHash: string;
  heldReason: string | null;
  /** The client address it came from (canonical), kept only so a moderator can block it; never returned. */
  address?: string | null | undefined;
}

/** Paging of an article's public threads. */
interface CommentThreadQuery {
  articleId: string;
  /** By creation time, for top-level comments; replies are always oldest first. */
  order: ListOrder;
  /** Top-level comments per page. */
  limit: number;
  cursor?: string | undefined;
}

/** One page of threads: its top-level comments and every visible reply beneath them. */
interface CommentThreadPage {
  /** Approved top-level comments, in the order asked for. */
  roots: StoredComment[];
  /** Approved replies whose every ancestor is approved, oldest first. */
  replies: StoredComment[];
  nextCursor: string | null;
  /** Visible comments of the whole article (top-level and replies), across all pages. */
  total: number;
}

/** Paging of the moderation queue, newest first unless `order` says otherwise. */
interface ModerationQuery {
  /** One status, or `any` for every comment (a commenter's history). */
  status: CommentStatus | 'any';
  /** Only comments on the article with this slug. */
  articleSlug?: string | undefined;
  /** Only comments given with this e-mail address, in any case. */
  email?: string | undefined;
  /** By creation time; default newest first. */
  order?: ListOrder | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** One page of the moderation queue. */
interface ModerationPage {
  items: StoredComment[];
  nextCursor: string | null;
  /** Comments matching the query, across all pages. */
  total: number;
}

/**
 * Storage of readers' comments.
 *
 * @example
 * await store.insertComment({ id, articleId: article.id, parentId: null, authorName: 'Ana', body: 'Thanks.',
 *   email: null, status: 'approved', createdAt: new Date().toISOString(), contentHash, heldReason: null });
 * const page = await store.listCommentThreads({ articleId: article.id, order: 'oldest', limit: 50 });
 */
export interface CommentStore {
  /** Stores a new comment and returns it. */
  insertComment(comment: NewComment): Promise<StoredComment>;
  /**
   * The id of the article with `slug` that readers may see at `now` (published, its publication
   * time come), or null: whose public comments there are, without reading the article itself.
   */
  publicArticleId(slug: string, now: Date): Promise<string | null>;
  /**
   * A number that changes whenever any comment is added, changed or deleted, by any process
   * (raised by the database itself): while it stays the same, a page of comments read earlier is
   * still right.
   */
  commentRevision(): Promise<number>;
  /** The comment with this id, whatever its status, or null. */
  getComment(id: string): Promise<StoredComment | null>;
  /** The client address a comment came from: null when none was recorded, undefined when there is no such comment. */
  commentAddress(id: string): Promise<string | null | undefined>;
  /**
   * Drops the client address of every comment made before `before` (kept only to block by
   * address for a while, `COMMENT_ADDRESS_DAYS`); resolves to how many were dropped.
   */
  forgetClientAddresses(before: string | Date): Promise<number>;
  /**
   * A page of an article's approved top-level comments, ordered by (creation time, id), with
   * their approved replies at any depth. A reply whose parent is not approved is not visible,
   * and neither is anything beneath it. Throws `InvalidCursorError` for a cursor it did not issue.
   */
  listCommentThreads(query: CommentThreadQuery): Promise<CommentThreadPage>;
  /**
   * Comments of one status (or any), newest or oldest first by (creation time, id). Throws
   * `InvalidCursorError` for a cursor it did not issue (or issued for the other order).
   */
  listCommentsForModeration(query: ModerationQuery): Promise<ModerationPage>;
  /** Sets the status of a comment; returns it updated, or null when there is none with this id. */
  setCommentStatus(id: string, status: CommentStatus): Promise<StoredComment | null>;
  /** Deletes a comment and every reply beneath it; returns how many were deleted (0: no such comment). */
  deleteComment(id: string): Promise<number>;
  /** Whether the article already has a comment (any status) whose normalised body has this hash. */
  hasCommentWithContentHash(articleId: string, contentHash: string): Promise<boolean>;
}

/**
 * The article or parent comment a new comment belongs to was deleted while it was being posted
 * (`insertComment` throws it rather than a database error).
 */
export class CommentTargetGoneError extends Error {
  override name = 'CommentTargetGoneError';
}
