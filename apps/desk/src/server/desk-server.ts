/**
 * @module
 * The desk's HTTP server: `/` redirects to `/desk/`, `/v1/*` and `/media/*` go to the API, built client files
 * are served from memory's list of them, and Astro renders the rest.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerClientErrors } from '@dateline/http';
import { listStaticFiles, serveStaticFile } from '@dateline/site/server/static-files.ts';
import { proxyToApi } from './proxy.ts';
import type { DeskSettings } from './settings.ts';

/** The path every desk page lives under (Astro's `base`). */
const BASE = '/desk';

/** Astro's Node handler in middleware mode. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface DeskServer {
  server: Server;
  /** Where it listens, e.g. `http://127.0.0.1:4322`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the desk server on the settings' host and port (0: any free port).
 *
 * @example
 * const desk = await startDeskServer({ render: handler, clientDir, settings: readDeskSettings() });
 */
export async function startDeskServer(options: { render: NodeHandler; clientDir: string; settings: DeskSettings }): Promise<DeskServer> {
  const files = await listStaticFiles(options.clientDir);
  const { render, settings } = options;
  const server = answerClientErrors(
    createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/' || url === BASE) {
        res.writeHead(302, { location: `${BASE}/` }).end();
        return;
      }
      // Pictures' renditions too, as the site serves them behind the production proxy.
      if (url.startsWith('/v1/') || url === '/v1' || url.startsWith('/media/')) {
        proxyToApi(req, res, settings.apiUrl);
        return;
      }
      if (url.startsWith(`${BASE}/`)) {
        // Astro's client files are built under dist/client but addressed under the base path.
        req.url = url.slice(BASE.length);
        if (serveStaticFile(files, req, res)) return;
        req.url = url;
      }
      Promise.resolve(render(req, res)).catch((error: unknown) => {
        console.error(`Could not answer ${url}`, error);
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    server,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      }),
  };
}
