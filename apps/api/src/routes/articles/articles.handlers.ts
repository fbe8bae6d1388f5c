/**
 * @module
 * Handlers of the article reads: read the validated request, call one service, map the result to
 * a status. Anonymous reads see public articles and are cached (see `publicCache`); a request
 * with a valid token (any role) also sees drafts, archived and scheduled articles, uncached.
 */
import { nextPublicationOf } from '../../lib/next-publication.ts';
import { httpDate, newestHttpDate } from '@dateline/http';
import type { Context } from 'hono';
import { principalOf } from '../../lib/auth.ts';
import { cachedBody, sendCached, sendPublic, sendPublicJson } from '../../lib/cached-json.ts';
import { PUBLIC_CONTENT } from '../../lib/http-cache.ts';
import { problem } from '../../lib/problem.ts';
import type { AppBindings, AppRouteHandler } from '../../lib/types.ts';
import { type ArticleInclude, getArticleWith } from '../../services/article-includes.ts';
import { getArticle, getArticleJsonAtRevision, listArticles, searchListing } from '../../services/articles.ts';
import { THREAD_CACHE } from '../comments/comments.handlers.ts';
import { filtersOf } from '../../store/article-filters.ts';
import type * as routes from './articles.routes.ts';

/** A page of summaries; a cursor the store did not issue is a 400 naming `cursor`. */
export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { status, q, sort, ...query } = c.req.valid('query');
  const store = c.get('store');
  const now = c.get('now')();
  const includeHidden = principalOf(c) !== null;
  if (!includeHidden && status !== undefined && status !== 'published') {
    const errors = [{ path: 'status', message: 'only published articles are listed without signing in' }];
    return problem(
      c,
      401,
      { detail: `Sign in (or send a token) to list articles with status=${status}.`, errors },
      { 'WWW-Authenticate': 'Bearer realm="dateline"' },
    );
  }
  const params = {
    ...filtersOf(query),
    order: sort === 'updated' ? ('updated' as const) : query.order,
    status: status === 'any' ? undefined : status,
  };
  const page =
    q === undefined
      ? await listArticles(store, params, { now, includeHidden })
      : await searchListing(store, q, params, { now, includeHidden });
  // A scheduled article going public changes the listing without a write. The listing last
  // changed when the newest-updated article on it did.
  const lastModified = newestHttpDate(page.items.map((a) => a.updatedAt));
  return sendPublic(c, page, { expires: nextPublicationOf(c, now), lastModified });
};

/**
 * One article, or a 404 problem (for readers, drafts and scheduled articles do not exist), last
 * modified when it was last updated. With `include`, no Last-Modified: comments and related
 * articles change without the article.
 */
export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { slug } = c.req.valid('param');
  const { include } = c.req.valid('query');
  if (include) return (await getWithIncludes(c, slug, include)) as never;
  const includeHidden = principalOf(c) !== null;
  const options = { now: c.get('now')(), includeHidden };
  if (c.get('cacheSlot')?.revision === null) {
    // Nothing cached for this URL: the article's stored text and the revision to keep it under, in
    // one read; the text is the answer as it is, never parsed and serialised again.
    const { article, revision } = await getArticleJsonAtRevision(c.get('store'), slug, options);
    if (!article) return (await articleNotFound(c, slug)) as never;
    return sendPublicJson(c, article.json, { revision, lastModified: httpDate(article.updatedAt) });
  }
  const article = await getArticle(c.get('store'), slug, options);
  if (!article) return (await articleNotFound(c, slug)) as never;
  return sendPublic(c, article, { lastModified: httpDate(article.updatedAt) });
};

/**
 * 404, or a 301 to the article's address now when `slug` is one it had before it moved (the query
 * string goes along).
 */
async function articleNotFound(c: Context<AppBindings>, slug: string): Promise<Response> {
  const moved = await c.var.store.slugRedirect(slug);
  if (moved !== null) {
    const search = new URL(c.req.url).search;
    return c.redirect(`/v1/articles/${encodeURIComponent(moved)}${search}`, 301);
  }
  return problem(c, 404, {
    detail: principalOf(c) !== null ? `No article has the slug "${slug}".` : `No published article has the slug "${slug}".`,
  });
}

/**
 * The article with `include`. Anonymous answers are cached until anything they show changes, in
 * any process: the article revision covers the article and its related ones (and the entities
 * linking them), the comment revision in the key its comments, and a scheduled article going
 * public may join the related ones, as on the related route.
 */
async function getWithIncludes(c: Context<AppBindings>, slug: string, include: readonly ArticleInclude[]): Promise<Response> {
  const store = c.var.store;
  const now = c.var.now();
  const load = () => getArticleWith(store, slug, include, { now, includeHidden: principalOf(c) !== null });
  if (principalOf(c) !== null) {
    const article = await load();
    return article ? sendPublic(c, article) : articleNotFound(c, slug);
  }
  const withComments = include.includes('comments');
  const withRelated = include.includes('related');
  const key = `article@${withComments ? await store.commentRevision() : ''}:${slug}?${include.join(',')}`;
  const cached = await cachedBody(c, key, async () => {
    const value = await load();
    return value && { value, expires: withRelated ? await store.nextPublicationAfter(now) : null };
  });
  if (!cached) return articleNotFound(c, slug);
  return sendCached(c, cached, withComments ? THREAD_CACHE : PUBLIC_CONTENT);
}
