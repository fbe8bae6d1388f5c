/**
 * @module
 * Handlers of the moderation routes. The role check runs before them (route middleware).
 */
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { deleteComment, listModerationQueue, moderateComment } from '../../services/comments-moderation.ts';
import { principalOf } from '../../lib/auth.ts';
import { blockCommenter, moderationCounts, NothingToBlockError } from '../../services/moderation/blocks.ts';
import type * as routes from './moderation.routes.ts';

const noComment = (id: string) => ({ detail: `No comment has the id "${id}".` });

/** Comments of one status, in the order asked for; a cursor the store did not issue is a 400 naming `cursor`. */
export const queue: AppRouteHandler<typeof routes.queue> = async (c) => {
  return c.json(await listModerationQueue(c.var.store, c.req.valid('query')), 200);
};

/** The comment with its new status, or 404. */
export const update: AppRouteHandler<typeof routes.update> = async (c) => {
  const { id } = c.req.valid('param');
  const comment = await moderateComment(c.var.store, id, c.req.valid('json').status);
  if (!comment) return problem(c, 404, noComment(id));
  return c.json(comment, 200);
};

/** 204 once the comment and its replies are gone, or 404. */
export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { id } = c.req.valid('param');
  if ((await deleteComment(c.var.store, id)) === 0) return problem(c, 404, noComment(id));
  return c.body(null, 204);
};

/** Pending comments, in all and by reason. */
export const counts: AppRouteHandler<typeof routes.counts> = async (c) => c.json(await moderationCounts(c.var.store), 200);

/** Every block, newest first. */
export const listBlocks: AppRouteHandler<typeof routes.listBlocks> = async (c) =>
  c.json({ items: await c.var.store.listCommentBlocks() }, 200);

/** 201 with the block, 200 when it existed, 404 for an unknown comment, 422 for a comment without e-mail. */
export const block: AppRouteHandler<typeof routes.block> = async (c) => {
  const { reason, ...target } = c.req.valid('json');
  try {
    const result = await blockCommenter(c.var.store, target as Parameters<typeof blockCommenter>[1], {
      reason,
      by: principalOf(c)?.id ?? null,
      now: c.var.now(),
    });
    if (!result) return problem(c, 404, noComment(target.commentId ?? ''));
    return c.json(result.block, result.created ? 201 : 200);
  } catch (err) {
    if (!(err instanceof NothingToBlockError)) throw err;
    return problem(c, 422, { detail: err.message, errors: [{ path: 'commentId', message: err.message }] });
  }
};

/** 204, or 404. */
export const unblock: AppRouteHandler<typeof routes.unblock> = async (c) => {
  const { id } = c.req.valid('param');
  if (!(await c.var.store.removeCommentBlock(id))) return problem(c, 404, { detail: `No block has the id "${id}".` });
  return c.body(null, 204);
};
