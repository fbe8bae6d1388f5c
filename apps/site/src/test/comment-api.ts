/**
 * @module
 * The real API in the test process with a comment policy of the test's choosing (moderation,
 * rate limit), three stories (open, pre-moderated, closed) and a way to post comments straight
 * to it, so the comment pages are tested against the API's own threads, screening and limits.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type AppDeps, createApp, importArticle, openStore } from '@dateline/api';
import type { ArticleInput } from '@dateline/model';

export const OPEN = 'ferry-timetable-changes';
export const PRE_MODERATED = 'pier-repairs-begin';
export const CLOSED = 'harbour-vote-result';

function story(slug: string, comments: ArticleInput['commentSettings']): ArticleInput {
  return {
    slug,
    headline: `Story ${slug}`,
    body: [{ type: 'paragraph', content: [{ type: 'text', text: 'The harbour board met on Monday.' }] }],
    publishedAt: '2026-05-08T09:30:00Z',
    commentSettings: comments,
  };
}

const STORIES: ArticleInput[] = [
  story(OPEN, { open: true }),
  story(PRE_MODERATED, { open: true, moderation: 'pre' }),
  story(CLOSED, { open: false }),
];

export interface CommentApi {
  url: string;
  /** Posts a comment as JSON straight to the API and returns its id. */
  comment(slug: string, input: { authorName: string; body: string; parentId?: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts the API on a free port with `STORIES` and points API_URL at it.
 *
 * @example
 * const api = await startCommentApi({ comments: { rateLimit: 0 } });
 */
export async function startCommentApi(deps: Omit<AppDeps, 'store'> = {}): Promise<CommentApi> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-comments-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'dateline.db') });
  await store.migrate();
  for (const input of STORIES) await importArticle(store, input);
  const server = serve({
    fetch: createApp({ store, ...deps }).fetch,
    hostname: '127.0.0.1',
    port: 0,
    overrideGlobalObjects: false,
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const previous = process.env.API_URL;
  process.env.API_URL = url;
  let reader = 0;
  return {
    url,
    async comment(slug, input) {
      // Each from an address of its own, so seeding never trips the rate limit.
      reader += 1;
      const res = await fetch(`${url}/v1/articles/${slug}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${reader}` },
        body: JSON.stringify(input),
      });
      if (res.status !== 201) throw new Error(`seeding a comment: the API answered ${res.status}`);
      return ((await res.json()) as { id: string }).id;
    },
    close: async () => {
      if (previous === undefined) delete process.env.API_URL;
      else process.env.API_URL = previous;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
