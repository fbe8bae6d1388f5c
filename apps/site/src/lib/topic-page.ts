/**
 * @module
 * Loading a section's, tag's or author's page: the topic and a page of its articles, asked of
 * the API together.
 */
import { Slug } from '@dateline/model';
import type { ArticleList } from '../data/index.ts';
import { ApiResponseError, getTopic, listArticles } from '../data/index.ts';
import type { TopicKind } from './paths.ts';
import { type Topic, topicFilter } from './topics.ts';

/** Articles per page of a topic. */
const TOPIC_PAGE_SIZE = 20;

/** What a topic page shows. */
export interface TopicPageData {
  topic: Topic;
  list: ArticleList;
  /** The cursor of this page; undefined on the first. */
  cursor: string | undefined;
}

/**
 * The topic `slug` of `kind` and the page of its articles that `url`'s `?cursor=` names; null
 * when there is no such topic or page (the page answers 404).
 *
 * @throws {ApiUnavailableError} when the API is down or slow.
 *
 * @example
 * const data = await loadTopicPage('sections', Astro.params.slug ?? '', Astro.url);
 * if (!data) return new Response(null, { status: 404 });
 */
export async function loadTopicPage(kind: TopicKind, slug: string, url: URL): Promise<TopicPageData | null> {
  // A string that cannot be a slug names no topic, and the listing would refuse it as a filter.
  if (!Slug.safeParse(slug).success) return null;
  const cursor = url.searchParams.get('cursor') ?? undefined;
  const [topic, list] = await Promise.all([
    getTopic(kind, slug),
    listArticles({ ...topicFilter(kind, slug), cursor, limit: TOPIC_PAGE_SIZE }).catch((error: unknown) => {
      // The API refuses a cursor it did not issue: there is no such page of stories.
      if (cursor && error instanceof ApiResponseError && error.status === 400) return null;
      throw error;
    }),
  ]);
  if (!topic || !list) return null;
  return { topic, list, cursor };
}
