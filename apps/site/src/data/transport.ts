/**
 * @module
 * How the typed client reaches the API: a `fetch` over `node:http` with a pool of kept-alive
 * connections. The global `fetch` (undici) builds WHATWG requests, streams and headers for every
 * call, which cost the site more CPU than rendering the page it fetched for; this answers with
 * the whole body in memory and parses it on demand. Only what the client and `src/data/` use is
 * provided: a status, headers, `json()`, `text()`, `arrayBuffer()` and `body.cancel()`.
 */
import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

// Connections to the API are reused; how many may be open at once to it is not limited here,
// like the global fetch, so a burst of readers is never queued behind a fixed pool.
const agents = { 'http:': new Agent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };

/** A whole answer of the API, read into memory. */
export class ApiAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly redirected = false;
  readonly type = 'basic';
  readonly url: string;
  readonly #raw: Buffer;
  readonly #rawHeaders: IncomingHttpHeaders;
  #headers: Headers | undefined;

  constructor(url: string, status: number, statusText: string, headers: IncomingHttpHeaders, raw: Buffer) {
    this.url = url;
    this.status = status;
    this.statusText = statusText;
    this.ok = status >= 200 && status < 300;
    this.#rawHeaders = headers;
    this.#raw = raw;
  }

  /** Built on first use: most answers are read without looking at a header. */
  get headers(): Headers {
    this.#headers ??= toHeaders(this.#rawHeaders);
    return this.#headers;
  }

  /** The body is already read; cancelling it only has to be possible. */
  get body(): { cancel(): Promise<void> } {
    return { cancel: async () => {} };
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.#raw.toString('utf8'));
  }

  async text(): Promise<string> {
    return this.#raw.toString('utf8');
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new Uint8Array(this.#raw).buffer;
  }
}

/**
 * A `fetch` for the typed client (`createClient(url, { fetch: apiFetch })`). It rejects as the
 * global one does: with the signal's reason when aborted (a `TimeoutError` for
 * `AbortSignal.timeout`), with a `TypeError` when the API cannot be reached. A GET that meets a
 * kept-alive connection the API had just closed is sent again once, on a new connection.
 *
 * @example
 * const client = createClient('http://127.0.0.1:8787', { fetch: apiFetch });
 */
export const apiFetch = ((input: string | URL, init: RequestInit = {}) => send(String(input), init, true)) as unknown as typeof fetch;

function send(url: string, init: RequestInit, mayRetry: boolean): Promise<ApiAnswer> {
  const { signal } = init;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const method = (init.method ?? 'GET').toUpperCase();
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    headers[name] = value;
  });
  const body = typeof init.body === 'string' ? init.body : undefined;
  if (init.body !== undefined && init.body !== null && body === undefined)
    return Promise.reject(new TypeError('apiFetch sends string bodies only'));

  return new Promise<ApiAnswer>((resolve, reject) => {
    const req = (secure ? httpsRequest : request)(target, { method, headers, agent: agents[secure ? 'https:' : 'http:'] });
    const onAbort = () => req.destroy();
    signal?.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const fail = (error: NodeJS.ErrnoException) =>
      settle(() => {
        if (signal?.aborted) return reject(signal.reason);
        if (mayRetry && req.reusedSocket && method === 'GET' && error.code === 'ECONNRESET') return resolve(send(url, init, false));
        reject(new TypeError('fetch failed', { cause: error }));
      });
    req.on('error', fail);
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.once('end', () =>
        settle(() => {
          const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
          resolve(new ApiAnswer(url, res.statusCode ?? 0, res.statusMessage ?? '', res.headers, raw));
        }),
      );
      // An answer cut off midway (the API stopped, or the deadline passed) fails the request.
      res.once('close', () => fail(Object.assign(new Error('the answer was cut off'), { code: 'ECUTOFF' })));
    });
    req.end(body);
  });
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}
