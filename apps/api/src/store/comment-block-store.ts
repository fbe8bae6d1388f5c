/**
 * @module
 * Blocked commenters, and the counts of the moderation queue. A blocked commenter can still post;
 * their comments are held for a moderator, whatever the article's moderation.
 */

/** What a block matches: the address given with a comment, or the client address it came from. */
export const BLOCK_KINDS = ['email', 'address'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** One block. */
export interface CommentBlock {
  id: string;
  kind: BlockKind;
  /** An e-mail address in lower case, or a client address. */
  value: string;
  reason: string | null;
  createdBy: string | null;
  createdAt: string;
}

/** Pending comments grouped by the reason they were held, as stored (`heldReason`). */
interface HeldCount {
  heldReason: string | null;
  count: number;
}

/**
 * The block methods of the store.
 *
 * @example
 * await store.addCommentBlock({ id, kind: 'email', value: 'troll@example.org', reason: null, createdBy: 'u1', createdAt });
 * await store.findCommentBlock({ email: 'troll@example.org', address: '203.0.113.7' }); // the block
 */
export interface CommentBlockStore {
  /** Stores the block, or answers the one that exists for the same kind and value. */
  addCommentBlock(block: CommentBlock): Promise<{ block: CommentBlock; created: boolean }>;
  /** Newest first. */
  listCommentBlocks(): Promise<CommentBlock[]>;
  /** True when a block was removed. */
  removeCommentBlock(id: string): Promise<boolean>;
  /** The block matching either value, or null. */
  findCommentBlock(match: { email: string | null; address: string | null }): Promise<CommentBlock | null>;
  /** Pending comments by stored reason. */
  countHeldComments(): Promise<HeldCount[]>;
}
