/**
 * @module
 * Stories: the listing, one story with its ETag, saving with If-Match, revisions, preview links.
 */
import type { Article, ArticleInput } from '@dateline/model/core';
import { ApiError, call, type Transport } from './http.ts';
import type { RevisionDiff, RevisionSummary, StorySummary } from './types.ts';

/** The filters of the story list, as its query says them. */
export interface StoryFilters {
  status?: string | undefined;
  section?: string | undefined;
  author?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
}

export interface StoryPage {
  items: StorySummary[];
  nextCursor?: string | null;
}

/**
 * The API query of the story list: every status unless one is chosen, newest change first.
 *
 * @example
 * storyQuery({ status: 'review', q: 'ferry' }); // 'status=review&q=ferry&sort=updated'
 */
export function storyQuery(filters: StoryFilters): string {
  const params = new URLSearchParams();
  params.set('status', filters.status || 'any');
  for (const key of ['section', 'author', 'q', 'cursor'] as const) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  params.set('sort', 'updated');
  return params.toString();
}

/**
 * A page of the story list.
 *
 * @example
 * const { items } = await listStories(transport, { status: 'review' });
 */
export async function listStories(transport: Transport, filters: StoryFilters): Promise<StoryPage> {
  return (await call<StoryPage>(transport, 'GET', `/v1/articles?${storyQuery(filters)}`)).body;
}

/**
 * A story with the ETag to send back with its next save; null when there is none.
 *
 * @example
 * const found = await getStory(transport, 'night-ferry'); // { article, etag: '"…"' }
 */
export async function getStory(transport: Transport, slug: string): Promise<{ article: Article; etag: string | null } | null> {
  try {
    const { body, etag } = await call<Article>(transport, 'GET', `/v1/articles/${encodeURIComponent(slug)}`);
    return { article: body, etag };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** What a save gives back: the stored story and its new ETag, or the other person's version. */
export type SaveResult = { ok: true; article: Article; etag: string | null } | { ok: false; conflict: true; current: Article | null };

/**
 * Creates a story (no slug yet) or replaces it with `If-Match: etag`. A stale ETag gives the
 * other person's version instead of overwriting it.
 *
 * @example
 * const result = await saveStory(transport, 'night-ferry', input, '"abc"');
 * if (!result.ok) showConflict(result.current);
 */
export async function saveStory(transport: Transport, slug: string | null, input: ArticleInput, etag: string | null): Promise<SaveResult> {
  try {
    if (slug && input.slug && input.slug !== slug) {
      // A new address moves the story first (a published one keeps its old address as a
      // redirect); the rest is then saved at the new address against the moved story's ETag.
      const moved = await call<Article>(transport, 'PATCH', `/v1/articles/${encodeURIComponent(slug)}`, {
        body: { slug: input.slug },
        headers: { 'content-type': 'application/merge-patch+json', ...(etag ? { 'if-match': etag } : {}) },
      });
      slug = moved.body.slug;
      etag = moved.etag;
    }
    const { body, etag: next } = slug
      ? await call<Article>(transport, 'PUT', `/v1/articles/${encodeURIComponent(slug)}`, {
          body: input,
          headers: etag ? { 'if-match': etag } : {},
        })
      : await call<Article>(transport, 'POST', '/v1/articles', { body: input });
    return { ok: true, article: body, etag: next };
  } catch (error) {
    if (error instanceof ApiError && error.status === 412) {
      const current = (error.problem.current as Article | undefined) ?? null;
      return { ok: false, conflict: true, current };
    }
    throw error;
  }
}

/**
 * The revisions of a story, newest first.
 *
 * @example
 * const revisions = await listRevisions(transport, 'night-ferry');
 */
export async function listRevisions(transport: Transport, slug: string): Promise<RevisionSummary[]> {
  return (await call<{ items: RevisionSummary[] }>(transport, 'GET', `/v1/articles/${encodeURIComponent(slug)}/revisions`)).body.items;
}

/**
 * The difference between two revisions, per block and word.
 *
 * @example
 * const { blocks, fields } = await diffRevisions(transport, 'night-ferry', older, newer);
 */
export async function diffRevisions(transport: Transport, slug: string, a: string, b: string): Promise<RevisionDiff> {
  const path = `/v1/articles/${encodeURIComponent(slug)}/revisions/${encodeURIComponent(a)}/diff/${encodeURIComponent(b)}`;
  return (await call<RevisionDiff>(transport, 'GET', path)).body;
}

/**
 * Restores a revision (itself saved as a new one).
 *
 * @example
 * const article = await restoreRevision(transport, 'night-ferry', revisionId);
 */
export async function restoreRevision(transport: Transport, slug: string, id: string): Promise<Article> {
  const path = `/v1/articles/${encodeURIComponent(slug)}/revisions/${encodeURIComponent(id)}/restore`;
  return (await call<Article>(transport, 'POST', path)).body;
}

/**
 * A shareable preview link that expires.
 *
 * @example
 * const { token, expiresAt } = await createPreviewLink(transport, 'night-ferry', 86400);
 */
export async function createPreviewLink(
  transport: Transport,
  slug: string,
  expiresIn?: number,
): Promise<{ token: string; url: string; expiresAt: string }> {
  const path = `/v1/articles/${encodeURIComponent(slug)}/preview-links`;
  return (await call<{ token: string; url: string; expiresAt: string }>(transport, 'POST', path, { body: expiresIn ? { expiresIn } : {} }))
    .body;
}

/**
 * The story a preview link shows, in any status; null when the link has expired.
 *
 * @example
 * const article = await readPreview(transport, token);
 */
export async function readPreview(transport: Transport, token: string): Promise<Article | null> {
  try {
    return (await call<Article>(transport, 'GET', `/v1/previews/${encodeURIComponent(token)}`)).body;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 410 || error.status === 404)) return null;
    throw error;
  }
}
