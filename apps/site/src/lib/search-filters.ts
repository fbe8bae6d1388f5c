/**
 * @module
 * What the search page says about its filters: each field's label and hint, the message for a
 * name no story carries, the names results already give, and the filters in use with a link
 * removing each.
 */
import type { ArticleSummary } from '@dateline/model';
import { siteLocale } from './site-locale.ts';
import {
  DATE_FILTERS,
  NAME_FILTERS,
  type NameFilter,
  type SearchFields,
  type SearchFilter,
  type SearchRequest,
  searchPath,
  withoutFilter,
} from './search-query.ts';

/** How the form presents a filter; its label and hint are in the message files (`search.fields`). */
export interface FilterField {
  name: SearchFilter;
  type: 'text' | 'date';
}

/** The form's filter fields, in order. */
export const FILTER_FIELDS: readonly FilterField[] = [
  { name: 'section', type: 'text' },
  { name: 'tag', type: 'text' },
  { name: 'author', type: 'text' },
  { name: 'person', type: 'text' },
  { name: 'place', type: 'text' },
  { name: 'organization', type: 'text' },
  { name: 'from', type: 'date' },
  { name: 'to', type: 'date' },
];

/**
 * The message beside a name filter that no published story carries.
 *
 * @example
 * unknownNameMessage('person', 'Vladmir Putin'); // 'No story names a person called “Vladmir Putin”. Check the spelling.'
 */
export function unknownNameMessage(filter: NameFilter, typed: string): string {
  return siteLocale().messages.search.unknownName[filter](typed);
}

/**
 * The names of the section, topic and author `request` filters by, as the `hits` carry them: every
 * hit matched all three, so any hit names them. Only those missing need looking up.
 *
 * @example
 * namesInResults({ q: 'ferry', section: 'travel' }, [{ article: { section: { name: 'Travel', slug: 'travel' }, … } }]);
 * // { section: 'Travel' }
 */
export function namesInResults(request: SearchRequest, hits: readonly { article: ArticleSummary }[]): Partial<Record<NameFilter, string>> {
  const article = hits[0]?.article;
  if (!article) return {};
  const found = {
    section: article.section?.slug === request.section ? article.section?.name : undefined,
    tag: article.tags.find((t) => t.slug === request.tag)?.name,
    author: article.authors.find((a) => a.slug === request.author)?.name,
  };
  return Object.fromEntries(
    Object.entries(found).filter(([name, value]) => value !== undefined && request[name as NameFilter] !== undefined),
  );
}

/** A filter in use, as shown above the results. */
export interface ActiveFilter {
  name: SearchFilter;
  label: string;
  /** The name as the API knows it when found, else as typed; a date as typed. */
  value: string;
  /** The same search without this filter. */
  removePath: string;
}

/**
 * The filters `request` searches by (a field that could not be read is not among them), with the
 * names the API gave for their slugs where it knows them.
 *
 * @example
 * activeFilters(fields, request, { person: 'Vladimir Putin' });
 * // [{ name: 'person', label: 'Person', value: 'Vladimir Putin', removePath: '/search?q=talks' }]
 */
export function activeFilters(
  fields: SearchFields,
  request: SearchRequest,
  names: Partial<Record<NameFilter, string | null>> = {},
): ActiveFilter[] {
  const { locale, messages } = siteLocale();
  const active: ActiveFilter[] = [];
  for (const name of [...NAME_FILTERS, ...DATE_FILTERS]) {
    if (request[name] === undefined) continue;
    const value = name === 'from' || name === 'to' ? formatDay(fields[name], locale) : (names[name] ?? fields[name]);
    active.push({ name, label: messages.search.fields[name].label, value, removePath: searchPath(withoutFilter(fields, name)) });
  }
  return active;
}

/** A `YYYY-MM-DD` day as the site's locale writes it: 8 May 2026, 8 mai 2026. A day has no time zone. */
function formatDay(value: string, locale: string): string {
  return new Date(`${value}T00:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The input type to show `value` in: a date field only holds a real calendar date (`YYYY-MM-DD`),
 * so anything else the reader typed is shown back, with its message, in a text field (a date
 * input with another value is invalid HTML, and browsers would show it empty).
 *
 * @example
 * inputType('date', '2026-02-31'); // 'text'
 * inputType('date', '2026-02-28'); // 'date'
 */
export function inputType(type: FilterField['type'], value: string | undefined): FilterField['type'] | 'text' {
  if (type !== 'date' || !value) return type;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'text';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? 'date' : 'text';
}
