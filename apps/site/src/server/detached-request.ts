/**
 * @module
 * A request of the site's own making, to render a page apart from any reader's connection.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

/**
 * A GET copy of `req` with a response to write it to: its own unconnected socket, so the reader's
 * connection closing (Astro aborts a render when its socket closes) does not cut the render
 * short, and without the reader's conditional headers, which would make it a 304. Used to render
 * in the background, and to render the page a HEAD asks about exactly as a GET would.
 *
 * @example
 * const copy = detachedRequest(req);
 * const held = captureResponse(copy.res);
 * astroHandler(copy.req, copy.res);
 */
export function detachedRequest(req: IncomingMessage): { req: IncomingMessage; res: ServerResponse } {
  const copy = new IncomingMessage(new Socket());
  copy.method = 'GET';
  copy.url = req.url ?? '/';
  copy.httpVersionMajor = 1;
  copy.httpVersionMinor = 1;
  copy.httpVersion = '1.1';
  const { 'if-none-match': _etag, 'if-modified-since': _since, ...headers } = req.headers;
  copy.headers = headers;
  copy.push(null);
  return { req: copy, res: new ServerResponse(copy) };
}
