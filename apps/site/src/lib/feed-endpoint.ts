/**
 * @module
 * The feed endpoints: the latest articles in full, as RSS, Atom or JSON Feed, for the whole site
 * or one section, tag or author.
 */
import { type Article, type FeedOptions, Slug, toAtom, toJsonFeed, toRss } from '@dateline/model';
import { getTopic, latestArticles } from '../data/index.ts';
import { discoveryResponse, notFound, publicSite } from './discovery-response.ts';
import { lastModifiedOf } from './last-modified.ts';
import { absoluteUrl, type FeedFormat, feedPath, topicPath, type TopicKind } from './paths.ts';
import { topicDescription, topicFilter } from './topics.ts';

/** How many of the latest articles a feed carries. */
const FEED_SIZE = 20;

/**
 * The `format` feed of the site, or of `topic`, for a request to `url`; 404 for a slug that
 * cannot name a topic, or a topic with no published articles.
 *
 * @throws {ApiUnavailableError} when the API is down or slow (the error page answers 503).
 *
 * @example
 * export const GET: APIRoute = ({ url, params }) => feedResponse('rss', url, { kind: 'tags', slug: params.slug ?? '' });
 */
export async function feedResponse(format: FeedFormat, url: URL, topic?: { kind: TopicKind; slug: string }): Promise<Response> {
  const site = publicSite(url);
  // A string that cannot be a slug names no topic, and the API would refuse it as a filter.
  if (topic && !Slug.safeParse(topic.slug).success) return notFound();
  const [entry, articles] = await Promise.all([
    topic ? getTopic(topic.kind, topic.slug) : null,
    latestArticles(topic ? topicFilter(topic.kind, topic.slug) : {}, FEED_SIZE),
  ]);
  if (topic && !entry) return notFound();
  const options: FeedOptions = {
    selfUrl: absoluteUrl(feedPath(format, topic), site.config.siteUrl, url),
    ...(topic &&
      entry && {
        pageUrl: absoluteUrl(topicPath(topic.kind, topic.slug), site.config.siteUrl, url),
        title: `${entry.name} | ${site.name}`,
        description: topicDescription(topic.kind, entry, site.name),
      }),
  };
  return render(format, site, articles, options);
}

function render(
  format: FeedFormat,
  site: { name: string; url: string; description: string },
  articles: Article[],
  options: FeedOptions,
): Response {
  switch (format) {
    case 'rss':
      return discoveryResponse(toRss(site, articles, options), 'rss', lastModifiedOf(articles));
    case 'atom':
      return discoveryResponse(toAtom(site, articles, options), 'atom', lastModifiedOf(articles));
    case 'json':
      return discoveryResponse(JSON.stringify(toJsonFeed(site, articles, options)), 'json', lastModifiedOf(articles));
  }
}
