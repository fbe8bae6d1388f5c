/**
 * @module
 * The comment moderation queue: held comments, what each commenter wrote before, the decisions
 * on them, blocks, and the counts the navigation shows.
 */
import type { Schemas } from '@dateline/client';
import type { CommentStatus } from '@dateline/model/core';
import { call, type Transport } from './http.ts';
import type { Role } from './types.ts';

/** A comment as moderators see it (the API's schema, as the client generates it). */
export type ModeratedComment = Schemas['ModeratedComment'];

/** Why a comment was held, as the API names it. */
export type HoldReason = ModeratedComment['heldFor'][number];

/** One page of the queue. */
export type ModerationPage = Schemas['ModerationList'];

/** What awaits moderation. */
export type ModerationCounts = Schemas['ModerationCounts'];

/** The order of the queue. */
export type QueueOrder = 'newest' | 'oldest';

/** A decision a moderator takes on a comment. */
export type Decision = Extract<CommentStatus, 'approved' | 'rejected' | 'spam'>;

/**
 * Whether a role may moderate comments (the API's check, so the desk shows what will work).
 *
 * @example
 * canModerate('editor'); // true
 * canModerate('contributor'); // false
 */
export function canModerate(role: Role): boolean {
  return role !== 'contributor';
}

/**
 * A page of comments awaiting moderation.
 *
 * @example
 * const page = await listHeldComments(transport, { order: 'oldest' });
 */
export async function listHeldComments(
  transport: Transport,
  options: { order?: QueueOrder; cursor?: string; limit?: number } = {},
): Promise<ModerationPage> {
  const query = new URLSearchParams({ status: 'pending', order: options.order ?? 'newest', limit: String(options.limit ?? 50) });
  if (options.cursor) query.set('cursor', options.cursor);
  return (await call<ModerationPage>(transport, 'GET', `/v1/comments?${query}`)).body;
}

/**
 * The latest comments given with an e-mail address, of any status.
 *
 * @example
 * const earlier = await commentsByEmail(transport, 'ana@example.org');
 */
export async function commentsByEmail(transport: Transport, email: string, limit = 10): Promise<ModerationPage> {
  const query = new URLSearchParams({ status: 'any', email, limit: String(limit) });
  return (await call<ModerationPage>(transport, 'GET', `/v1/comments?${query}`)).body;
}

/**
 * Approves, rejects or marks a comment as spam.
 *
 * @example
 * await decide(transport, id, 'approved');
 */
export async function decide(transport: Transport, id: string, decision: Decision): Promise<ModeratedComment> {
  return (await call<ModeratedComment>(transport, 'PATCH', `/v1/comments/${encodeURIComponent(id)}`, { body: { status: decision } })).body;
}

/**
 * Blocks a commenter: the e-mail address of a comment or the client address it came from
 * (`by: 'address'`; the address is never shown), or a client address; their new comments are
 * held whatever the article's moderation.
 *
 * @example
 * await blockCommenter(transport, { commentId: id });
 */
export async function blockCommenter(
  transport: Transport,
  target: { commentId: string; by?: 'email' | 'address' } | { address: string } | { email: string },
): Promise<{ id: string; kind: string; value: string }> {
  return (await call<{ id: string; kind: string; value: string }>(transport, 'POST', '/v1/comments/blocks', { body: target })).body;
}

/**
 * What awaits moderation, or null when the API cannot say (the navigation then shows no count).
 *
 * @example
 * const counts = await moderationCounts(transport);
 */
export async function moderationCounts(transport: Transport): Promise<ModerationCounts | null> {
  try {
    return (await call<ModerationCounts>(transport, 'GET', '/v1/comments/moderation/counts')).body;
  } catch {
    return null;
  }
}
