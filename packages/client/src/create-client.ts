/**
 * @module
 * The client: openapi-fetch over the API's generated types, with the base URL and an optional
 * API token. Every call is checked against the API's OpenAPI document at compile time (paths,
 * path and query parameters, request bodies and each status's response body).
 */
import createFetchClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths } from './api-types.ts';

/** A client of the Dateline API: `GET`, `POST`, `PUT`, `PATCH` and `DELETE` by path. */
export type DatelineClient = Client<paths>;

/** How to reach the API. */
export interface DatelineClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /**
   * An API token (`dateline token create --name <name> --role editor`), sent as
   * `Authorization: Bearer <token>` with every request. Writes need one; reads with one also see
   * drafts and scheduled articles.
   */
  token?: string;
}

/**
 * A client for the Dateline API at `baseUrl` (without `/v1`). Each call resolves with
 * `{ data, error, response }`: `data` for a 2xx answer, `error` (an RFC 9457 problem document)
 * otherwise; it rejects only when the API cannot be reached.
 *
 * @example
 * const api = createClient('https://api.news.example.org');
 * const { data, error } = await api.GET('/v1/articles', { params: { query: { limit: 10 } } });
 * if (data) for (const a of data.items) console.log(a.publishedAt, a.headline);
 * else console.error(error.title);
 */
export function createClient(baseUrl: string, options: DatelineClientOptions = {}): DatelineClient {
  const { token, ...rest } = options;
  const client = createFetchClient<paths>({ ...rest, baseUrl: baseUrl.replace(/\/+$/, '') });
  if (token !== undefined) client.use(bearer(token));
  return client;
}

/** Adds the token to each request that does not already carry an `Authorization` header. */
function bearer(token: string): Middleware {
  return {
    onRequest({ request }) {
      if (!request.headers.has('Authorization')) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}
