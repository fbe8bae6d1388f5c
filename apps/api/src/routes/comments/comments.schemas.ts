/**
 * @module
 * The schemas of the comment routes, built on the model's `Comment` and `CommentStatus` so the
 * OpenAPI document, the validation and the typed client describe the same thing.
 */
import { Comment, CommentStatus, Slug } from '@dateline/model';
import { z } from '@hono/zod-openapi';
import { MAX_THREAD_DEPTH, type ThreadedComment as ThreadedCommentType } from '../../services/comments-tree.ts';
import { cursor, nextCursor } from '../../lib/page-schemas.ts';
import { HOLD_REASONS } from '../../services/moderation/screen.ts';
import { BLOCK_KINDS } from '../../store/comment-block-store.ts';

/** Optional text fields: a plain form sends empty strings for fields left blank; they count as absent. */
function optional<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string({ error: 'must be text' })
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(schema.optional())
    .optional();
}

// Control characters have no place in a comment (and PostgreSQL cannot store NUL); a body keeps its line breaks and tabs.
const NO_CONTROLS_IN_NAME = /^[^\u0000-\u001f\u007f]*$/u;
const NO_CONTROLS_IN_BODY = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u;

const required = (what: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`),
});

/** A reader's comment as posted, as JSON or as form fields (same names). */
export const CommentSubmission = z
  .object({
    authorName: z
      .string(required('text'))
      .trim()
      .min(1, 'must not be empty')
      .max(100, 'must be at most 100 characters')
      .regex(NO_CONTROLS_IN_NAME, 'must be one line without control characters')
      .meta({ description: 'The name shown with the comment.', example: 'Ana Ribeiro' }),
    body: z
      .string(required('text'))
      .trim()
      .min(1, 'must not be empty')
      .max(5000, 'must be at most 5000 characters')
      .regex(NO_CONTROLS_IN_BODY, 'must not contain control characters other than line breaks and tabs')
      .meta({ description: 'Plain text, up to 5,000 characters; shown exactly as typed (trimmed), never as HTML.' }),
    parentId: optional(z.string().max(100, 'must be at most 100 characters')).meta({
      description: 'The approved comment of the same article this one replies to.',
    }),
    email: optional(z.email({ error: 'must be an e-mail address' }).max(254, 'must be at most 254 characters')).meta({
      description: 'For moderators only; never shown or returned.',
    }),
    website: optional(z.string().max(2000, 'must be at most 2000 characters')).meta({
      description: 'Leave empty. A field people never see (a honeypot): a comment that fills it in is treated as spam.',
    }),
  })
  .meta({ id: 'CommentSubmission', description: 'A comment as a reader submits it.' });

const limit = (fallback: number) => {
  const message = 'must be an integer from 1 to 100';
  return z.coerce
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(100, { error: message })
    .default(fallback)
    .meta({ description: 'Page size, 1 to 100.', example: fallback });
};

/** Query parameters of `GET /v1/articles/{slug}/comments`. */
export const ThreadQuery = z.object({
  order: z
    .enum(['oldest', 'newest'], { error: 'must be oldest or newest' })
    .default('oldest')
    .meta({ description: 'Of top-level comments, by time; replies are always oldest first.' }),
  limit: limit(50).meta({ description: 'Top-level comments per page, 1 to 100 (replies come with them).' }),
  cursor,
});

interface RecursiveThread extends Omit<Comment, 'status'> {
  replies: RecursiveThread[];
}
const RecursiveThread: z.ZodType<RecursiveThread> = Comment.omit({ status: true })
  .extend({
    get replies() {
      return z.array(RecursiveThread).meta({
        description: `Approved replies, oldest first. Nesting stops at depth ${MAX_THREAD_DEPTH} (a top-level comment is at 0): deeper replies are listed beside their parent.`,
      });
    },
  })
  .meta({ id: 'ThreadedComment', description: 'An approved comment and the approved replies beneath it.' });

/**
 * An approved comment with its replies: one recursive component in the OpenAPI document, typed for
 * the client with the depth limit the service keeps to (see `buildThreads`).
 */
const ThreadedComment = RecursiveThread as unknown as z.ZodType<ThreadedCommentType>;

/** A page of an article's threads. */
export const CommentThreadList = z
  .object({
    items: z.array(ThreadedComment),
    nextCursor,
    total: z.int().nonnegative().meta({ description: 'Visible comments of the article, replies included, across all pages.' }),
  })
  .meta({ id: 'CommentThreadList', description: 'Approved comments of an article, as threads.' });

/** The answer to a comment that is not shown at once. */
export const HeldComment = Comment.extend({
  status: z.literal('pending'),
  message: z.string().meta({ description: 'For the reader: the comment awaits moderation.' }),
}).meta({ id: 'HeldComment', description: 'A comment received but not yet shown.' });

/** A comment as moderators see it. */
export const ModeratedComment = Comment.extend({
  email: z.string().nullable().meta({ description: 'As the reader gave it.' }),
  heldReason: z.string().nullable().meta({ description: 'Why it was held, rejected or marked as spam on arrival.' }),
  heldFor: z.array(z.enum(HOLD_REASONS)).meta({ description: 'Why it was held, as codes (empty for a comment that was not held).' }),
}).meta({ id: 'ModeratedComment', description: 'A comment with what only moderators see.' });

/** Query parameters of `GET /v1/comments`. */
export const ModerationQuery = z.object({
  status: z
    .union([CommentStatus, z.literal('any')], { error: 'must be pending, approved, rejected, spam or any' })
    .default('pending')
    .meta({
      description:
        'Which comments to list (default: those awaiting moderation); `any`: every status, e.g. with `email` for what one commenter wrote.',
    }),
  article: Slug.optional().meta({ description: 'Only comments on this article (slug).' }),
  email: z
    .email({ error: 'must be an e-mail address' })
    .max(320)
    .optional()
    .meta({ description: 'Only comments given with this e-mail address (in any case).' }),
  order: z.enum(['newest', 'oldest'], { error: 'must be newest or oldest' }).default('newest').meta({ description: 'By time posted.' }),
  limit: limit(20),
  cursor,
});

/** A page of the moderation queue. */
export const ModerationList = z
  .object({
    items: z.array(ModeratedComment),
    nextCursor,
    total: z.int().nonnegative().meta({ description: 'Comments with this status (and article), across all pages.' }),
  })
  .meta({ id: 'ModerationList', description: 'Comments of one status (or any), newest or oldest first.' });

/** The body of `PATCH /v1/comments/{id}`. */
export const CommentStatusUpdate = z
  .object({ status: CommentStatus })
  .meta({ id: 'CommentStatusUpdate', description: 'The new moderation status.' });

/** The `{id}` of a comment. */
export const CommentIdParams = z.object({
  id: z.string().min(1).max(100).meta({ description: 'The comment id.', example: '0b7e2a4c-3d1f-4c55-9a8e-2f1f5e7d9c10' }),
});

/** The `{slug}` of an article. */
export const ArticleSlugParams = z.object({
  slug: z.string().max(200).meta({ description: 'The article slug.', example: 'city-council-votes-on-river-path' }),
});

/** A blocked commenter. */
export const CommentBlockSchema = z
  .object({
    id: z.string(),
    kind: z
      .enum(BLOCK_KINDS)
      .meta({ description: '`email`: the address given with comments; `address`: the client address they come from.' }),
    value: z.string(),
    reason: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CommentBlock', description: 'A commenter whose new comments are held for a moderator.' });

/** `POST /v1/comments/blocks`: from a comment in the queue, or an address given outright. */
export const CommentBlockBody = z
  .object({
    commentId: z.string().min(1).max(100).optional().meta({
      description:
        "Block this comment's e-mail address, or with `by: address` the client address it came from (and hold nothing already posted).",
    }),
    by: z
      .enum(['email', 'address'], { error: 'must be email or address' })
      .optional()
      .meta({ description: 'With `commentId`: what of the comment to block (default `email`).' }),
    email: z.email('must be an e-mail address').max(320).optional(),
    address: z
      .union([z.ipv4(), z.ipv6()], { error: 'must be an IPv4 or IPv6 address' })
      .optional()
      .meta({ description: 'A client address, as the API sees it (after `TRUST_PROXY`).' }),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((b) => [b.commentId, b.email, b.address].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of commentId, email or address',
    path: ['commentId'],
  })
  .refine((b) => b.by === undefined || b.commentId !== undefined, { message: 'goes with commentId only', path: ['by'] })
  .meta({ id: 'CommentBlockInput' });

/** `{id}` of a block. */
export const BlockIdParams = z.object({ id: z.string().min(1).max(100) });

/** The list of blocks. */
export const CommentBlockList = z.object({ items: z.array(CommentBlockSchema) }).meta({ id: 'CommentBlockList' });

/** What awaits moderation. */
export const ModerationCounts = z
  .object({
    pending: z.int().nonnegative().meta({ description: 'Comments awaiting a moderator.' }),
    byReason: z
      .record(z.enum(HOLD_REASONS), z.int().nonnegative())
      .meta({ description: 'Pending comments held for each reason (a comment held for two counts under both).' }),
  })
  .meta({ id: 'ModerationCounts', description: 'Counts of the moderation queue.' });
