/**
 * @module
 * Counting links in a comment, to hold link-heavy comments for a moderator (WordPress holds a
 * comment with more than two links by default; spam is mostly links).
 */
import { visibleText } from './comment-skeleton.ts';

/** More links than this hold a comment for moderation. */
const MAX_LINKS = 2;

// A link is what a reader's browser or mail client would make clickable: a scheme or `www.`.
// Bare names such as `example.com` are not counted: they are too often ordinary words in news talk.
const LINK = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"']+/giu;

/**
 * How many links `text` contains: addresses starting with `http://`, `https://` or `www.`.
 *
 * @example
 * countLinks('See https://example.org and www.example.net'); // 2
 */
export function countLinks(text: string): number {
  // Counted as a browser shows the text: fullwidth letters folded, invisible characters gone.
  return visibleText(text).match(LINK)?.length ?? 0;
}

/**
 * Why `text` should be held for its links, or null when it has `MAX_LINKS` or fewer.
 *
 * @example
 * linkHoldReason('a http://a.example b http://b.example c http://c.example'); // '3 links (more than 2)'
 */
export function linkHoldReason(text: string, maxLinks = MAX_LINKS): string | null {
  const n = countLinks(text);
  return n > maxLinks ? `${n} links (more than ${maxLinks})` : null;
}
