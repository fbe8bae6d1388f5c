/**
 * @module
 * The one place the desk makes HTTP requests to the API. On the server it calls API_URL with the
 * reader's cookie; in the browser it calls `/v1/…` on the desk's own origin (forwarded to the API)
 * with the session's CSRF token on every state-changing request.
 */
import type { Schemas } from '@dateline/client';

/**
 * An RFC 9457 problem as a failed request brings it: the API's `Problem`, every member optional,
 * since an answer from something in between (a proxy's 502) may carry none of them.
 */
export type Problem = Partial<Omit<Schemas['Problem'], 'errors'>> & {
  errors?: Partial<Schemas['FieldError']>[];
  [key: string]: unknown;
};

/** A non-2xx answer from the API. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly headers: Headers;
  constructor(status: number, problem: Problem, headers: Headers) {
    super(problem.detail ?? problem.title ?? `The API answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.headers = headers;
  }
}

/** The API could not be reached at all (offline, or the server is down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The API cannot be reached.', { cause });
    this.name = 'NetworkError';
  }
}

/** How requests reach the API: an address and the headers every request carries. */
export interface Transport {
  /** Prepended to `/v1/…`: '' in the browser, API_URL on the server. */
  base: string;
  headers(): Record<string, string>;
  fetch?: typeof fetch;
}

/** A response body with the response's ETag. */
export interface WithEtag<T> {
  body: T;
  etag: string | null;
  status: number;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The entity tag of the article itself for a tag the API sent with a compressed answer: the API
 * tags each content coding of an answer apart (`"abc-br"` for `"abc"` in Brotli) but compares
 * `If-Match` with the plain tag, and a browser cannot ask for an uncompressed answer. Unchanged
 * for any other tag.
 *
 * @example
 * identityEtag('"abc-br"'); // '"abc"'
 * identityEtag('"abc"'); // '"abc"'
 */
function identityEtag(etag: string | null): string | null {
  return etag?.replace(/-(?:br|zstd|gzip|deflate)"$/, '"') ?? null;
}

/**
 * Sends one request and returns its JSON body (null for 204) with its ETag; throws `ApiError` for
 * a non-2xx answer and `NetworkError` when nothing answered.
 *
 * @example
 * const { body } = await call(transport, 'GET', '/v1/articles?status=any');
 */
export async function call<T>(
  transport: Transport,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<WithEtag<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...transport.headers(), ...options.headers };
  if (SAFE.has(method)) delete headers['x-csrf-token'];
  let init: RequestInit = { method, headers, credentials: 'same-origin', redirect: 'follow' };
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    init = { ...init, body: JSON.stringify(options.body) };
  }
  let response: Response;
  try {
    response = await (transport.fetch ?? fetch)(`${transport.base}${path}`, init);
  } catch (error) {
    throw new NetworkError(error);
  }
  const text = await response.text().catch(() => '');
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = { detail: text.slice(0, 200) };
    }
  }
  if (!response.ok) throw new ApiError(response.status, (json as Problem | null) ?? { status: response.status }, response.headers);
  return { body: json as T, etag: identityEtag(response.headers.get('etag')), status: response.status };
}

/**
 * The transport of a browser page: the desk's own origin, the CSRF token of the session.
 *
 * @example
 * const transport = browserTransport(() => document.querySelector('meta[name=csrf-token]')?.getAttribute('content') ?? '');
 */
export function browserTransport(csrfToken: () => string): Transport {
  return {
    base: '',
    headers: (): Record<string, string> => {
      const token = csrfToken();
      return token ? { 'x-csrf-token': token } : {};
    },
  };
}

/**
 * The transport of a page rendered on the desk server for `request`: API_URL, with the reader's
 * cookie and the forwarding headers a reverse proxy would add.
 *
 * @example
 * const transport = serverTransport(Astro.request, Astro.clientAddress);
 */
export function serverTransport(
  request: Request,
  clientAddress?: string,
  apiUrl = process.env.API_URL ?? 'http://127.0.0.1:8787',
): Transport {
  const url = new URL(request.url);
  const headers: Record<string, string> = {
    'x-forwarded-host': request.headers.get('x-forwarded-host') ?? url.host,
    'x-forwarded-proto': request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', ''),
  };
  const cookie = request.headers.get('cookie');
  if (cookie) headers.cookie = cookie;
  const forwardedFor = [request.headers.get('x-forwarded-for'), clientAddress].filter(Boolean).join(', ');
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  return { base: apiUrl.replace(/\/+$/, ''), headers: () => headers };
}
