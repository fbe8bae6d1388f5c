/**
 * @module
 * Answers to requests Node's HTTP parser refuses before any handler sees them (an unknown method,
 * Content-Length together with Transfer-Encoding, a malformed chunk, headers over the size
 * limit): a problem document (RFC 9457) with the right status and `Connection: close`, where
 * Node by default sends a bare 400 with no body, or loses its answer to a reset when the client
 * is still sending.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** The status and the reader's explanation for a parser error code. */
interface Refusal {
  status: number;
  title: string;
  detail: string;
}

const REFUSALS: Record<string, Refusal> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    title: 'Request Header Fields Too Large',
    detail: 'The request headers are larger than this server accepts.',
  },
  HPE_INVALID_METHOD: { status: 501, title: 'Not Implemented', detail: 'The request method is not one this server knows.' },
  HPE_UNEXPECTED_CONTENT_LENGTH: {
    status: 400,
    title: 'Bad Request',
    detail: 'The request has both Content-Length and Transfer-Encoding: it is ambiguous where its body ends.',
  },
  HPE_INVALID_TRANSFER_ENCODING: {
    status: 400,
    title: 'Bad Request',
    detail: 'The request has a Transfer-Encoding this server cannot read.',
  },
  HPE_INVALID_CHUNK_SIZE: { status: 400, title: 'Bad Request', detail: 'The request body has a malformed chunk.' },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    title: 'Content Too Large',
    detail: 'The request body has chunk extensions larger than this server accepts.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, title: 'Request Timeout', detail: 'The request was not received in time.' },
};
const MALFORMED: Refusal = { status: 400, title: 'Bad Request', detail: 'The request is not well-formed HTTP.' };

/** How long the rest of a refused request is read (and dropped) before the connection is cut. */
const LINGER_MS = 2_000;

/**
 * The raw HTTP/1.1 answer refusing a request that failed to parse with `code`.
 *
 * @example
 * clientErrorResponse('HPE_HEADER_OVERFLOW'); // 'HTTP/1.1 431 Request Header Fields Too Large\r\n…'
 */
export function clientErrorResponse(code: string | undefined): string {
  const refusal = (code !== undefined && REFUSALS[code]) || MALFORMED;
  const body = JSON.stringify({ type: 'about:blank', title: refusal.title, status: refusal.status, detail: refusal.detail });
  return [
    `HTTP/1.1 ${refusal.status} ${refusal.title}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

const answered = new WeakSet<Socket>();

/**
 * Makes `server` answer requests its parser refuses with a problem document and close the
 * connection. The rest of what the client sends is read and dropped for a moment before the
 * socket closes: closing with unread data makes the kernel send a reset, which can destroy the
 * answer before the client reads it (what a client sending 64 KB of headers used to get).
 *
 * @example
 * answerClientErrors(createServer(handler)).listen(0);
 */
export function answerClientErrors<S extends Server>(server: S): S {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    // The parser reports again for each later piece of the same request; the first answer stands.
    if (answered.has(socket)) return;
    answered.add(socket);
    // A half-sent answer to an earlier request on the connection cannot be followed by another.
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent: boolean; writableEnded: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || (inFlight?.headersSent && !inFlight.writableEnded)) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(err.code));
    // Dropped here rather than given to the parser, which would report each piece again.
    socket.removeAllListeners('data');
    socket.on('data', () => {});
    socket.on('error', () => socket.destroy());
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
  return server;
}
