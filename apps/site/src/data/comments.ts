/**
 * @module
 * Readers' comments from the API: an article's threads, and posting a comment on a reader's
 * behalf. The site passes on the reader's address in `X-Forwarded-For`, so the API's per-reader
 * rate limit counts readers rather than the site; the API believes it only from the proxies in
 * its `TRUST_PROXY`, which must include the site's address.
 */
import { Slug } from '@dateline/model';
import type { CommentSubmission } from '../lib/comment-form.ts';
import { api } from './client.ts';
import { ApiResponseError, ApiUnavailableError } from './errors.ts';
import { callApi, unavailable } from './request.ts';

/** An approved comment with the approved replies beneath it. */
export interface CommentThread {
  id: string;
  parentId: string | null;
  authorName: string;
  /** Plain text. */
  body: string;
  createdAt: string;
  replies: CommentThread[];
}

/** One page of an article's threads, oldest first. */
export interface CommentThreads {
  items: CommentThread[];
  /** Visible comments, replies included, across all pages. */
  total: number;
  nextCursor: string | null;
}

/** A page of threads as the typed client gives it: below the first level its JSON typing gives up on the nesting. */
interface ThreadsJson {
  items: (Omit<CommentThread, 'replies'> & { replies: unknown })[];
  nextCursor: string | null;
  total: number;
}

/**
 * The threads of `page` (the API's answer, or an article's `comments`) with every reply read as
 * a comment: each field the site shows is checked rather than the whole tree cast.
 *
 * @throws {ApiResponseError} (502) when a reply is not a comment.
 *
 * @example
 * threadsFromJson({ items: [], nextCursor: null, total: 0 }).items; // []
 */
export function threadsFromJson(page: ThreadsJson): CommentThreads {
  return { items: page.items.map(threadFrom), nextCursor: page.nextCursor, total: page.total };
}

function threadFrom(value: unknown): CommentThread {
  const node: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  const { id, parentId, authorName, body, createdAt, replies } = node;
  if (
    isText(id) &&
    (parentId === null || isText(parentId)) &&
    isText(authorName) &&
    isText(body) &&
    isText(createdAt) &&
    Array.isArray(replies)
  ) {
    return { id, parentId, authorName, body, createdAt, replies: replies.map(threadFrom) };
  }
  throw new ApiResponseError(502, 'comments: the API sent a reply that is not a comment');
}

const isText = (field: unknown): field is string => typeof field === 'string';

/**
 * Top-level comments per page (their replies come with them): the API's default, the size of the
 * first page it sends with the article (see `getArticleWith`), so every page is the same size.
 */
export const THREADS_PER_PAGE = 50;

/**
 * A page of the approved comments of `slug`, or null when there is no such public article.
 * `fresh` asks any cache between the site and the API to revalidate, for the reader who has
 * just posted and expects to see their comment.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 * @throws {ApiResponseError} when the API refuses the cursor (400).
 */
export async function listComments(
  slug: string,
  options: { cursor?: string | undefined; fresh?: boolean } = {},
): Promise<CommentThreads | null> {
  if (!Slug.safeParse(slug).success) return null;
  const { client, timeoutMs } = api();
  const query = { limit: String(THREADS_PER_PAGE), ...(options.cursor && { cursor: options.cursor }) };
  const headers: Record<string, string> = options.fresh ? { 'cache-control': 'no-cache' } : {};
  return callApi(
    `comments on ${slug}`,
    timeoutMs,
    (init) => client.v1.articles[':slug'].comments.$get({ param: { slug }, query }, { init, headers }),
    async (res) => threadsFromJson(await res.json()),
  );
}

/** What became of a comment the site posted. */
export type PostOutcome =
  /** Shown at once. */
  | { outcome: 'approved'; id: string }
  /** Awaiting a moderator (or silently refused: the API does not say). */
  | { outcome: 'held'; id: string }
  /** The API refused a field; each is named. */
  | { outcome: 'invalid'; errors: { path: string; message: string }[] }
  | { outcome: 'closed' }
  | { outcome: 'too-fast'; retryAfterSeconds: number }
  | { outcome: 'no-article' };

/** The reader the site posts for: the `X-Forwarded-For` chain ending with the reader's address. */
export interface PostOptions {
  forwardedFor?: string | undefined;
}

/**
 * Posts a reader's comment on `slug`.
 *
 * @throws {ApiUnavailableError} when the API is down, slow or fails.
 * @throws {ApiResponseError} on an answer the site cannot act on (413, 415…).
 *
 * @example
 * const result = await postComment('night-ferry', { authorName: 'Ana', body: 'Thanks.' }, { forwardedFor: '203.0.113.9' });
 */
export async function postComment(slug: string, submission: CommentSubmission, options: PostOptions = {}): Promise<PostOutcome> {
  if (!Slug.safeParse(slug).success) return { outcome: 'no-article' };
  const { client, timeoutMs } = api();
  const what = `posting a comment on ${slug}`;
  const signal = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {};
  try {
    const res = await client.v1.articles[':slug'].comments.$post({ param: { slug }, json: submission }, { init: { signal }, headers });
    switch (res.status) {
      case 201:
        return { outcome: 'approved', id: (await res.json()).id };
      case 202:
        return { outcome: 'held', id: (await res.json()).id };
      case 400:
        return { outcome: 'invalid', errors: (await res.json()).errors ?? [] };
      case 403:
        await res.body?.cancel();
        return { outcome: 'closed' };
      case 404:
        await res.body?.cancel();
        return { outcome: 'no-article' };
      case 429: {
        await res.body?.cancel();
        const seconds = Number(res.headers.get('retry-after'));
        return { outcome: 'too-fast', retryAfterSeconds: Number.isInteger(seconds) && seconds > 0 ? seconds : 60 };
      }
      default:
        await res.body?.cancel();
        if (res.status >= 500) throw new ApiUnavailableError(`${what}: the API answered ${res.status}`);
        throw new ApiResponseError(res.status, `${what}: the API answered ${res.status}`);
    }
  } catch (error) {
    if (error instanceof ApiUnavailableError || error instanceof ApiResponseError) throw error;
    throw unavailable(what, error, timeoutMs);
  }
}
