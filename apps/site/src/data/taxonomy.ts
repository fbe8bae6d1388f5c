/**
 * @module
 * Sections, tags and authors from the API: one by slug for its page, or every one of a kind for
 * the sitemap.
 */
import { Slug } from '@dateline/model';
import type { Client } from '@dateline/api/client';
import type { TopicKind } from '../lib/paths.ts';
import { api } from './client.ts';
import { ApiResponseError } from './errors.ts';
import { callApi } from './request.ts';

/** A section with the number of articles published in it. */
interface SectionEntry {
  name: string;
  slug: string;
  articleCount: number;
}

/** An author, with bio and URL when known, and the number of articles they are credited on. */
interface AuthorEntry extends SectionEntry {
  bio?: string | undefined;
  url?: string | undefined;
}

export type { TopicKind };

type Entry<K extends TopicKind> = K extends 'authors' ? AuthorEntry : SectionEntry;

/** The typed client's routes for `kind`; the three share their shapes. */
function routes(client: Client, kind: TopicKind) {
  return client.v1[kind] as Client['v1']['authors'];
}

/**
 * The section, tag or author with `slug`, or null when no published article is filed under it.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const section = await getTopic('sections', 'business');
 */
export async function getTopic<K extends TopicKind>(kind: K, slug: string): Promise<Entry<K> | null> {
  // A string that cannot be a slug names nothing: no need to ask.
  if (!Slug.safeParse(slug).success) return null;
  const { client, timeoutMs } = api();
  return callApi(
    `${kind} ${slug}`,
    timeoutMs,
    (init) => routes(client, kind)[':slug'].$get({ param: { slug } }, { init }),
    (res) => res.json(),
  ) as Promise<Entry<K> | null>;
}

/** Page size when reading a whole vocabulary (the API's largest). */
const ALL_PAGE_SIZE = 500;

/**
 * Every section, tag or author with published articles, following the API's pages to the end
 * (sections and authors by name, tags most used first).
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const tags = await listAllTopics('tags');
 */
export async function listAllTopics<K extends TopicKind>(kind: K): Promise<Entry<K>[]> {
  const { client, timeoutMs } = api();
  const all: Entry<K>[] = [];
  let cursor: string | undefined;
  do {
    const query = { limit: String(ALL_PAGE_SIZE), ...(cursor && { cursor }) };
    const page = await callApi(
      `listing ${kind}`,
      timeoutMs,
      (init) => routes(client, kind).$get({ query }, { init }),
      (res) => res.json(),
    );
    if (!page) throw new ApiResponseError(404, `listing ${kind}: the API has no ${kind} listing`);
    all.push(...(page.items as Entry<K>[]));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
