/**
 * @module
 * The comment policy made ready for requests: word lists compiled once, and the rate limiter with
 * its salt, which live as long as the app.
 */
import { type CommentPolicy, DEFAULT_COMMENT_POLICY } from './policy.ts';
import { createRateLimiter, newSalt, type RateLimiter } from './rate-limit.ts';
import type { WordMatchers } from './screen.ts';
import { wordMatcher } from './word-list.ts';

/** What posting a comment needs from the site's configuration. */
export interface CommentModeration {
  policy: CommentPolicy;
  words: WordMatchers;
  limiter: RateLimiter;
  /** Salt of the rate limiter's client keys (see `clientKey`). */
  salt: Uint8Array;
}

/**
 * The moderation state of one app, from `policy` (missing fields take the defaults).
 *
 * @example
 * const moderation = createCommentModeration({ moderation: 'pre', bannedWords: ['slur'] });
 */
export function createCommentModeration(policy: Partial<CommentPolicy> = {}): CommentModeration {
  const full: CommentPolicy = { ...DEFAULT_COMMENT_POLICY, ...policy };
  return {
    policy: full,
    words: { suspect: wordMatcher(full.suspectWords), banned: wordMatcher(full.bannedWords) },
    limiter: createRateLimiter({ limit: full.rateLimit }),
    salt: newSalt(),
  };
}
