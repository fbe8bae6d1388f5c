/**
 * @module
 * A stand-in for an API that has stopped answering, on loopback: it accepts every connection and
 * request, then either never answers (`silent`) or sends the headers and a first piece of a JSON
 * body and never the rest (`mid-body`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StallMode = 'silent' | 'mid-body';

export interface StallingUpstream {
  url: string;
  mode: StallMode;
  /** Requests received so far: proof the client did ask. */
  requests: number;
  close(): Promise<void>;
}

/**
 * Starts the stand-in on a free port.
 *
 * @example
 * const stalled = await startStallingUpstream('silent');
 * const site = await startSiteAt(port, stalled.url);
 */
export async function startStallingUpstream(mode: StallMode): Promise<StallingUpstream> {
  const held: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    upstream.requests += 1;
    held.push(res);
    req.resume();
    if (upstream.mode === 'mid-body') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items":[{"slug":"');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const upstream: StallingUpstream = {
    url: `http://127.0.0.1:${port}`,
    mode,
    requests: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return upstream;
}
