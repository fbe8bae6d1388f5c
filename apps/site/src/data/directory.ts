/**
 * @module
 * One page of a directory from the API: the sections, tags or authors with published articles
 * (the taxonomy listings), or the people, places or organisations they name (the entity listing),
 * each with how many articles it has, and the cursor of the next page.
 */
import type { EntityType } from '@dateline/model';
import type { Client } from '@dateline/api/client';
import type { TopicKind } from '../lib/paths.ts';
import { api } from './client.ts';
import { ApiResponseError } from './errors.ts';
import { callApi } from './request.ts';

/** An entry of a directory: a name, its slug and its number of published articles. */
export interface DirectoryEntry {
  name: string;
  slug: string;
  articleCount: number;
}

/** A page of a directory, with the number of entries across all pages. */
export interface DirectoryPage {
  items: DirectoryEntry[];
  nextCursor: string | null;
  total: number;
}

const entries = (items: readonly DirectoryEntry[]) => items.map(({ name, slug, articleCount }) => ({ name, slug, articleCount }));

/**
 * A page of sections or authors (by name) or tags (most used first); null when `cursor` is not
 * one the API issued.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const page = await topicDirectory('sections', 100);
 */
export async function topicDirectory(kind: TopicKind, limit: number, cursor?: string): Promise<DirectoryPage | null> {
  const { client, timeoutMs } = api();
  const query = { limit: String(limit), ...(cursor && { cursor }) };
  const routes = client.v1[kind] as Client['v1']['sections'];
  return refusedCursorIsNull(cursor, async () => {
    const page = await callApi(
      `listing ${kind}`,
      timeoutMs,
      (init) => routes.$get({ query }, { init }),
      (res) => res.json(),
    );
    if (!page) throw new ApiResponseError(404, `listing ${kind}: the API has no ${kind} listing`);
    return { items: entries(page.items), nextCursor: page.nextCursor, total: page.total };
  });
}

/**
 * A page of the people, places or organisations of `type`, most named first; null when `cursor`
 * is not one the API issued.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const page = await entityDirectory('person', 100);
 */
export async function entityDirectory(type: EntityType, limit: number, cursor?: string): Promise<DirectoryPage | null> {
  const { client, timeoutMs } = api();
  const query = { type, limit: String(limit), ...(cursor && { cursor }) };
  return refusedCursorIsNull(cursor, async () => {
    const page = await callApi(
      `listing ${type} entities`,
      timeoutMs,
      (init) => client.v1.entities.$get({ query }, { init }),
      (res) => res.json(),
    );
    if (!page) return { items: [], nextCursor: null, total: 0 };
    return { items: entries(page.items), nextCursor: page.nextCursor, total: page.total };
  });
}

/** The API answers 400 to a cursor it did not issue: there is no such page. */
async function refusedCursorIsNull<T>(cursor: string | undefined, load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (cursor && error instanceof ApiResponseError && error.status === 400) return null;
    throw error;
  }
}
