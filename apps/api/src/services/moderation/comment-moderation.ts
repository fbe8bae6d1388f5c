/**
 * @module
 * The comment policy made ready for requests: word lists compiled once, which live as long as
 * the app. The rate limit's counts live in the database (see `rate-limit.ts`).
 */
import { type CommentPolicy, DEFAULT_COMMENT_POLICY } from './policy.ts';
import type { WordMatchers } from './screen.ts';
import { wordMatcher } from './word-list.ts';

/** What posting a comment needs from the site's configuration. */
export interface CommentModeration {
  policy: CommentPolicy;
  words: WordMatchers;
}

/**
 * The moderation state of one app, from `policy` (missing fields take the defaults).
 *
 * @example
 * const moderation = createCommentModeration({ moderation: 'pre', bannedWords: ['slur'] });
 */
export function createCommentModeration(policy: Partial<CommentPolicy> = {}): CommentModeration {
  const full: CommentPolicy = { ...DEFAULT_COMMENT_POLICY, ...policy };
  return { policy: full, words: { suspect: wordMatcher(full.suspectWords), banned: wordMatcher(full.bannedWords) } };
}
