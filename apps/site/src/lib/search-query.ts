/**
 * @module
 * The search page's query string: what the reader typed, kept as typed for the form, and the
 * search it asks the API for. Filters are names as readers know them ("Local", "Maya Okafor"),
 * turned into the slugs the API filters by; dates are whole days, `to` included.
 */
import type { ArticleFilters, SlugFilters } from '@dateline/api/client';
import { slugify, withoutControls } from '@dateline/model';
import { siteLocale } from './site-locale.ts';

/** The filters naming a section, topic or author. */
export const TOPIC_FILTERS = ['section', 'tag', 'author'] as const satisfies readonly (keyof SlugFilters)[];
/** The filters naming a person, place or organisation (the API's entity types). */
export const ENTITY_FILTERS = ['person', 'place', 'organization'] as const satisfies readonly (keyof SlugFilters)[];
/** The filters naming something by slug. */
export const NAME_FILTERS = [...TOPIC_FILTERS, ...ENTITY_FILTERS] as const;
export type NameFilter = (typeof NAME_FILTERS)[number];

/** The date filters: whole days, both ends included. */
export const DATE_FILTERS = ['from', 'to'] as const satisfies readonly (keyof ArticleFilters)[];
type DateFilter = (typeof DATE_FILTERS)[number];

/** Every filter of the form, in the order it shows them. */
export type SearchFilter = NameFilter | DateFilter;

/** The form's fields, as typed (trimmed), for showing them again. */
export type SearchFields = { q: string } & Record<SearchFilter, string>;

/** What to ask the API for. */
export type SearchRequest = { q: string } & Pick<SlugFilters, NameFilter> & {
    /** The start of the `from` day (UTC). */
    from?: Date | undefined;
    /** The end of the `to` day (UTC): the start of the next one, exclusive. */
    to?: Date | undefined;
    cursor?: string | undefined;
  };

/** A message for each filter that could not be used, shown beside its field. */
export type FilterErrors = Partial<Record<SearchFilter, string>>;

/** A search read from the address, with a message for each field that could not be used. */
export interface ParsedSearch {
  fields: SearchFields;
  request: SearchRequest;
  errors: FilterErrors;
}

/** Longer queries are cut here; the API reads no more than this either. */
const MAX_QUERY_LENGTH = 256;
const FIELD_LENGTH = 100;
const DAY_MS = 86_400_000;

function field(params: URLSearchParams, name: string, max = FIELD_LENGTH): string {
  // Control characters (NUL…) are nothing a reader typed on purpose, and the API refuses NUL.
  return [...withoutControls(params.get(name) ?? '').trim()].slice(0, max).join('');
}

/** Midnight UTC of a `YYYY-MM-DD` day, or null when it is not a real date. */
function day(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(`${value}T00:00:00Z`);
  // `new Date` rolls 2026-02-30 over into March; a real date comes back unchanged.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/**
 * The search in `params`. A name that slugifies to nothing, or a date that is not a real
 * `YYYY-MM-DD` day, or a `to` before `from`, is reported and not applied.
 *
 * @example
 * parseSearch(new URLSearchParams('q=ferry&section=Local&from=2026-05-01')).request;
 * // { q: 'ferry', section: 'local', from: new Date('2026-05-01T00:00:00Z') }
 */
export function parseSearch(params: URLSearchParams): ParsedSearch {
  const fields = { q: field(params, 'q', MAX_QUERY_LENGTH) } as SearchFields;
  for (const name of [...NAME_FILTERS, ...DATE_FILTERS]) fields[name] = field(params, name);
  const errors: FilterErrors = {};
  const m = siteLocale().messages.search;
  const request: SearchRequest = { q: fields.q };
  for (const name of NAME_FILTERS) {
    if (!fields[name]) continue;
    const slug = slugify(fields[name]);
    if (slug) request[name] = slug;
    else errors[name] = m.nameUnreadable;
  }
  const from = fields.from ? day(fields.from) : null;
  const last = fields.to ? day(fields.to) : null;
  if (fields.from && !from) errors.from = m.dateUnreadable('2026-05-08');
  if (fields.to && !last) errors.to = m.dateUnreadable('2026-05-31');
  if (from && last && last < from) errors.to = m.dateOrder;
  else {
    if (from) request.from = from;
    if (last) request.to = new Date(last.getTime() + DAY_MS);
  }
  const cursor = params.get('cursor') ?? '';
  // The API's cursors are base64url; anything else names no page and is left out.
  if (cursor && cursor.length <= 500 && /^[\w-]+$/.test(cursor)) request.cursor = cursor;
  return { fields, request, errors };
}

/**
 * The search page's address for `fields` (blank ones left out, in the form's order), at `cursor`
 * when given.
 *
 * @example
 * searchPath({ q: 'ferry', person: 'vladimir-putin' }, 'abc'); // '/search?q=ferry&person=vladimir-putin&cursor=abc'
 */
export function searchPath(fields: Partial<SearchFields>, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const key of ['q', ...NAME_FILTERS, ...DATE_FILTERS] as const) {
    const value = fields[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

/**
 * `fields` without `filter`, for a link that removes it; a search without filters when none given.
 *
 * @example
 * withoutFilter({ q: 'ferry', tag: 'Boats', … }, 'tag'); // { q: 'ferry', tag: '', … }
 */
export function withoutFilter(fields: SearchFields, filter?: SearchFilter): SearchFields {
  const names = filter ? [filter] : [...NAME_FILTERS, ...DATE_FILTERS];
  return { ...fields, ...Object.fromEntries(names.map((name) => [name, ''])) };
}

/**
 * `fields` as far as `request` searches by them: a filter that could not be read left blank. The
 * page's canonical address is this search's.
 *
 * @example
 * appliedFields({ q: 'ferry', from: '2026-02-30', … }, { q: 'ferry' }); // { q: 'ferry', from: '', … }
 */
export function appliedFields(fields: SearchFields, request: SearchRequest): SearchFields {
  const applied = { ...fields };
  for (const name of [...NAME_FILTERS, ...DATE_FILTERS]) if (request[name] === undefined) applied[name] = '';
  return applied;
}
