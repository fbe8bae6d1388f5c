/**
 * @module
 * The moderation queue's keyboard and wording, kept apart from the page so they can be tested
 * (and so the keys documented on the page are the keys that work).
 */
import type { Decision, HoldReason } from '../data/moderation.ts';

/** What a key does in the queue. */
export type QueueCommand = { move: 1 | -1 } | { decide: Decision } | { toggle: true };

/** The queue's keys, for the page's help and `commandFor`. */
export const QUEUE_KEYS: readonly { keys: readonly string[]; label: string; command: QueueCommand }[] = [
  { keys: ['ArrowDown', 'j'], label: 'Next comment', command: { move: 1 } },
  { keys: ['ArrowUp', 'k'], label: 'Previous comment', command: { move: -1 } },
  { keys: ['a'], label: 'Approve', command: { decide: 'approved' } },
  { keys: ['r'], label: 'Reject', command: { decide: 'rejected' } },
  { keys: ['s'], label: 'Mark as spam', command: { decide: 'spam' } },
  { keys: ['x'], label: 'Select or unselect', command: { toggle: true } },
];

/** How a key is written in the page's help. */
export function keyName(key: string): string {
  return key === 'ArrowDown' ? '↓' : key === 'ArrowUp' ? '↑' : key;
}

/**
 * The command of a key press, or null for keys the queue leaves alone: any key with Control,
 * Alt or Meta (the browser's and the screen reader's own), and keys typed into a field.
 *
 * @example
 * commandFor({ key: 'a', ctrlKey: false, altKey: false, metaKey: false }, false); // { decide: 'approved' }
 * commandFor({ key: 'a', ctrlKey: true, altKey: false, metaKey: false }, false); // null
 */
export function commandFor(
  event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean },
  inField: boolean,
): QueueCommand | null {
  if (inField || event.ctrlKey || event.altKey || event.metaKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return QUEUE_KEYS.find((k) => k.keys.includes(key))?.command ?? null;
}

/** Each hold reason as moderators read it. */
export const REASON_LABELS: Record<HoldReason, string> = {
  'pre-moderation': 'Pre-moderation',
  'suspect-word': 'Suspect word',
  links: 'Links',
  repeat: 'Repeated text',
  rate: 'Posting fast',
  blocked: 'Blocked commenter',
};

/** A decision as a past participle, for announcements. */
const DECISION_DONE: Record<Decision, string> = { approved: 'Approved', rejected: 'Rejected', spam: 'Marked as spam' };

/**
 * The announcement after decisions: what was done, to how many, and what is left.
 *
 * @example
 * decisionMessage('approved', 2, 0, 5); // 'Approved 2 comments. 5 left.'
 */
export function decisionMessage(decision: Decision, done: number, failed: number, left: number): string {
  const what = done === 1 ? '1 comment' : `${done} comments`;
  const failure = failed > 0 ? ` ${failed} could not be changed.` : '';
  return `${DECISION_DONE[decision]} ${what}.${failure} ${left === 0 ? 'The queue is empty.' : `${left} left.`}`;
}

/**
 * The navigation's label for the queue.
 *
 * @example
 * navLabel(3); // 'Comments (3 waiting)'
 * navLabel(null); // 'Comments'
 */
export function navLabel(pending: number | null | undefined): string {
  return pending === null || pending === undefined ? 'Comments' : `Comments (${pending} waiting)`;
}
