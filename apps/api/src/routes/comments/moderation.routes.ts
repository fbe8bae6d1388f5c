/**
 * @module
 * Contracts of the moderation routes (moderator, editor or admin): the queue, status changes and
 * deletion.
 */
import { createRoute } from '@hono/zod-openapi';
import { BEARER_SECURITY, requireRole } from '../../lib/auth.ts';
import { COMMENT_BODY_LIMIT, bodyLimit } from '../../lib/body-limit.ts';
import { acceptContentTypes } from '../../lib/content-type.ts';
import { problemContent } from '../../lib/problem.ts';
import {
  BlockIdParams,
  CommentBlockBody,
  CommentBlockList,
  CommentBlockSchema,
  CommentIdParams,
  CommentStatusUpdate,
  ModeratedComment,
  ModerationCounts,
  ModerationList,
  ModerationQuery,
} from './comments.schemas.ts';

const tags = ['Moderation'];
const auth = {
  401: problemContent('No valid API token was sent.'),
  403: problemContent('The token or account is not a moderator, editor or admin.'),
} as const;

/** `GET /v1/comments`: comments of one status, newest or oldest first. */
export const queue = createRoute({
  method: 'get',
  path: '/v1/comments',
  tags,
  summary: 'List comments for moderation',
  description:
    'Comments of one status (default `pending`, or `any`) on any article, newest first unless `order=oldest`, with the e-mail address and why each was held. ' +
    "With `email`: one commenter's comments.",
  security: BEARER_SECURITY,
  middleware: [requireRole('moderator')],
  request: { query: ModerationQuery },
  responses: {
    200: { content: { 'application/json': { schema: ModerationList } }, description: 'A page of comments.' },
    400: problemContent('A query parameter is invalid (each one is named in `errors`).'),
    ...auth,
  },
});

/** `PATCH /v1/comments/{id}`: approve, reject or mark as spam. */
export const update = createRoute({
  method: 'patch',
  path: '/v1/comments/{id}',
  tags,
  summary: "Change a comment's status",
  description:
    'Approving shows the comment (and its approved replies); any other status hides it and everything beneath it, ' +
    'without deleting anything.',
  security: BEARER_SECURITY,
  middleware: [requireRole('moderator'), bodyLimit(COMMENT_BODY_LIMIT), acceptContentTypes(['application/json'])],
  request: {
    params: CommentIdParams,
    body: { content: { 'application/json': { schema: CommentStatusUpdate } }, required: true },
  },
  responses: {
    200: { content: { 'application/json': { schema: ModeratedComment } }, description: 'The comment with its new status.' },
    400: problemContent('The status is missing or not one of pending, approved, rejected, spam.'),
    ...auth,
    404: problemContent('No comment has this id.'),
  },
});

/** `DELETE /v1/comments/{id}`: delete a comment and its replies. */
export const remove = createRoute({
  method: 'delete',
  path: '/v1/comments/{id}',
  tags,
  summary: 'Delete a comment and its replies',
  description: 'Deletes the comment and every reply beneath it, for good. To hide a comment but keep it, reject it instead.',
  security: BEARER_SECURITY,
  middleware: [requireRole('moderator')],
  request: { params: CommentIdParams },
  responses: {
    204: { description: 'Deleted, with its replies.' },
    ...auth,
    404: problemContent('No comment has this id.'),
  },
});

/** `GET /v1/comments/moderation/counts`. */
export const counts = createRoute({
  method: 'get',
  path: '/v1/comments/moderation/counts',
  tags,
  summary: 'Count what awaits moderation',
  security: BEARER_SECURITY,
  middleware: [requireRole('moderator')],
  responses: {
    200: { content: { 'application/json': { schema: ModerationCounts } }, description: 'Pending comments, in all and by reason.' },
    ...auth,
  },
});

/** `GET /v1/comments/blocks`. */
export const listBlocks = createRoute({
  method: 'get',
  path: '/v1/comments/blocks',
  tags,
  summary: 'List blocked commenters',
  security: BEARER_SECURITY,
  middleware: [requireRole('moderator')],
  responses: { 200: { content: { 'application/json': { schema: CommentBlockList } }, description: 'Newest first.' }, ...auth },
});

/** `POST /v1/comments/blocks`. */
export const block = createRoute({
  method: 'post',
  path: '/v1/comments/blocks',
  tags,
  summary: 'Block a commenter',
  description:
    "By a comment's e-mail address (`commentId`, from the queue) or the client address it came from (`commentId` with `by: address`; the address itself is never shown), an e-mail address, or a client address. Their new comments are held for a moderator whatever the article's moderation; comments already posted are left as they are.",
  security: BEARER_SECURITY,
  middleware: [requireRole('moderator'), bodyLimit(4 * 1024), acceptContentTypes(['application/json'])],
  request: { body: { content: { 'application/json': { schema: CommentBlockBody } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: CommentBlockSchema } }, description: 'Already blocked: the existing block.' },
    201: { content: { 'application/json': { schema: CommentBlockSchema } }, description: 'Blocked.' },
    400: problemContent('A field is invalid (each one is named in `errors`).'),
    ...auth,
    404: problemContent('No comment has this id.'),
    422: problemContent('The comment has no e-mail address (or no recorded client address, with `by: address`).'),
  },
});

/** `DELETE /v1/comments/blocks/{id}`. */
export const unblock = createRoute({
  method: 'delete',
  path: '/v1/comments/blocks/{id}',
  tags,
  summary: 'Lift a block',
  security: BEARER_SECURITY,
  middleware: [requireRole('moderator')],
  request: { params: BlockIdParams },
  responses: { 204: { description: 'Lifted.' }, ...auth, 404: problemContent('No block has this id.') },
});
