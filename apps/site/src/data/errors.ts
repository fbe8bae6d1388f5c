/**
 * @module
 * Typed failures of the API, so pages and the error page can tell an outage (answer 503 and ask
 * the reader to come back) from a request the API refused.
 */

/** The API could not be reached, timed out, or failed on its side (5xx). */
export class ApiUnavailableError extends Error {
  override readonly name = 'ApiUnavailableError';
}

/** The API answered with an unexpected 4xx status, such as 400 for a malformed cursor. */
export class ApiResponseError extends Error {
  override readonly name = 'ApiResponseError';
  readonly status: number;

  constructor(status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
  }
}
