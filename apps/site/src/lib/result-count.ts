/**
 * @module
 * How many results a search page says it found.
 */
import { siteLocale } from './site-locale.ts';

/**
 * "1 result", "2,345 results", or "More than 10,000 results" when the API counted a phrase
 * search only that far (`exact` false).
 *
 * @example
 * resultCount(10_000, false); // 'More than 10,000 results'
 */
export function resultCount(total: number, exact: boolean): string {
  const { locale, messages } = siteLocale();
  const n = total.toLocaleString(locale);
  return exact ? messages.search.resultCount(total, n) : messages.search.moreThan(n);
}
