/**
 * @module
 * The pages of a section, tag or author (a topic) and of a person, place or organisation (an
 * entity): loading what they show, and what their head says. Each kind's page is a thin wrapper
 * around TopicPage.astro or EntityPage.astro (two components rather than one, since Astro puts
 * the styles of every component a page imports into it).
 */
import type { EntityType } from '@dateline/model';
import { readConfig } from '../data/index.ts';
import { entityDescription, type EntityPageData, loadEntityPage } from './entity-page.ts';
import { setLastModified } from './last-modified.ts';
import { entityPath, type TopicKind, topicPath } from './paths.ts';
import { siteLocale } from './site-locale.ts';
import { loadTopicPage, type TopicPageData } from './topic-page.ts';
import { topicDescription } from './topics.ts';

/** A loaded section, tag or author page, with its kind. */
export type TopicListingPage = { kind: TopicKind } & TopicPageData;

/** A loaded person, place or organisation page, with its kind. */
export type EntityListingPage = { kind: EntityType } & EntityPageData;

const TOPIC_KINDS: readonly string[] = ['sections', 'tags', 'authors'] satisfies TopicKind[];
const isTopicKind = (kind: string): kind is TopicKind => TOPIC_KINDS.includes(kind);

/**
 * The topic or entity `slug` of `kind` and the page of its stories that `url`'s `?cursor=`
 * names, with `Last-Modified` set on `headers` (the page's `Astro.response.headers`) from those
 * stories; null when there is no such topic, entity or page (the page answers 404).
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const page = await loadListingPage('people', Astro.params.slug ?? '', Astro.url, Astro.response.headers);
 * if (!page) return new Response(null, { status: 404 });
 */
export async function loadListingPage(kind: TopicKind, slug: string, url: URL, headers: Headers): Promise<TopicListingPage | null>;
export async function loadListingPage(kind: EntityType, slug: string, url: URL, headers: Headers): Promise<EntityListingPage | null>;
export async function loadListingPage(
  kind: TopicKind | EntityType,
  slug: string,
  url: URL,
  headers: Headers,
): Promise<TopicListingPage | EntityListingPage | null> {
  if (isTopicKind(kind)) {
    const data = await loadTopicPage(kind, slug, url);
    if (data) setLastModified(headers, data.list.items);
    return data && { kind, ...data };
  }
  const data = await loadEntityPage(kind, slug, url);
  if (data) setLastModified(headers, data.entity.articles.items);
  return data && { kind, ...data };
}

/** What the head of a topic or entity page says. */
interface ListingHead {
  /** The page's title: the name, or "Older stories of…" on a later page. */
  title: string;
  /** The topic's or entity's name. */
  name: string;
  description: string;
  /** The path this page is canonical at. */
  canonical: string;
  /** Whether this is a later page of the stories (a `?cursor=`). */
  older: boolean;
}

/**
 * The head of the page showing `page`.
 *
 * @example
 * listingHead((await loadListingPage('sections', 'business', url, headers))!).title; // 'Business'
 */
export function listingHead(page: TopicListingPage | EntityListingPage): ListingHead {
  const { siteName } = readConfig();
  const { cursor } = page;
  const [name, description, canonical] =
    'topic' in page
      ? [page.topic.name, topicDescription(page.kind, page.topic, siteName), topicPath(page.kind, page.topic.slug, cursor)]
      : [page.entity.name, entityDescription(page.entity, siteName), entityPath(page.kind, page.entity.slug, cursor)];
  return { title: cursor ? siteLocale().messages.olderStoriesOf(name) : name, name, description, canonical, older: Boolean(cursor) };
}
