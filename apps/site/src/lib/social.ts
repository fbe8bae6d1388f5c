/**
 * @module
 * What social networks and search engines read about a page beyond its title: Open Graph and
 * Twitter card details of an article, and its place in the site as a schema.org BreadcrumbList.
 */
import { type Article, type JsonLd, SHARE_SIZE, sharePath } from '@dateline/model';
import { isMeaningfulUpdate } from './format.ts';
import { safeImageSrc } from '@dateline/model/core';

/** A page's Open Graph type and, for an article, its image and article details. */
export interface SocialInfo {
  type: 'website' | 'article';
  /** An absolute image URL and its text alternative. */
  image?: { url: string; alt: string; width?: number; height?: number } | undefined;
  article?:
    | {
        publishedTime?: string | undefined;
        modifiedTime?: string | undefined;
        section?: string | undefined;
        tags: string[];
      }
    | undefined;
}

/**
 * The Open Graph details of `article`, its image made absolute against `origin` (the site's
 * public origin). The modified time is the publication time unless the article has really been
 * updated since (see `isMeaningfulUpdate`).
 *
 * @example
 * articleSocial(article, 'https://news.example.org').image?.url; // 'https://news.example.org/samples/ferry.svg'
 */
export function articleSocial(article: Article, origin: string): SocialInfo {
  // The lead image, else the first picture of the body; a stored one by its 1200×630 crop.
  const picture = article.leadImage ?? article.body.find((b) => b.type === 'image');
  const src = picture?.media ? sharePath(picture.media.id) : picture ? safeImageSrc(picture.src) : null;
  const published = article.publishedAt ?? undefined;
  return {
    type: 'article',
    ...(src && picture && { image: { url: new URL(src, origin).href, alt: picture.alt, ...(picture.media && SHARE_SIZE) } }),
    article: {
      publishedTime: published,
      modifiedTime: isMeaningfulUpdate(article) ? article.updatedAt : published,
      section: article.section?.name,
      tags: article.tags.map((t) => t.name),
    },
  };
}

/** One step of a breadcrumb trail: a name and an absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/**
 * schema.org `BreadcrumbList` JSON-LD for a trail, first step (the front page) first.
 *
 * @example
 * breadcrumbList([{ name: 'Home', url: 'https://news.example.org/' }, { name: 'Local', url: 'https://news.example.org/sections/local' }]);
 */
export function breadcrumbList(trail: readonly Crumb[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}
