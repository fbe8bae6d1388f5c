/**
 * @module
 * The automatic decision on a new comment, before any person sees it: spam for a filled honeypot,
 * rejected for a banned word, held for too many links, a suspect word, repeated text or a client
 * posting fast, and
 * otherwise what the article's moderation mode says.
 */
import type { CommentStatus, ModerationMode } from '@dateline/model';
import { linkHoldReason } from './links.ts';

/** What to store a new comment as, and why when it is not simply the moderation mode. */
export interface Screening {
  status: CommentStatus;
  /** For moderators; null for a comment approved at once. */
  reason: string | null;
}

/** What the screening looks at. */
export interface ScreeningInput {
  authorName: string;
  body: string;
  /** The honeypot field: hidden from people, so only a bot fills it in. */
  website?: string | undefined;
  /** Whether the article already has a comment with the same normalised text. */
  repeated: boolean;
  /** The article's mode, or the site's default. */
  moderation: ModerationMode;
  /** What blocks the commenter (`email` or `address`), when a moderator has blocked them. */
  blocked?: 'email' | 'address' | null | undefined;
  /** The client's comments in the last minute, this one included, when past the site's hold rate (`rateHold`). */
  rapid?: number | null | undefined;
}

/** The word lists as matchers (see `wordMatcher`). */
export interface WordMatchers {
  suspect: (text: string) => string[];
  banned: (text: string) => string[];
}

/** The reason recorded for comments held because the article is pre-moderated. */
const PRE_MODERATION_REASON = 'pre-moderation';

const REPEAT_REASON = 'same text as an earlier comment on this article';
const BLOCKED_PREFIX = 'blocked commenter';
const RATE_SUFFIX = 'comments in a minute from one client';

/** Why a comment can be held, as the moderation queue names it. */
export const HOLD_REASONS = ['pre-moderation', 'suspect-word', 'links', 'repeat', 'rate', 'blocked'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

// Each stored reason starts as `screenComment` writes it; one table reads them back.
const REASON_PATTERNS: readonly [HoldReason, RegExp][] = [
  ['pre-moderation', new RegExp(`^${PRE_MODERATION_REASON}$`)],
  ['suspect-word', /^suspect words: /],
  ['links', /^\d+ links \(more than \d+\)$/],
  ['repeat', new RegExp(`^${REPEAT_REASON}$`)],
  ['rate', new RegExp(`^\\d+ ${RATE_SUFFIX}$`)],
  ['blocked', new RegExp(`^${BLOCKED_PREFIX} `)],
];

/**
 * The reasons of a stored `heldReason`, in the order they were found.
 *
 * @example
 * holdReasons('3 links (more than 2); suspect words: casino'); // ['links', 'suspect-word']
 */
export function holdReasons(heldReason: string | null): HoldReason[] {
  if (!heldReason) return [];
  return heldReason.split('; ').flatMap((part) => REASON_PATTERNS.filter(([, re]) => re.test(part)).map(([code]) => code));
}

/**
 * The status of a new comment. Words are looked for in the name as well as the body, links in
 * the body only.
 *
 * @example
 * screenComment({ authorName: 'Ana', body: 'Thanks.', repeated: false, moderation: 'post' }, matchers);
 * // { status: 'approved', reason: null }
 */
export function screenComment(input: ScreeningInput, words: WordMatchers): Screening {
  if (input.website !== undefined && input.website.trim() !== '') {
    return { status: 'spam', reason: 'the hidden website field was filled in' };
  }
  const text = `${input.authorName}\n${input.body}`;
  const banned = words.banned(text);
  if (banned.length > 0) return { status: 'rejected', reason: `banned words: ${banned.join(', ')}` };
  const holds: string[] = [];
  const links = linkHoldReason(input.body);
  if (links !== null) holds.push(links);
  const suspect = words.suspect(text);
  if (suspect.length > 0) holds.push(`suspect words: ${suspect.join(', ')}`);
  if (input.repeated) holds.push(REPEAT_REASON);
  if (input.rapid) holds.push(`${Math.ceil(input.rapid)} ${RATE_SUFFIX}`);
  if (input.blocked) holds.push(`${BLOCKED_PREFIX} (by ${input.blocked === 'email' ? 'e-mail' : 'address'})`);
  if (holds.length > 0) return { status: 'pending', reason: holds.join('; ') };
  if (input.moderation === 'pre') return { status: 'pending', reason: PRE_MODERATION_REASON };
  return { status: 'approved', reason: null };
}
