/**
 * @module
 * The directory pages (/sections, /tags, /authors, /people, /places, /organizations): what each
 * is called and where its entries come from, and loading one page of one.
 */
import { ENTITY_PATHS, type EntityType } from '@dateline/model';
import { type DirectoryPage, entityDirectory, topicDirectory } from '../data/index.ts';
import { entityPath, type TopicKind, topicPath } from './paths.ts';

/** Entries per page of a directory. */
const DIRECTORY_PAGE_SIZE = 100;

/** The kinds of directory, by the folder they are at (the entity ones as the model's ENTITY_PATHS names them). */
export type DirectoryKind = TopicKind | 'people' | 'places' | 'organizations';

/** A directory's heading and description are words of the site: see `directories` in the message files. */
interface DirectoryInfo {
  /** The source of its entries: a taxonomy listing or the entity listing. */
  source: { topic: TopicKind } | { entity: EntityType };
}

const ENTITY_TYPE_AT = Object.fromEntries(Object.entries(ENTITY_PATHS).map(([type, folder]) => [folder, type])) as Record<
  string,
  EntityType
>;

/** Every directory, in the order the site lists them. */
export const DIRECTORIES: Readonly<Record<DirectoryKind, DirectoryInfo>> = {
  sections: { source: { topic: 'sections' } },
  tags: { source: { topic: 'tags' } },
  authors: { source: { topic: 'authors' } },
  people: { source: { entity: 'person' } },
  places: { source: { entity: 'place' } },
  organizations: { source: { entity: 'organization' } },
};

/**
 * The address of a directory, or one of its later pages when `cursor` is given.
 *
 * @example
 * directoryPath('people'); // '/people'
 * directoryPath('tags', 'abc'); // '/tags?cursor=abc'
 */
export function directoryPath(kind: DirectoryKind, cursor?: string | null): string {
  return cursor ? `/${kind}?${new URLSearchParams({ cursor })}` : `/${kind}`;
}

/**
 * The address of an entry of a directory.
 *
 * @example
 * directoryEntryPath('people', 'xi-jinping'); // '/people/xi-jinping'
 */
export function directoryEntryPath(kind: DirectoryKind, slug: string): string {
  const type = ENTITY_TYPE_AT[kind];
  return type ? entityPath(type, slug) : topicPath(kind as TopicKind, slug);
}

/** What a directory page shows. */
export interface DirectoryPageData extends DirectoryPage {
  kind: DirectoryKind;
  /** The cursor of this page; undefined on the first. */
  cursor: string | undefined;
}

/**
 * The page of directory `kind` that `url`'s `?cursor=` names; null when the API did not issue
 * that cursor (the page answers 404).
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const data = await loadDirectoryPage('people', Astro.url);
 * if (!data) return new Response(null, { status: 404 });
 */
export async function loadDirectoryPage(kind: DirectoryKind, url: URL, pageSize = DIRECTORY_PAGE_SIZE): Promise<DirectoryPageData | null> {
  const cursor = url.searchParams.get('cursor') ?? undefined;
  const { source } = DIRECTORIES[kind];
  const page =
    'topic' in source ? await topicDirectory(source.topic, pageSize, cursor) : await entityDirectory(source.entity, pageSize, cursor);
  return page && { ...page, kind, cursor };
}
