/**
 * @module
 * What the section, tag and author pages and feeds say about their topic: labels, titles and
 * descriptions, and the listing filter each kind of topic uses.
 */
import type { ListArticlesParams } from '../data/index.ts';
import type { TopicKind } from './paths.ts';
import { siteLocale } from './site-locale.ts';

/** A topic as the pages need it: the API's section, tag or author. */
export interface Topic {
  name: string;
  slug: string;
  articleCount: number;
  bio?: string | undefined;
  url?: string | undefined;
}

/**
 * The article listing's filter for a topic.
 *
 * @example
 * topicFilter('tags', 'ferries'); // { tag: 'ferries' }
 */
export function topicFilter(kind: TopicKind, slug: string): Pick<ListArticlesParams, 'section' | 'tag' | 'author'> {
  if (kind === 'sections') return { section: slug };
  if (kind === 'tags') return { tag: slug };
  return { author: slug };
}

/**
 * One line about a topic's page and feeds (an author's bio when they have one).
 *
 * @example
 * topicDescription('sections', { name: 'Business', slug: 'business', articleCount: 3 }, 'Dateline');
 * // 'The latest Business stories from Dateline.'
 */
export function topicDescription(kind: TopicKind, topic: Topic, siteName: string): string {
  if (kind === 'sections') return `The latest ${topic.name} stories from ${siteName}.`;
  if (kind === 'tags') return `Stories about ${topic.name} from ${siteName}.`;
  return topic.bio ?? `Stories by ${topic.name} for ${siteName}.`;
}

/**
 * How many stories a topic has, as a reader would say it.
 *
 * @example
 * storyCount(1); // '1 story'
 */
export function storyCount(n: number): string {
  const { locale, messages } = siteLocale();
  return messages.storyCount(n, n.toLocaleString(locale));
}
