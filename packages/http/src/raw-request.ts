/**
 * @module
 * Test support: sending bytes no HTTP client would send (malformed requests) over a plain socket,
 * and reading back whatever the server answers before it closes the connection.
 */
import { connect } from 'node:net';

/** What came back: the answer's status, headers and body, or how the connection ended without one. */
export interface RawAnswer {
  status: number | undefined;
  headers: Record<string, string>;
  body: string;
  /** Everything the server sent, answers to earlier requests on the connection included. */
  text: string;
  /** The socket error, when the connection was reset rather than closed. */
  error?: string;
}

/**
 * Writes `request` to the server at `url` (its host and port), in pieces of `chunkBytes`, and
 * resolves once the server closes the connection (or after `timeoutMs`).
 *
 * @example
 * const answer = await rawRequest('http://127.0.0.1:4000', 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n');
 * answer.status; // 501
 */
export function rawRequest(url: string, request: string, { chunkBytes = 16_384, timeoutMs = 5_000 } = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) });
    const chunks: Buffer[] = [];
    let error: string | undefined;
    const finish = () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
      resolve({
        status: status === undefined ? undefined : Number(status),
        headers,
        body: split === -1 ? '' : text.slice(split + 4),
        text,
        ...(error !== undefined && { error }),
      });
    };
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', (err: NodeJS.ErrnoException) => (error = err.code ?? err.message));
    socket.on('close', finish);
    socket.on('connect', async () => {
      const bytes = Buffer.from(request, 'latin1');
      for (let at = 0; at < bytes.length && !socket.destroyed; at += chunkBytes) {
        if (!socket.write(bytes.subarray(at, at + chunkBytes))) await new Promise((r) => socket.once('drain', r));
      }
    });
  });
}

/** Requests Node's parser refuses, with the status each should get. */
export const MALFORMED_REQUESTS: readonly { name: string; request: string; status: number }[] = [
  { name: 'an unknown method', request: 'FROB / HTTP/1.1\r\nHost: x\r\n\r\n', status: 501 },
  {
    name: 'Content-Length with Transfer-Encoding',
    request: 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    status: 400,
  },
  {
    name: 'a malformed chunk',
    request: 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n',
    status: 400,
  },
  { name: 'a 64 KB header', request: `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(65_536)}\r\n\r\n`, status: 431 },
];
