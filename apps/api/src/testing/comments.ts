/**
 * @module
 * Test helpers for comments: stored records made directly through the store, bypassing the
 * screening, so tests can set up any thread or status they need. Never imported by production code.
 */
import type { Article } from '@dateline/model';
import { commentContentHash } from '../services/moderation/repeat.ts';
import type { NewComment, Store, StoredComment } from '../store/store.ts';
import { NOW } from './fixtures.ts';

let sequence = 0;

/**
 * A comment record on `article`, created `minutes` before `NOW` (1 unless overridden).
 *
 * @example
 * await store.insertComment(commentRecord(article, { id: 'c1', body: 'First!' }));
 */
export function commentRecord(article: Pick<Article, 'id'>, overrides: Partial<NewComment> & { minutesAgo?: number } = {}): NewComment {
  sequence += 1;
  const { minutesAgo = 1, ...rest } = overrides;
  const body = rest.body ?? `Comment number ${sequence}.`;
  return {
    id: `c-${sequence}`,
    articleId: article.id,
    parentId: null,
    authorName: 'Ana Ribeiro',
    email: 'ana@example.org',
    status: 'approved',
    createdAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
    contentHash: commentContentHash(body),
    heldReason: null,
    ...rest,
    body,
  };
}

/**
 * Inserts a comment on `article` and returns it as stored.
 *
 * @example
 * const top = await addComment(store, article, { minutesAgo: 10 });
 * await addComment(store, article, { parentId: top.id });
 */
export function addComment(
  store: Store,
  article: Pick<Article, 'id'>,
  overrides: Parameters<typeof commentRecord>[1] = {},
): Promise<StoredComment> {
  return store.insertComment(commentRecord(article, overrides));
}

/** Something that answers requests like the app does. */
interface Requester {
  request(path: string, init?: RequestInit, env?: unknown): Response | Promise<Response>;
}

/**
 * Posts `body` as JSON to an article's comments, optionally as a client behind the local proxy.
 *
 * @example
 * const res = await postComment(app, 'story', { authorName: 'Ana', body: 'Thanks.' });
 */
export function postComment(app: Requester, slug: string, body: unknown, options: { ip?: string; headers?: Record<string, string> } = {}) {
  return app.request(
    `/v1/articles/${slug}/comments`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...forwardedFor(options.ip), ...options.headers },
      body: JSON.stringify(body),
    },
    peer(options.ip),
  );
}

/**
 * Posts `fields` as a plain HTML form would.
 *
 * @example
 * await postForm(app, 'story', { authorName: 'Ana', body: 'Thanks.', email: '', website: '' });
 */
export function postForm(app: Requester, slug: string, fields: Record<string, string>) {
  return app.request(`/v1/articles/${slug}/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

// A request as the Node server would see it from the site on the same host, naming the reader.
const forwardedFor = (ip: string | undefined): Record<string, string> => (ip === undefined ? {} : { 'X-Forwarded-For': ip });
const peer = (ip: string | undefined) => (ip === undefined ? undefined : { incoming: { socket: { remoteAddress: '127.0.0.1' } } });
