/**
 * @module
 * Sends an answer that is not served from the page cache (a form's answer, a page for a reader
 * with a cookie, a 404): completed by `finishHeaders`, compressed when the reader accepts it,
 * with the status line's own reason phrase, and without a body for HEAD; a page with a
 * `Last-Modified` not newer than the reader's `If-Modified-Since` gets a 304.
 */
import { type IncomingMessage, type OutgoingHttpHeaders, STATUS_CODES, type ServerResponse } from 'node:http';
import { finishHeaders, SECURITY_HEADERS } from './answer-headers.ts';
import { type CapturedResponse, captureResponse } from './capture.ts';
import { detachedRequest } from './detached-request.ts';
import { compress, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding, notModified, varyOnEncoding } from '@dateline/http';

/** A Node request handler, as Astro's adapter exports in middleware mode. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Headers of a rendered answer that describe one transfer, not the page. */
export const PER_TRANSFER = ['connection', 'content-length', 'date', 'keep-alive', 'transfer-encoding'];

/**
 * Has `render` answer `req` into a held response (for HEAD, the GET it stands for), answering
 * 500 if it throws; resolves with the whole answer, or null if the reader hung up first.
 *
 * @example
 * const answer = await renderHeld(req, res, astroHandler);
 */
export function renderHeld(req: IncomingMessage, res: ServerResponse, render: NodeHandler): Promise<CapturedResponse | null> {
  const target = req.method === 'HEAD' ? detachedRequest(req) : { req, res };
  const held = captureResponse(target.res);
  Promise.resolve()
    .then(() => render(target.req, target.res))
    .catch((error: unknown) => {
      console.error(`Could not render ${req.url}`, error);
      if (!target.res.writableEnded) target.res.writeHead(500).end();
    });
  return held;
}

/**
 * Sends `answer` to `req`'s reader as the module comment says; `ttlMs` is the page cache's time
 * to live (0 when it is off), which a page's default Cache-Control follows.
 *
 * @example
 * const answer = await renderHeld(req, res, astroHandler);
 * if (answer) sendAnswer(req, res, answer, 5000);
 */
export function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: CapturedResponse, ttlMs: number): void {
  const { status } = answer;
  const headers: OutgoingHttpHeaders = { ...answer.headers };
  for (const name of PER_TRANSFER) delete headers[name];
  const personalRequest = req.headers.cookie !== undefined || req.headers.authorization !== undefined;
  finishHeaders(headers, { method: req.method ?? 'GET', status, body: answer.body, ttlMs, personalRequest });
  if (status === 200 && unchanged(req, headers)) {
    res.writeHead(304, STATUS_CODES[304], notModifiedHeaders(headers));
    res.end();
    return;
  }
  const bodiless = status === 204 || status === 304 || status < 200;
  let body = answer.body;
  if (!bodiless && isCompressible(headerText(headers['content-type'])) && body.length >= MIN_COMPRESS_BYTES) {
    headers.vary = varyOnEncoding(headerText(headers.vary));
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    if (encoding) {
      body = compress(body, encoding);
      headers['content-encoding'] = encoding;
    }
  }
  if (!bodiless) headers['content-length'] = String(body.length);
  res.writeHead(status, STATUS_CODES[status] ?? 'Unknown', headers);
  res.end(bodiless || req.method === 'HEAD' ? undefined : body);
}

/**
 * Whether the reader's copy of an answer with `headers` is current (see `notModified`). Never for
 * an answer that sets a cookie: a 304 would drop it (the note after posting a comment, cleared).
 */
function unchanged(req: IncomingMessage, headers: OutgoingHttpHeaders): boolean {
  const lastModified = headerText(headers['last-modified']);
  if (lastModified === undefined || headers['set-cookie'] !== undefined) return false;
  const preconditions = {
    method: req.method ?? 'GET',
    ifNoneMatch: req.headers['if-none-match'],
    ifModifiedSince: req.headers['if-modified-since'],
  };
  return notModified(preconditions, { etag: headerText(headers.etag), lastModified });
}

/** The headers a 304 repeats (RFC 9110 §15.4.5), and the security headers every answer has. */
const KEPT_ON_304 = ['cache-control', 'content-location', 'etag', 'expires', 'last-modified', 'vary'];

function notModifiedHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = { ...SECURITY_HEADERS };
  for (const name of KEPT_ON_304) if (headers[name] !== undefined) kept[name] = headers[name];
  return kept;
}

/**
 * Renders and sends, for requests the page cache does not answer.
 *
 * @example
 * await renderAndSend(req, res, astroHandler, 5000);
 */
export async function renderAndSend(req: IncomingMessage, res: ServerResponse, render: NodeHandler, ttlMs: number): Promise<void> {
  const answer = await renderHeld(req, res, render);
  if (answer) sendAnswer(req, res, answer, ttlMs);
}

/** A header's value as one string. */
export function headerText(value: OutgoingHttpHeaders[string]): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}
