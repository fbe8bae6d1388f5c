/**
 * @module
 * Handlers of the revision and preview-link routes: read the request, call one service, map the
 * outcome to a status.
 */
import { actorOf } from '../../lib/actor.ts';
import { articleEtag, preconditionFailed } from '../../lib/preconditions.ts';
import { problem } from '../../lib/problem.ts';
import type { Context } from 'hono';
import type { AppBindings, AppRouteHandler } from '../../lib/types.ts';
import { restoreRevision } from '../../services/article-editing.ts';
import { ForbiddenEditError } from '../../services/workflow/permissions.ts';
import { createPreviewLink as makePreviewLink } from '../../services/workflow/preview-links.ts';
import { diffRevisions, getRevision, listRevisions } from '../../services/workflow/revisions.ts';
import { attempt, editOptions, forbiddenEdit, invalidBody } from './articles-write.handlers.ts';
import type * as routes from './revisions.routes.ts';

const noArticle = (slug: string) => ({ detail: `No article has the slug "${slug}".` });

/** Contributors see the revisions of their own stories only (a 403 naming the field otherwise), as they edit only those. */
async function mayRead(c: Context<AppBindings>, slug: string): Promise<Response | null> {
  const editorial = await c.get('store').getEditorial(slug);
  if (!editorial) return problem(c, 404, noArticle(slug));
  const editor = actorOf(c);
  if (editor?.role !== 'contributor') return null;
  if (editorial.createdBy?.id !== editor.id) return forbiddenEdit(c, new ForbiddenEditError('slug', 'is a story another person created'));
  return null;
}

/** `GET /v1/articles/{slug}/revisions`. */
export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { slug } = c.req.valid('param');
  const refused = await mayRead(c, slug);
  if (refused) return refused as never;
  const items = await listRevisions(c.get('store'), slug);
  if (items === null) return problem(c, 404, noArticle(slug));
  return c.json({ items }, 200);
};

/** `GET /v1/articles/{slug}/revisions/{id}`. */
export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { slug, id } = c.req.valid('param');
  const refused = await mayRead(c, slug);
  if (refused) return refused as never;
  const article = await getRevision(c.get('store'), slug, id);
  if (!article) return problem(c, 404, { detail: `The article "${slug}" has no revision ${id}.` });
  return c.json(article, 200);
};

/** `GET /v1/articles/{slug}/revisions/{a}/diff/{b}`. */
export const diff: AppRouteHandler<typeof routes.diff> = async (c) => {
  const { slug, a, b } = c.req.valid('param');
  const refused = await mayRead(c, slug);
  if (refused) return refused as never;
  const result = await diffRevisions(c.get('store'), slug, a, b);
  if ('missing' in result) {
    if (result.missing === 'article') return problem(c, 404, noArticle(slug));
    return problem(c, 404, { detail: `The article "${slug}" has no revision ${result.missing === 'from' ? a : b}.` });
  }
  return c.json(result, 200);
};

/** `POST /v1/articles/{slug}/revisions/{id}/restore`. */
export const restore: AppRouteHandler<typeof routes.restore> = async (c) => {
  const { slug, id } = c.req.valid('param');
  const result = await attempt(c, () => restoreRevision(c.get('store'), slug, id, editOptions(c)));
  if (result instanceof Response) return result as never;
  if (Array.isArray(result)) return invalidBody(c, result) as never;
  if (result.kind === 'stale') return preconditionFailed(c, result.current);
  if (result.kind === 'not-found') return problem(c, 404, noArticle(slug));
  if (result.kind === 'no-revision') return problem(c, 404, { detail: `The article "${slug}" has no revision ${id}.` });
  if (result.kind === 'duplicate')
    return problem(c, 409, { detail: `The same article is already stored at /v1/articles/${encodeURIComponent(result.slug)}.` });
  if (result.kind === 'exists' || result.kind === 'created') throw new Error(`unexpected outcome ${result.kind}`);
  return c.json(result.article, 200, { ETag: articleEtag(result.article) });
};

/** `POST /v1/articles/{slug}/preview-links`. */
export const createPreviewLink: AppRouteHandler<typeof routes.createPreviewLink> = async (c) => {
  const { slug } = c.req.valid('param');
  const body = c.req.header('content-type') === undefined ? {} : c.req.valid('json');
  const result = await attempt(c, () =>
    makePreviewLink(c.get('store'), slug, actorOf(c), { now: c.get('now')(), expiresIn: body?.expiresIn }),
  );
  if (result instanceof Response) return result as never;
  if (Array.isArray(result)) return invalidBody(c, result) as never;
  if (result === null) return problem(c, 404, noArticle(slug));
  return c.json({ ...result, url: `/v1/previews/${result.token}` }, 201);
};
