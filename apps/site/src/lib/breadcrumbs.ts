/**
 * @module
 * Where a page sits in the site, from the front page down: one trail per page, shown as its
 * breadcrumbs and given to search engines as its BreadcrumbList, so the two always agree, in the
 * site's language.
 */
import type { EntityType } from '@dateline/model';
import { ENTITY_PATHS } from '@dateline/model';
import { type DirectoryKind, directoryPath } from './directory.ts';
import { articlePath, entityPath, type TopicKind, topicPath } from './paths.ts';
import { siteLocale } from './site-locale.ts';

/** A step of a trail: a page's name and its path on the site. */
export interface Crumb {
  name: string;
  path: string;
}

/** The front page's step, named in the site's language. */
function home(): Crumb {
  return { name: siteLocale().messages.home, path: '/' };
}

/**
 * The trail to an article: the front page, its section when it has one, the article.
 *
 * @example
 * articleTrail({ slug: 'night-ferry', headline: 'Night ferry returns', section: { name: 'Local', slug: 'local' } });
 * // [{ name: 'Home', path: '/' }, { name: 'Local', path: '/sections/local' }, { name: 'Night ferry returns', path: '/articles/night-ferry' }]
 */
export function articleTrail(article: {
  slug: string;
  headline: string;
  section?: { name: string; slug: string } | null | undefined;
}): Crumb[] {
  const section = article.section ? [{ name: article.section.name, path: topicPath('sections', article.section.slug) }] : [];
  return [home(), ...section, { name: article.headline, path: articlePath(article.slug) }];
}

/**
 * The trail to a directory page.
 *
 * @example
 * directoryTrail('people'); // [{ name: 'Home', path: '/' }, { name: 'People', path: '/people' }]
 */
export function directoryTrail(kind: DirectoryKind): Crumb[] {
  return [home(), { name: siteLocale().messages.directories[kind], path: directoryPath(kind) }];
}

/**
 * The trail to a section's, tag's or author's page, through its directory.
 *
 * @example
 * topicTrail('sections', { name: 'Local', slug: 'local' }); // Home › Sections › Local
 */
export function topicTrail(kind: TopicKind, topic: { name: string; slug: string }): Crumb[] {
  return [...directoryTrail(kind), { name: topic.name, path: topicPath(kind, topic.slug) }];
}

/**
 * The trail to a person's, place's or organisation's page, through its directory.
 *
 * @example
 * entityTrail('person', { name: 'Xi Jinping', slug: 'xi-jinping' }); // Home › People › Xi Jinping
 */
export function entityTrail(type: EntityType, entity: { name: string; slug: string }): Crumb[] {
  return [...directoryTrail(ENTITY_PATHS[type] as DirectoryKind), { name: entity.name, path: entityPath(type, entity.slug) }];
}
