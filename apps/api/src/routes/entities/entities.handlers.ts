/**
 * @module
 * Handlers of the entity routes: read the validated request, call one service, answer (see lib/public-read.ts).
 */
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import * as entities from '../../services/entities.ts';
import type * as routes from './entities.routes.ts';
import { answer, unreachable } from '../../lib/public-read.ts';

/** Quotations shown on an entity's page; the rest are a `/v1/quotes` page away. */
const ENTITY_QUOTES = 20;

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query');
  return answer(c, (options) => entities.listEntities(c.var.store, query, options), unreachable);
};

export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { slug } = c.req.valid('param');
  const query = c.req.valid('query');
  const what = query.type ?? 'person, place or organisation';
  return answer(
    c,
    (options) => entities.getEntity(c.var.store, slug, { ...query, quotesLimit: ENTITY_QUOTES }, options),
    () => problem(c, 404, { detail: `No published article names a ${what} with the slug "${slug}".` }),
  );
};

export const articleEntities: AppRouteHandler<typeof routes.articleEntities> = async (c) => {
  const { slug } = c.req.valid('param');
  return answer(
    c,
    (options) => entities.articleEntities(c.var.store, slug, options),
    () => problem(c, 404, { detail: `No published article has the slug "${slug}".` }),
  );
};

export const related: AppRouteHandler<typeof routes.related> = async (c) => {
  const { slug } = c.req.valid('param');
  const { limit } = c.req.valid('query');
  return answer(
    c,
    async (options) => {
      const items = await entities.relatedArticles(c.var.store, slug, limit, options);
      return items && { items };
    },
    () => problem(c, 404, { detail: `No published article has the slug "${slug}".` }),
  );
};
