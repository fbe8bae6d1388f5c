/**
 * @module
 * Row values both stores derive from an article the same way: UTC timestamps and the summary.
 */
import type { Article, ArticleSummary } from '@dateline/model';

/**
 * A timestamp in the one form the columns use (UTC, milliseconds), so text order is time order.
 *
 * @example
 * utc('2026-06-01T07:00:00+02:00'); // '2026-06-01T05:00:00.000Z'
 */
export function utc(timestamp: string | Date): string {
  return new Date(timestamp).toISOString();
}

/**
 * The listing form of an article.
 *
 * @example
 * toSummary(article).headline === article.headline; // true
 */
export function toSummary(a: Article): ArticleSummary {
  return {
    id: a.id,
    slug: a.slug,
    headline: a.headline,
    ...(a.standfirst !== undefined && { standfirst: a.standfirst }),
    excerpt: a.excerpt,
    authors: a.authors,
    ...(a.section !== undefined && { section: a.section }),
    tags: a.tags,
    language: a.language,
    status: a.status,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    ...(a.leadImage !== undefined && { leadImage: a.leadImage }),
    wordCount: a.wordCount,
    readingTime: a.readingTime,
  };
}
