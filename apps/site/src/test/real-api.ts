/**
 * @module
 * The real Dateline API in the test process: `createApp` over a SQLite store in a temporary
 * folder, served on a free local port, so pages and endpoints are tested against the same
 * routes, filters and cursors they meet in production.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp, importArticle, openStore } from '@dateline/api';
import type { ArticleInput } from '@dateline/model';

export interface RealApi {
  /** Base URL to put in API_URL. */
  url: string;
  /** The path and query of every request the API has received, oldest first (tests may empty it). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts the API with `articles` imported (at `importedAt`, the system clock by default) and
 * points API_URL at it; `close` stops it and restores API_URL.
 *
 * @example
 * const api = await startRealApi([story]);
 * try { ... } finally { await api.close(); }
 */
export async function startRealApi(articles: readonly ArticleInput[], importedAt?: Date): Promise<RealApi> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-site-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'dateline.db') });
  await store.migrate();
  for (const input of articles) await importArticle(store, input, importedAt ? { now: importedAt } : {});
  const app = createApp({ store });
  const requests: string[] = [];
  const fetch = (request: Request) => {
    const url = new URL(request.url);
    requests.push(url.pathname + url.search);
    return app.fetch(request);
  };
  const server = serve({ fetch, hostname: '127.0.0.1', port: 0, overrideGlobalObjects: false }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const previous = process.env.API_URL;
  process.env.API_URL = url;
  return {
    url,
    requests,
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
