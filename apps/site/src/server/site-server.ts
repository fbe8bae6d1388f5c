/**
 * @module
 * The site's HTTP server: one address per page (other spellings are sent there with a 301), 405
 * for a method a page does not take, then the built client files, then the page cache, then
 * Astro's handler (the Node adapter in middleware mode) for everything else.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerClientErrors } from '@dateline/http';
import { methodsAllowed, refuseMethod, sendCanonical } from './canonical.ts';
import { createPageCache, type NodeHandler, type PageCache } from './page-cache.ts';
import { renderAndSend } from './send-answer.ts';
import type { ServerSettings } from './settings.ts';
import { listStaticFiles, serveStaticFile } from './static-files.ts';

export interface SiteServerOptions {
  /** Astro's handler: renders any request it is given (its 404 page for unknown paths). */
  render: NodeHandler;
  /** The built client files, served as they are (dist/client). */
  clientDir: string;
  settings: ServerSettings;
  /** The page cache's clock; tests pass their own. */
  now?: () => number;
  /** Spreads the page cache's expiry (a number in [0, 1)); tests pass their own. */
  random?: () => number;
}

export interface SiteServer {
  server: Server;
  /** Where it listens, e.g. `http://127.0.0.1:4321`. */
  url: string;
  /** null when the cache is off. */
  cache: PageCache | null;
  /** Stops accepting connections and resolves once open ones have finished. */
  close(): Promise<void>;
}

/** How long open connections get to finish after `close` before they are cut. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Starts the server on the settings' host and port (0: any free port).
 *
 * @example
 * const site = await startSiteServer({ render: handler, clientDir, settings: readServerSettings() });
 */
export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const files = await listStaticFiles(options.clientDir);
  const cache = options.settings.pageCache && createPageCache(options.settings.pageCache, options.now, options.random);
  const { render } = options;

  const server = answerClientErrors(
    createServer((req: IncomingMessage, res: ServerResponse) => {
      if (!wellFormed(req.url ?? '/')) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request.\n');
        return;
      }
      if (sendCanonical(req, res)) return;
      if (!methodsAllowed(req.url ?? '/').includes(req.method ?? '')) return refuseMethod(req, res);
      if (serveStaticFile(files, req, res)) return;
      const answered = cache ? cache.handle(req, res, render) : renderAndSend(req, res, render, 0);
      if (answered instanceof Promise) {
        answered.catch((error: unknown) => {
          console.error(`Could not answer ${req.url}`, error);
          if (!res.headersSent) res.writeHead(500).end();
          else res.destroy();
        });
      }
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.settings.port, options.settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    server,
    url: `http://${host}:${port}`,
    cache,
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS).unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

/** Whether `url`'s percent-encoding can be decoded (Astro's router assumes it can). */
function wellFormed(url: string): boolean {
  if (!url.includes('%')) return true;
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}
