/**
 * @module
 * Row values both stores derive from an article the same way: UTC timestamps and the summary.
 */
import { type Article, ArticleSummary } from '@dateline/model';

/**
 * A timestamp in the one form the columns use (UTC, milliseconds), so text order is time order.
 *
 * @example
 * utc('2026-06-01T07:00:00+02:00'); // '2026-06-01T05:00:00.000Z'
 */
export function utc(timestamp: string | Date): string {
  return new Date(timestamp).toISOString();
}

// The summary's fields are the schema's: a field added to `ArticleSummary` is stored with every
// article saved afterwards without a change here.
const SUMMARY_FIELDS = Object.keys(ArticleSummary.shape) as (keyof ArticleSummary)[];

/**
 * The listing form of an article: the fields `ArticleSummary` picks, in its order, leaving out
 * the optional ones the article lacks. Picked rather than parsed: the article is valid already,
 * and a listing stores one per row.
 *
 * @example
 * toSummary(article).headline === article.headline; // true
 */
export function toSummary(a: Article): ArticleSummary {
  const summary: Record<string, unknown> = {};
  for (const key of SUMMARY_FIELDS) if (a[key] !== undefined) summary[key] = a[key];
  return summary as ArticleSummary;
}
