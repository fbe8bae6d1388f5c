/**
 * @module
 * The identity of a story for duplicate detection: what a reader sees as the story (headline,
 * standfirst and body), and nothing about where it is filed (slug, tags, section) or when; and
 * the revision of a stored article, for telling whether a save changes anything.
 */
import { createHash } from 'node:crypto';
import { type Article, canonicalJson, storyJson } from '@dateline/model/core';

export { canonicalJson } from '@dateline/model/core';

/**
 * SHA-256 in hex: the digest of every hash a save is compared by.
 *
 * @example
 * sha256Hex('abc').length; // 64
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * SHA-256 (hex) of the headline, standfirst and body of validated article content. A stored
 * `Article` and the `ArticleInput` it was prepared from hash the same.
 *
 * @example
 * storyHash(article) === storyHash(ArticleInput.parse(input)); // true
 */
export function storyHash(story: Pick<Article, 'headline' | 'standfirst' | 'body'>): string {
  return sha256Hex(storyJson(story));
}

/**
 * SHA-256 (hex) of everything stored about an article but its id and timestamps of creation and
 * change: what a save compares when the caller gives no revision hash of its own, so that any
 * change (a status, a tag) is written and a save of the same article is not.
 *
 * @example
 * articleRevisionHash({ ...article, updatedAt: new Date().toISOString() }) === articleRevisionHash(article); // true
 */
export function articleRevisionHash(article: Article): string {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = article;
  return sha256Hex(canonicalJson(rest));
}
