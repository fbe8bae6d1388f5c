/**
 * @module
 * One API request under a deadline, with its failures turned into the typed errors of
 * `errors.ts`. Every call to the API goes through `callApi`.
 */
import { ApiMovedError, ApiResponseError, ApiUnavailableError } from './errors.ts';

/** What `callApi` needs of a response: a fetch `Response` or the typed client's `ClientResponse`. */
export interface ApiResponse {
  readonly status: number;
  readonly body: ReadableStream | null;
  readonly headers?: { get(name: string): string | null };
}

/**
 * Sends a request with `send` and reads a 200 answer with `read`; returns null when the API
 * answers 404.
 *
 * The deadline covers reading the body as well as the headers: an API that stalls mid-response is
 * as unavailable as one that never answers.
 *
 * @throws {ApiUnavailableError} on a network error, a timeout or a 5xx answer.
 * @throws {ApiMovedError} on a 301 (an article asked for by a slug it had before it moved).
 * @throws {ApiResponseError} on any other status, or a 200 whose body cannot be read.
 *
 * @example
 * const article = await callApi(
 *   'article',
 *   3000,
 *   (init) => client.v1.articles[':slug'].$get({ param: { slug }, query: {} }, { init }),
 *   (res) => res.json(),
 * );
 */
export async function callApi<R extends ApiResponse, T>(
  what: string,
  timeoutMs: number,
  send: (init: { signal: AbortSignal }) => Promise<R>,
  read: (response: Extract<R, { status: 200 }>) => Promise<T>,
): Promise<T | null> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: R;
  try {
    response = await send({ signal });
  } catch (error) {
    throw unavailable(what, error, timeoutMs);
  }
  const { status } = response;
  if (status !== 200) {
    // Nobody reads the body of a failed answer; release the connection now.
    await response.body?.cancel().catch(() => {});
    if (status === 404) return null;
    const location = response.headers?.get('location');
    if (status === 301 && location) throw new ApiMovedError(location, `${what}: moved to ${location}`);
    if (status >= 500) throw new ApiUnavailableError(`${what}: the API answered ${status}`);
    throw new ApiResponseError(status, `${what}: the API answered ${status}`);
  }
  try {
    return await read(response as Extract<R, { status: 200 }>);
  } catch (error) {
    if (signal.aborted) throw unavailable(what, error, timeoutMs);
    throw new ApiResponseError(status, `${what}: the API's answer could not be read`, { cause: error });
  }
}

/** The error for a request that failed to reach the API or timed out. */
export function unavailable(what: string, error: unknown, timeoutMs: number): ApiUnavailableError {
  const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
  const reason = timedOut ? `no answer within ${timeoutMs} ms` : 'the API could not be reached';
  return new ApiUnavailableError(`${what}: ${reason}`, { cause: error });
}
