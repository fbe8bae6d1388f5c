/**
 * @module
 * A TCP proxy on loopback in front of a real server that can go silent on command, as a server
 * behind a dropped route or a hung host does: it keeps every connection open and forwards nothing,
 * either way. When it comes back, new connections go through again; connections open during the
 * silence stay silent for good, as TCP connections whose packets were lost do.
 */
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface StallingTcpProxy {
  host: string;
  port: number;
  /** From now on forward nothing, on open connections and new ones alike. */
  stall(): void;
  /** Forward again on connections opened from now on. */
  restore(): void;
  close(): Promise<void>;
}

/**
 * Starts the proxy on a free port, forwarding to `target`.
 *
 * @example
 * const proxy = await startStallingTcpProxy({ host: '127.0.0.1', port: 5432 });
 * proxy.stall();
 */
export async function startStallingTcpProxy(target: { host: string; port: number }): Promise<StallingTcpProxy> {
  let stalled = false;
  const open = new Set<Socket>();
  const live = new Set<() => void>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    // Paused sockets read nothing: bytes sent to a silent peer pile up unanswered.
    client.pause();
    if (stalled) return;
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
    const silence = () => {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    };
    live.add(silence);
    client.once('close', () => live.delete(silence));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    stall() {
      stalled = true;
      for (const silence of live) silence();
      live.clear();
    },
    restore() {
      stalled = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
