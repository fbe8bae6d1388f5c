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

/**
 * The API answered that what was asked for moved (301), to `location`: for an article, a slug it
 * had before it changed. Pages answer with a redirect of their own.
 *
 * @example
 * if (error instanceof ApiMovedError) return Astro.redirect(`/articles/${error.slug}`, 301);
 */
export class ApiMovedError extends Error {
  override readonly name = 'ApiMovedError';
  /** The API's `Location`. */
  readonly location: string;
  /** The last segment of its path: for an article, its slug now. */
  readonly slug: string;

  constructor(location: string, message: string) {
    super(message);
    this.location = location;
    this.slug = decodeURIComponent(new URL(location, 'http://api').pathname.split('/').at(-1) ?? '');
  }
}
