/**
 * @module
 * Handlers of entity merges, splits and aliases. The editor check runs before them.
 */
import { principalOf } from '../../lib/auth.ts';
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import { EntityMergeError } from '../../store/store.ts';
import type * as routes from './merges.routes.ts';

/** 201 with the merge and the articles changed, or 422 naming the field. */
export const merge: AppRouteHandler<typeof routes.merge> = async (c) => {
  const body = c.req.valid('json');
  try {
    return c.json(await c.var.store.mergeEntities({ ...body, createdBy: principalOf(c)?.id ?? null, now: c.var.now() }), 201);
  } catch (err) {
    if (!(err instanceof EntityMergeError)) throw err;
    return problem(c, 422, { detail: err.message, errors: [{ path: err.field, message: err.message }] });
  }
};

/** Every merge. */
export const list: AppRouteHandler<typeof routes.list> = async (c) => c.json({ items: await c.var.store.listEntityMerges() }, 200);

/** The merge undone, or 404. */
export const split: AppRouteHandler<typeof routes.split> = async (c) => {
  const { type, slug } = c.req.valid('param');
  const result = await c.var.store.splitEntity(type, slug);
  if (!result) return problem(c, 404, { detail: `The ${type} "${slug}" is not merged into another.` });
  return c.json(result, 200);
};

/** The entity's aliases, or 404. */
export const alias: AppRouteHandler<typeof routes.alias> = async (c) => {
  const { slug } = c.req.valid('param');
  const { type, name } = c.req.valid('json');
  const aliases = await c.var.store.addEntityAlias(type, slug, name);
  if (!aliases) return problem(c, 404, { detail: `No ${type} has the slug "${slug}".` });
  return c.json({ aliases }, 200);
};
