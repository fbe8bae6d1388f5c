/**
 * @module
 * Handlers of the moderation routes. The role check runs before them (route middleware).
 */
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { deleteComment, listModerationQueue, moderateComment } from '../../services/comments-moderation.ts';
import { InvalidCursorError } from '../../store/store.ts';
import type * as routes from './moderation.routes.ts';

const noComment = (id: string) => ({ detail: `No comment has the id "${id}".` });

/** Comments of one status, newest first; a cursor the store did not issue is a 400 naming `cursor`. */
export const queue: AppRouteHandler<typeof routes.queue> = async (c) => {
  try {
    return c.json(await listModerationQueue(c.var.store, c.req.valid('query')), 200);
  } catch (err) {
    if (!(err instanceof InvalidCursorError)) throw err;
    return problem(c, 400, {
      title: 'Invalid request',
      detail: `Invalid query parameters: cursor: ${err.message}.`,
      errors: [{ path: 'cursor', message: err.message }],
    });
  }
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
