/**
 * @module
 * Handlers of the section, tag and author routes: read the validated request, call one service,
 * map the result to a status.
 */
import type { Context } from 'hono';
import { problem } from '../../lib/problem.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import * as taxonomy from '../../services/taxonomy.ts';
import type * as routes from './taxonomy.routes.ts';

function notFound(c: Context, what: string, slug: string) {
  return problem(c, 404, { detail: `No published article ${what} "${slug}".` });
}

export const listSections: AppRouteHandler<typeof routes.listSections> = async (c) => {
  // A cursor the listing did not issue is a 400 naming `cursor` (lib/error-handlers.ts).
  return c.json(await taxonomy.listSections(c.var.store, c.req.valid('query'), { now: c.var.now() }), 200);
};

export const getSection: AppRouteHandler<typeof routes.getSection> = async (c) => {
  const { slug } = c.req.valid('param');
  const section = await taxonomy.getSection(c.var.store, slug, { now: c.var.now() });
  return section ? c.json(section, 200) : notFound(c, 'is filed under the section', slug);
};

export const listTags: AppRouteHandler<typeof routes.listTags> = async (c) => {
  // A cursor the listing did not issue is a 400 naming `cursor` (lib/error-handlers.ts).
  return c.json(await taxonomy.listTags(c.var.store, c.req.valid('query'), { now: c.var.now() }), 200);
};

export const getTag: AppRouteHandler<typeof routes.getTag> = async (c) => {
  const { slug } = c.req.valid('param');
  const tag = await taxonomy.getTag(c.var.store, slug, { now: c.var.now() });
  return tag ? c.json(tag, 200) : notFound(c, 'has the tag', slug);
};

export const listAuthors: AppRouteHandler<typeof routes.listAuthors> = async (c) => {
  // A cursor the listing did not issue is a 400 naming `cursor` (lib/error-handlers.ts).
  return c.json(await taxonomy.listAuthors(c.var.store, c.req.valid('query'), { now: c.var.now() }), 200);
};

export const getAuthor: AppRouteHandler<typeof routes.getAuthor> = async (c) => {
  const { slug } = c.req.valid('param');
  const author = await taxonomy.getAuthor(c.var.store, slug, { now: c.var.now() });
  return author ? c.json(author, 200) : notFound(c, 'credits the author', slug);
};
