/**
 * @module
 * The automatic decision on a new comment, before any person sees it: spam for a filled honeypot,
 * rejected for a banned word, held for too many links, a suspect word or repeated text, and
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
}

/** The word lists as matchers (see `wordMatcher`). */
export interface WordMatchers {
  suspect: (text: string) => string[];
  banned: (text: string) => string[];
}

/** The reason recorded for comments held because the article is pre-moderated. */
export const PRE_MODERATION_REASON = 'pre-moderation';

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
  if (input.repeated) holds.push('same text as an earlier comment on this article');
  if (holds.length > 0) return { status: 'pending', reason: holds.join('; ') };
  if (input.moderation === 'pre') return { status: 'pending', reason: PRE_MODERATION_REASON };
  return { status: 'approved', reason: null };
}
