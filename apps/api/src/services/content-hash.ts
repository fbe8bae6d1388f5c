/**
 * @module
 * The content hash that makes imports idempotent: the same article content always hashes the
 * same, however its source file ordered keys or spelled defaults.
 */
import { createHash } from 'node:crypto';
import { ArticleInput } from '@dateline/model';

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
 * SHA-256 (hex) of the validated input without its slug: the slug is where an article lives, not
 * what it says, so the same content under another slug hashes the same and is a duplicate.
 * Throws the `ZodError` of invalid input.
 *
 * @example
 * contentHash({ headline: 'Ferry returns', body: [{ type: 'paragraph', content: [{ type: 'text', text: 'It sailed.' }] }] });
 * // '3f1c…' (64 hex digits)
 */
export function contentHash(input: ArticleInput): string {
  const { slug: _slug, ...content } = ArticleInput.parse(input);
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
