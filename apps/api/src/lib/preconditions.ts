/**
 * @module
 * `If-Match` on article writes (RFC 9110 §13.1.1): a write made against an article that changed
 * since the client read it is refused with 412 instead of overwriting the other change. The
 * entity tag of an article is the one its plain `GET` carries (the hash of its JSON), so the tag
 * of a read, or of the answer to the last write, is what a client sends back.
 */
import type { Article } from '@dateline/model';
import type { Context } from 'hono';
import { Article as ArticleSchema } from '@dateline/model';
import { ENCODINGS, encodedEtag } from '@dateline/http';
import { z } from '@hono/zod-openapi';
import { etagFor } from './etag.ts';
import { Problem, PROBLEM_MEDIA_TYPE, problemBody } from './problem.ts';
import { requestHeader } from './request-header.ts';
import type { AppBindings } from './types.ts';

/**
 * The strong entity tag of `article` as `GET /v1/articles/{slug}` serves it.
 *
 * @example
 * res.headers.set('ETag', articleEtag(article));
 */
export function articleEtag(article: Article): string {
  return etagFor(JSON.stringify(article));
}

/**
 * Whether an `If-Match` value holds for `current` (null when there is no article): `*` for any
 * article, else one of the listed tags by strong comparison (a weak tag never matches). The tag
 * of the article sent compressed (`"…-br"`, see `encodedEtag`) names the same article, so it
 * matches as the plain one does: a browser reads the article in Brotli and sends that tag back.
 *
 * @example
 * ifMatchHolds('"abc", "def"', article);
 */
function ifMatchHolds(header: string, current: Article | null): boolean {
  if (current === null) return false;
  if (header.trim() === '*') return true;
  const etag = articleEtag(current);
  const tags = new Set([etag, ...ENCODINGS.map((encoding) => encodedEtag(etag, encoding))]);
  return header.split(',').some((tag) => tags.has(tag.trim()));
}

/**
 * The request's `If-Match` as a precondition for the editing services; undefined without one.
 *
 * @example
 * await patchArticle(store, slug, patch, { now, precondition: ifMatchOf(c) });
 */
export function ifMatchOf(c: Context<AppBindings>): ((current: Article | null) => boolean) | undefined {
  const header = requestHeader(c, 'if-match');
  if (header === undefined) return undefined;
  return (current) => ifMatchHolds(header, current);
}

/**
 * The 412 answer to a write whose `If-Match` is stale, with the stored article in `current` so
 * the client can show the other change (null when the article is gone).
 *
 * @example
 * if (result.kind === 'stale') return preconditionFailed(c, result.current);
 */
export function preconditionFailed(c: Context<AppBindings>, current: Article | null) {
  const detail =
    current === null
      ? 'The article no longer exists; it was deleted after you read it.'
      : 'The article changed after you read it; `current` is the stored article and its ETag is in the ETag header. Merge your change into it and send it again with If-Match set to that ETag.';
  const body = { ...problemBody(412, { title: 'Precondition failed', detail }, c.req.path), current };
  const headers: Record<string, string> = {
    'Content-Type': PROBLEM_MEDIA_TYPE,
    ...(current === null ? {} : { ETag: articleEtag(current) }),
  };
  return c.json(body, 412, headers);
}

/** The body of a 412: a problem with the stored article. */
const StaleProblem = Problem.extend({
  current: ArticleSchema.nullable().meta({ description: 'The article as stored now; null when it was deleted.' }),
}).meta({ id: 'StaleProblem', description: 'RFC 9457 problem details of a stale If-Match, with the current article.' });

/**
 * The `responses` entry of a 412.
 *
 * @example
 * responses: { 412: staleContent }
 */
export const staleContent = {
  content: { [PROBLEM_MEDIA_TYPE]: { schema: StaleProblem } },
  description:
    '`If-Match` does not match the stored article: it changed (or was deleted) since it was read. `current` is the stored article, and the ETag header its tag.',
} as const;

/** The `If-Match` request header of article writes, for the OpenAPI document. */
export const IfMatchHeaders = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({
      description:
        'The ETag of the article as last read with `GET /v1/articles/{slug}` (without `include`) or as the last write answered, or `*`: ' +
        'the write is refused with 412 when the stored article has another.',
    }),
});
