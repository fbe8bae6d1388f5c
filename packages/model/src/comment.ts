/**
 * @module
 * Readers' comments. The body is plain text and is never interpreted as HTML; an e-mail address,
 * when given, is kept for moderators and never appears in public output.
 */
import * as z from 'zod';
import { Timestamp } from './common.ts';

/**
 * Where a comment stands in moderation.
 *
 * @example
 * CommentStatus.parse('pending');
 */
export const CommentStatus = z
  .enum(['pending', 'approved', 'rejected', 'spam'])
  .meta({ id: 'CommentStatus', description: 'Only approved comments are public.' });
export type CommentStatus = z.infer<typeof CommentStatus>;

/**
 * A comment as a reader submits it.
 *
 * @example
 * CommentInput.parse({ authorName: 'Ana', body: 'Thanks for this.' });
 */
export const CommentInput = z
  .object({
    authorName: z.string().trim().min(1).max(100).meta({ description: 'The name shown with the comment.' }),
    body: z.string().trim().min(1).max(5000).meta({ description: 'Plain text, up to 5,000 characters.' }),
    parentId: z.string().min(1).optional().meta({ description: 'The comment this one replies to.' }),
    email: z.email().max(254).optional().meta({ description: 'For moderators only; never shown publicly.' }),
  })
  .meta({ id: 'CommentInput', description: 'A comment as submitted by a reader.' });
export type CommentInput = z.input<typeof CommentInput>;

/**
 * A comment as shown publicly.
 *
 * @example
 * Comment.parse({ id: 'c1', articleSlug: 'river-path', parentId: null, authorName: 'Ana', body: 'Thanks.', status: 'approved', createdAt: '2026-05-08T09:30:00Z' });
 */
export const Comment = z
  .object({
    id: z.string().min(1),
    articleSlug: z.string().min(1),
    parentId: z.string().nullable(),
    authorName: z.string(),
    body: z.string().meta({ description: 'Plain text.' }),
    status: CommentStatus,
    createdAt: Timestamp,
  })
  .meta({ id: 'Comment', description: 'A comment (never includes the e-mail address).' });
export type Comment = z.infer<typeof Comment>;
