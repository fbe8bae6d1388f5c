/**
 * @module
 * The site-wide comment policy, from the environment: the default moderation mode, the word
 * lists, the rate at which a client's comments are held and the rate limit. Each article may override the mode (`commentSettings.moderation`).
 */
import type { ModerationMode } from '@dateline/model';
import { z } from 'zod';
import { parseWordList } from './word-list.ts';

/** How comments are screened across the site. */
export interface CommentPolicy {
  /** For articles that do not set their own: `post` shows comments at once, `pre` holds them. */
  moderation: ModerationMode;
  /** Words that hold a comment for a moderator. */
  suspectWords: readonly string[];
  /** Words that reject a comment outright. */
  bannedWords: readonly string[];
  /** New comments per minute per client IP address; 0 turns the limit off. */
  rateLimit: number;
  /**
   * Past this many comments in a minute from one client (counted with the rate limit), new ones
   * are held for a moderator (reason `rate`) until the client slows down; 0 holds none.
   */
  rateHold: number;
  /** How many leading bits of an IPv6 address count as one client for the rate limit. */
  rateLimitIpv6Prefix: number;
  /** How many days a comment's client address is kept (to block by address), then dropped. */
  addressDays: number;
}

/** The policy when nothing is configured. */
export const DEFAULT_COMMENT_POLICY: CommentPolicy = {
  moderation: 'post',
  suspectWords: [],
  bannedWords: [],
  rateLimit: 5,
  rateHold: 3,
  rateLimitIpv6Prefix: 64,
  addressDays: 30,
};

const PREFIX_MESSAGE = 'must be a prefix length from 1 to 128 (bits of an IPv6 address that make one client)';
const RATE_MESSAGE = 'must be a whole number of comments per minute from 0 (no limit) to 10000';
const DAYS_MESSAGE = 'must be a whole number of days from 1 to 3650';
const HOLD_MESSAGE = 'must be a whole number of comments per minute from 0 (hold none) to 10000';

/** An optional variable holding a whole number from `min` to `max`; `message` says so when it does not. */
function wholeNumber(min: number, max: number, message: string) {
  return z.string().trim().regex(/^\d+$/, message).transform(Number).pipe(z.int().min(min, message).max(max, message)).optional();
}

/**
 * The comment variables of the environment schema, for the app's (see `env.ts`); empty variables
 * are expected to have been dropped as unset.
 *
 * @example
 * const env = z.object(COMMENT_ENV).parse({ COMMENT_MODERATION: 'pre' });
 * commentPolicyFromEnv(env).moderation; // 'pre'
 */
export const COMMENT_ENV = {
  COMMENT_MODERATION: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['post', 'pre'], { error: 'must be post (show at once) or pre (hold for a moderator)' }))
    .optional(),
  COMMENT_SUSPECT_WORDS: z.string().optional(),
  COMMENT_BANNED_WORDS: z.string().optional(),
  COMMENT_RATE_LIMIT: wholeNumber(0, 10_000, RATE_MESSAGE),
  COMMENT_RATE_HOLD: wholeNumber(0, 10_000, HOLD_MESSAGE),
  COMMENT_RATE_LIMIT_IPV6_PREFIX: wholeNumber(1, 128, PREFIX_MESSAGE),
  COMMENT_ADDRESS_DAYS: wholeNumber(1, 3650, DAYS_MESSAGE),
};

/** The parsed comment variables. */
export type CommentEnv = z.output<z.ZodObject<typeof COMMENT_ENV>>;

/**
 * The policy the parsed variables describe, with the defaults for those unset. Word lists are
 * comma-separated (`COMMENT_SUSPECT_WORDS=casino,free money`).
 *
 * @example
 * commentPolicyFromEnv({ COMMENT_BANNED_WORDS: 'slur1, slur2' }).bannedWords; // ['slur1', 'slur2']
 */
export function commentPolicyFromEnv(env: CommentEnv): CommentPolicy {
  return {
    moderation: env.COMMENT_MODERATION ?? DEFAULT_COMMENT_POLICY.moderation,
    suspectWords: parseWordList(env.COMMENT_SUSPECT_WORDS),
    bannedWords: parseWordList(env.COMMENT_BANNED_WORDS),
    rateLimit: env.COMMENT_RATE_LIMIT ?? DEFAULT_COMMENT_POLICY.rateLimit,
    rateHold: env.COMMENT_RATE_HOLD ?? DEFAULT_COMMENT_POLICY.rateHold,
    rateLimitIpv6Prefix: env.COMMENT_RATE_LIMIT_IPV6_PREFIX ?? DEFAULT_COMMENT_POLICY.rateLimitIpv6Prefix,
    addressDays: env.COMMENT_ADDRESS_DAYS ?? DEFAULT_COMMENT_POLICY.addressDays,
  };
}

/**
 * The time before which comments' client addresses are dropped: `addressDays` before `now`.
 *
 * @example
 * addressesKeptSince(new Date('2026-05-31T00:00:00Z'), { ...DEFAULT_COMMENT_POLICY, addressDays: 30 }); // 2026-05-01
 */
export function addressesKeptSince(now: Date, policy: Pick<CommentPolicy, 'addressDays'>): Date {
  return new Date(now.getTime() - policy.addressDays * 86_400_000);
}
