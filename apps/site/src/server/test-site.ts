/**
 * @module
 * For tests: the site server on a free port with a stand-in for Astro's handler that counts its
 * renders and answers the way Astro's Node adapter does (head, then the body in pieces).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageCacheSettings } from './settings.ts';
import { type SiteServer, startSiteServer } from './site-server.ts';

/** What the stand-in answers for one path. */
export interface StubPage {
  status?: number;
  headers?: OutgoingHttpHeaders;
  body: string;
}

export interface TestSite {
  url: string;
  site: SiteServer;
  /** Renders so far, in total, by path (with query) and in the order they began. */
  renders: { total: number; byUrl: Map<string, number>; order: string[] };
  /** The pages the stand-in renders; change them to change the site. */
  pages: Map<string, StubPage>;
  /** When set, each render waits for this before answering. */
  gate: Promise<void> | undefined;
  /** Moves the page cache's clock on. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export interface TestSiteOptions {
  /** null: cache off. Defaults: 5 s, nothing served stale, 1 MiB, any cookie bypasses. */
  cache?: Partial<PageCacheSettings> | null;
  /** Where in the last fifth of the time to live pages expire, from 0 (at its end) to 1 (at its start). */
  expirySpread?: () => number;
  clientDir?: string;
}

export async function startTestSite(options: TestSiteOptions = {}): Promise<TestSite> {
  let now = 1_000_000;
  const emptyDir = options.clientDir ? undefined : await mkdtemp(join(tmpdir(), 'dateline-client-'));
  const test: Omit<TestSite, 'url' | 'site' | 'close'> = {
    renders: { total: 0, byUrl: new Map(), order: [] },
    pages: new Map(),
    gate: undefined,
    advance: (ms) => void (now += ms),
  };
  const render = async (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    test.renders.total += 1;
    test.renders.byUrl.set(url, (test.renders.byUrl.get(url) ?? 0) + 1);
    test.renders.order.push(url);
    if (test.gate) await test.gate;
    const page = test.pages.get(url.split('?')[0]!) ?? { status: 404, body: 'Not found' };
    res.writeHead(page.status ?? 200, { 'content-type': 'text/html', ...page.headers });
    const half = Math.floor(page.body.length / 2);
    res.write(new TextEncoder().encode(page.body.slice(0, half)));
    res.write(new TextEncoder().encode(page.body.slice(half)));
    res.end();
  };
  const cache = options.cache === null ? null : { ttlMs: 5000, maxBytes: 1 << 20, bypassCookies: null, ...options.cache };
  const site = await startSiteServer({
    render,
    clientDir: options.clientDir ?? emptyDir!,
    settings: { host: '127.0.0.1', port: 0, pageCache: cache },
    now: () => now,
    random: options.expirySpread ?? (() => 0),
  });
  return Object.assign(test, {
    url: site.url,
    site,
    close: async () => {
      site.server.closeAllConnections();
      await site.close();
      if (emptyDir) await rm(emptyDir, { recursive: true, force: true });
    },
  });
}
