/**
 * @module
 * The site's URLs, built in one place so pages and components agree on them.
 */

/** The front page, or one of its older pages when `cursor` is given. */
export function frontPagePath(cursor?: string | null): string {
  return cursor ? `/?${new URLSearchParams({ cursor })}` : '/';
}

/** An article's page. */
export function articlePath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}`;
}

/** An absolute URL for `path`, on the configured public origin or else the request's. */
export function absoluteUrl(path: string, siteUrl: string | undefined, requestUrl: URL): string {
  return new URL(path, siteUrl ?? requestUrl.origin).href;
}
