/**
 * @module
 * The `Last-Modified` of a page or a feed: the newest update among the stories it shows (and, on
 * an article's page, its comments). The site's server answers `If-Modified-Since` against it
 * (see server/page-cache.ts and server/send-answer.ts); `If-None-Match` still decides when a
 * reader sends both, since the ETag also sees what has no date.
 */
import { newestHttpDate } from '@dateline/http';

/** Something shown on a page that knows when it last changed. */
export interface Dated {
  updatedAt?: string | null | undefined;
  createdAt?: string | null | undefined;
}

/**
 * The HTTP date of the newest change among `items` (their `updatedAt`, else `createdAt`), or
 * undefined when none is dated.
 *
 * @example
 * lastModifiedOf(list.items); // 'Fri, 08 May 2026 09:30:15 GMT'
 */
export function lastModifiedOf(items: Iterable<Dated>): string | undefined {
  const times: (string | null | undefined)[] = [];
  for (const item of items) times.push(item.updatedAt ?? item.createdAt);
  return newestHttpDate(times);
}

/**
 * Sets `Last-Modified` on `headers` (an Astro page's `Astro.response.headers`) from `items`;
 * nothing when none is dated.
 *
 * @example
 * setLastModified(Astro.response.headers, data.list.items);
 */
export function setLastModified(headers: Headers, items: Iterable<Dated>): void {
  const value = lastModifiedOf(items);
  if (value) headers.set('Last-Modified', value);
}

/** A comment and the replies beneath it, as the article page shows them. */
interface Thread {
  createdAt: string;
  replies: readonly Thread[];
}

/**
 * What an article's page shows that has a date: the article, its related articles and every
 * comment on the page, replies included. A comment held for a moderator joins the page when it is
 * approved, later than it was written: readers who send the ETag (browsers, caches) see the new
 * page at once; one sending only `If-Modified-Since` may keep the older copy until the article or
 * a newer comment changes.
 *
 * @example
 * setLastModified(Astro.response.headers, articlePageDated(page));
 */
export function articlePageDated(page: {
  article: Dated;
  related: readonly Dated[];
  comments: { items: readonly Thread[] } | null;
}): Dated[] {
  const dated: Dated[] = [page.article, ...page.related];
  const walk = (threads: readonly Thread[]) => {
    for (const thread of threads) {
      dated.push({ createdAt: thread.createdAt });
      walk(thread.replies);
    }
  };
  walk(page.comments?.items ?? []);
  return dated;
}
