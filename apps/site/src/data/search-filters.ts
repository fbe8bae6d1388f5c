/**
 * @module
 * The names behind the slugs a search filters by: the section, topic or author, person, place or
 * organisation, as the API knows them, or null where no published story carries one.
 */
import type { EntityType } from '@dateline/model';
import type { NameFilter, SearchRequest } from '../lib/search-query.ts';
import type { TopicKind } from '../lib/paths.ts';
import { api } from './client.ts';
import { ApiResponseError } from './errors.ts';
import { callApi } from './request.ts';
import { getTopic } from './taxonomy.ts';

const TOPIC_KINDS: Partial<Record<NameFilter, TopicKind>> = { section: 'sections', tag: 'tags', author: 'authors' };

/** The name of each slug `request` filters by; null for a slug no published story carries. */
export type FilterNames = Partial<Record<NameFilter, string | null>>;

/**
 * Looks up the slugs `request` gives for `filters`, all at once.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * await findFilterNames({ q: 'talks', person: 'vladimir-putin', section: 'sport' }, ['person', 'section']);
 * // { person: 'Vladimir Putin', section: null }
 */
export async function findFilterNames(request: SearchRequest, filters: readonly NameFilter[]): Promise<FilterNames> {
  const lookups = filters.flatMap((filter) => {
    const slug = request[filter];
    if (slug === undefined) return [];
    const kind = TOPIC_KINDS[filter];
    const name = kind ? getTopic(kind, slug).then((topic) => topic?.name ?? null) : entityName(filter as EntityType, slug);
    return [name.catch(refused).then((found) => [filter, found] as const)];
  });
  return Object.fromEntries(await Promise.all(lookups));
}

/** The name of the entity of `type` at `slug`, or null when no published story names it. */
async function entityName(type: EntityType, slug: string): Promise<string | null> {
  const { client, timeoutMs } = api();
  const entity = await callApi(
    `${type} ${slug}`,
    timeoutMs,
    // One article is the least the API sends; only the name is wanted.
    (init) => client.v1.entities[':slug'].$get({ param: { slug }, query: { type, limit: '1' } }, { init }),
    (res) => res.json(),
  );
  return entity?.type === type ? entity.name : null;
}

/** A name readers may have meant. */
export interface NameSuggestion {
  name: string;
  slug: string;
}

/**
 * People, places or organisations (by `type`) whose name or alias has a word starting with what
 * was typed, or else with its last word (a surname, say), most named first.
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * await suggestEntities('person', 'Putin'); // [{ name: 'Vladimir Putin', slug: 'vladimir-putin' }]
 */
export async function suggestEntities(type: EntityType, typed: string, limit = 3): Promise<NameSuggestion[]> {
  const words = typed.split(/\s+/).filter(Boolean);
  for (const q of new Set([typed, words.at(-1) ?? ''])) {
    if (!q) continue;
    const { client, timeoutMs } = api();
    const list = await callApi(
      `${type} names like ${q}`,
      timeoutMs,
      (init) => client.v1.entities.$get({ query: { type, q, limit: String(limit) } }, { init }),
      (res) => res.json(),
    ).catch(refused);
    if (list && list.items.length > 0) return list.items.map(({ name, slug }) => ({ name, slug }));
  }
  return [];
}

/** A look-up the API refuses (say, a name longer than it reads) finds nothing; an outage still fails the page. */
function refused(error: unknown): null {
  if (error instanceof ApiResponseError) return null;
  throw error;
}
