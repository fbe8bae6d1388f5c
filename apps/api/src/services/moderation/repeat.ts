/**
 * @module
 * Spotting the same comment posted again: bots and angry readers repeat themselves, often with
 * different spacing or capitals, so texts are compared after normalising both.
 */
import { createHash } from 'node:crypto';
import { foldLookalikes } from './comment-skeleton.ts';

/**
 * `text` with look-alikes folded as the word filters fold them (`foldLookalikes`: compatibility
 * forms, case, invisible characters, confusable letters, accents) and every run of whitespace
 * made one space.
 *
 * @example
 * normaliseCommentText('  Great\n\nARTICLE ! '); // 'great article !'
 */
export function normaliseCommentText(text: string): string {
  return foldLookalikes(text);
}

/**
 * SHA-256 (hex) of the normalised text: equal for texts that differ only in spacing or case.
 *
 * @example
 * commentContentHash('Great article') === commentContentHash('great   ARTICLE'); // true
 */
export function commentContentHash(text: string): string {
  return createHash('sha256').update(normaliseCommentText(text)).digest('hex');
}
