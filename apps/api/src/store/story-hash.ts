/**
 * @module
 * The identity of a story for duplicate detection: what a reader sees as the story (headline,
 * standfirst and body), and nothing about where it is filed (slug, tags, section) or when; and
 * the revision of a stored article, for telling whether a save changes anything.
 */
import { createHash } from 'node:crypto';
import type { Article } from '@dateline/model';

/**
 * JSON with object keys sorted at every level and undefined members dropped, so equal values
 * always give the same text.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] }); // '{"a":[{"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

/**
 * SHA-256 (hex) of the headline, standfirst and body of validated article content. A stored
 * `Article` and the `ArticleInput` it was prepared from hash the same.
 *
 * @example
 * storyHash(article) === storyHash(ArticleInput.parse(input)); // true
 */
export function storyHash(story: Pick<Article, 'headline' | 'standfirst' | 'body'>): string {
  const { headline, standfirst, body } = story;
  return createHash('sha256').update(canonicalJson({ headline, standfirst, body })).digest('hex');
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
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}
