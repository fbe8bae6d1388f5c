/**
 * @module
 * Forwards `/v1/*` to the API unchanged (method, headers with Cookie, body; status and headers
 * with Set-Cookie back), so the browser only ever talks to the desk's origin, as it would behind
 * the production reverse proxy. Adds X-Forwarded-For/-Proto/-Host as a proxy does.
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** Headers that describe one connection, not the message, and are never forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

/**
 * The headers to send upstream: the client's, without hop-by-hop ones, with the forwarding headers
 * appended to whatever a proxy in front of the desk already set.
 *
 * @example
 * forwardHeaders({ host: 'desk.example', cookie: 'sid=1' }, '10.0.0.2', false);
 * // { host: 'desk.example', cookie: 'sid=1', 'x-forwarded-for': '10.0.0.2', 'x-forwarded-proto': 'http', 'x-forwarded-host': 'desk.example' }
 */
export function forwardHeaders(headers: IncomingHttpHeaders, clientAddress: string | undefined, tls: boolean): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  const named = new Set(
    String(headers.connection ?? '')
      .toLowerCase()
      .split(',')
      .map((s) => s.trim()),
  );
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue;
    out[name] = value;
  }
  const before = headers['x-forwarded-for'];
  out['x-forwarded-for'] = [before, clientAddress].filter(Boolean).join(', ');
  out['x-forwarded-proto'] = headers['x-forwarded-proto'] ?? (tls ? 'https' : 'http');
  const host = headers['x-forwarded-host'] ?? headers.host;
  if (host) out['x-forwarded-host'] = host;
  return out;
}

/**
 * Sends `req` to `apiUrl` (path and query kept) and streams the answer back into `res`. A 502
 * problem+json when the API cannot be reached.
 *
 * @example
 * if (req.url?.startsWith('/v1/')) return proxyToApi(req, res, 'http://127.0.0.1:8787');
 */
export function proxyToApi(req: IncomingMessage, res: ServerResponse, apiUrl: string): void {
  const target = new URL(req.url ?? '/', apiUrl);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const tls = Boolean((req.socket as { encrypted?: boolean }).encrypted);
  let answered = false;
  const upstream = send(
    target,
    { method: req.method, headers: forwardHeaders(req.headers, req.socket.remoteAddress, tls) },
    (answer: IncomingMessage) => {
      answered = true;
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    },
  );
  upstream.on('error', () => {
    // The rest of the request's body has nowhere to go: read and drop it, so the client, still
    // sending, gets to read the answer.
    req.unpipe(upstream);
    req.resume();
    // An early answer (413 to an upload too large) closes the connection while the body is still
    // being sent: the answer stands, and the error of the unsent rest is no news.
    if (answered) return;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(502, { 'content-type': 'application/problem+json' }).end(
      JSON.stringify({
        type: 'about:blank',
        title: 'The API cannot be reached',
        status: 502,
        detail: `No answer from ${target.origin}.`,
      }),
    );
  });
  req.pipe(upstream);
  req.on('aborted', () => upstream.destroy());
}
