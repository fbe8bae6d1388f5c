/**
 * @module
 * What the search page says about its filters: each field's label and hint, the message for a
 * name no story carries, the names results already give, and the filters in use with a link
 * removing each.
 */
import type { ArticleSummary } from '@dateline/model';
import { DATE_FILTERS, NAME_FILTERS, type NameFilter, type SearchFields, type SearchFilter, type SearchRequest, searchPath, withoutFilter } from './search-query.ts';

/** How the form presents a filter. */
export interface FilterField {
  name: SearchFilter;
  label: string;
  hint: string;
  type: 'text' | 'date';
}

/** The form's filter fields, in order. */
export const FILTER_FIELDS: readonly FilterField[] = [
  { name: 'section', label: 'Section', hint: 'Such as Business', type: 'text' },
  { name: 'tag', label: 'Topic', hint: 'Such as Elections', type: 'text' },
  { name: 'author', label: 'Author', hint: 'The full name', type: 'text' },
  { name: 'person', label: 'Person', hint: 'Stories naming them: the full name', type: 'text' },
  { name: 'place', label: 'Place', hint: 'Stories naming it, such as Moscow', type: 'text' },
  { name: 'organization', label: 'Organisation', hint: 'Stories naming it, such as the Kremlin', type: 'text' },
  { name: 'from', label: 'From', hint: 'Published on or after this day', type: 'date' },
  { name: 'to', label: 'To', hint: 'Published on or before this day', type: 'date' },
];

const LABELS = Object.fromEntries(FILTER_FIELDS.map((f) => [f.name, f.label])) as Record<SearchFilter, string>;

const UNKNOWN: Record<NameFilter, string> = {
  section: 'No story is filed under a section called',
  tag: 'No story has the topic',
  author: 'No story is by an author called',
  person: 'No story names a person called',
  place: 'No story names a place called',
  organization: 'No story names an organisation called',
};

/**
 * The message beside a name filter that no published story carries.
 *
 * @example
 * unknownNameMessage('person', 'Vladmir Putin'); // 'No story names a person called “Vladmir Putin”. Check the spelling.'
 */
export function unknownNameMessage(filter: NameFilter, typed: string): string {
  return `${UNKNOWN[filter]} “${typed}”. Check the spelling.`;
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
  return Object.fromEntries(Object.entries(found).filter(([name, value]) => value !== undefined && request[name as NameFilter] !== undefined));
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
export function activeFilters(fields: SearchFields, request: SearchRequest, names: Partial<Record<NameFilter, string | null>> = {}): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  for (const name of [...NAME_FILTERS, ...DATE_FILTERS]) {
    if (request[name] === undefined) continue;
    const value = name === 'from' || name === 'to' ? formatDay(fields[name]) : (names[name] ?? fields[name]);
    active.push({ name, label: LABELS[name], value, removePath: searchPath(withoutFilter(fields, name)) });
  }
  return active;
}

/** A `YYYY-MM-DD` day as readers write it: 8 May 2026. */
function formatDay(value: string): string {
  return new Date(`${value}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
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
