/**
 * @module
 * Contracts of the public comment routes: reading an article's threads and posting a comment.
 */
import { Comment } from '@dateline/model';
import { createRoute } from '@hono/zod-openapi';
import { COMMENT_BODY_LIMIT, bodyLimit } from '../../lib/body-limit.ts';
import { acceptContentTypes } from '../../lib/content-type.ts';
import { problemContent } from '../../lib/problem.ts';
import { postForm } from './post-comment.ts';
import { ArticleSlugParams, CommentSubmission, CommentThreadList, HeldComment, ThreadQuery } from './comments.schemas.ts';

/** The media types a comment may be posted in: JSON, or a form as a browser sends it. */
const COMMENT_MEDIA_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'] as const;

const tags = ['Comments'];

/** `GET /v1/articles/{slug}/comments`: the approved comments of a public article, as threads. */
export const list = createRoute({
  method: 'get',
  path: '/v1/articles/{slug}/comments',
  tags,
  summary: "List an article's comments",
  description:
    'Approved comments as threads: top-level comments in pages (oldest first unless asked otherwise), each with its ' +
    'approved replies nested beneath it. A reply to a comment that is not approved is not shown. Cached briefly by ' +
    'browsers and shared caches, so a new comment may take a few seconds to appear.',
  request: { params: ArticleSlugParams, query: ThreadQuery },
  responses: {
    200: { content: { 'application/json': { schema: CommentThreadList } }, description: 'A page of threads.' },
    304: { description: 'Not modified: the `If-None-Match` ETag is current.' },
    400: problemContent('A query parameter is invalid (each one is named in `errors`).'),
    404: problemContent('No public article has this slug.'),
  },
});

const postContract = {
  method: 'post',
  path: '/v1/articles/{slug}/comments',
  tags,
  summary: 'Post a comment',
  description:
    'A comment or a reply, as JSON or as a plain HTML form. It is shown at once (201) when the article is post-moderated ' +
    'and nothing about it looks suspect; otherwise it is held for a moderator (202). More than two links, a suspect ' +
    'word or the same text posted again on the article hold a comment; a banned word rejects it, but the answer is ' +
    'the same 202 as for a held comment. The e-mail address is never returned.',
  responses: {
    201: { content: { 'application/json': { schema: Comment } }, description: 'The comment, visible at once.' },
    202: { content: { 'application/json': { schema: HeldComment } }, description: 'The comment was received and awaits moderation.' },
    400: problemContent('A field is invalid (each one is named in `errors`), or `parentId` is not an approved comment of this article.'),
    403: problemContent('The article is closed to comments.'),
    404: problemContent('No public article has this slug.'),
    413: problemContent('The request body is larger than 20 KB.'),
    415: problemContent('The body is neither JSON nor form fields.'),
    429: {
      ...problemContent('Too many comments from this client in the last minute; `Retry-After` says how many seconds to wait.'),
      headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait before posting again.' } },
    },
  },
} as const;

/**
 * `POST /v1/articles/{slug}/comments` as routed and typed: a JSON body. Form bodies are answered
 * by `postForm`, in the route's middleware, before JSON validation; declaring both types here
 * would make the typed client demand both at once.
 */
export const post = createRoute({
  ...postContract,
  hide: true,
  middleware: [bodyLimit(COMMENT_BODY_LIMIT), acceptContentTypes(COMMENT_MEDIA_TYPES), postForm],
  request: {
    params: ArticleSlugParams,
    body: { content: { 'application/json': { schema: CommentSubmission } }, required: true },
  },
});

/** The same route as the OpenAPI document describes it: JSON or form fields. */
export const postDocumented = createRoute({
  ...postContract,
  request: {
    params: ArticleSlugParams,
    body: {
      content: {
        'application/json': { schema: CommentSubmission },
        'application/x-www-form-urlencoded': { schema: CommentSubmission },
      },
      required: true,
    },
  },
});
