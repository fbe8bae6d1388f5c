/**
 * @module
 * The hashes that make imports idempotent and find duplicates: the same content always hashes the
 * same, however its source file ordered keys or spelled defaults.
 */
import { type ArticleInput, revisionJson, storyJson, validateArticleInput } from '@dateline/model/core';
import { sha256Hex } from '../store/story-hash.ts';

export { canonicalJson } from '../store/story-hash.ts';

/**
 * SHA-256 (hex) of the story a reader sees: the validated headline, standfirst and body. Where
 * the story is filed (slug, section, tags) and when it ran do not count, so the same story under
 * other tags or another slug hashes the same and is a duplicate. Throws the `ZodError` of invalid
 * input.
 *
 * @example
 * contentHash({ headline: 'Ferry returns', body: [{ type: 'paragraph', content: [{ type: 'text', text: 'It sailed.' }] }] });
 * // '3f1c…' (64 hex digits)
 */
export function contentHash(input: ArticleInput): string {
  return sha256Hex(storyJson(validateArticleInput(input)));
}

/**
 * SHA-256 (hex) of everything supplied but the slug (the slug is where an article lives, not what
 * it says): equal to the stored one means a save would change nothing. Throws the `ZodError` of
 * invalid input.
 *
 * @example
 * revisionHash({ ...input, tags: [{ name: 'Ferries' }] }) !== revisionHash(input); // true, while contentHash is equal
 */
export function revisionHash(input: ArticleInput): string {
  return sha256Hex(revisionJson(validateArticleInput(input)));
}
