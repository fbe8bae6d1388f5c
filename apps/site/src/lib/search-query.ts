/**
 * @module
 * The search page's query string: what the reader typed, kept as typed for the form, and the
 * search it asks the API for. Filters are names as readers know them ("Local", "Maya Okafor"),
 * turned into the slugs the API filters by; dates are whole days, `to` included.
 */
import { slugify } from '@dateline/model';

/** The form's fields, as typed (trimmed), for showing them again. */
export interface SearchFields {
  q: string;
  section: string;
  tag: string;
  author: string;
  from: string;
  to: string;
}

/** What to ask the API for. */
export interface SearchRequest {
  q: string;
  section?: string | undefined;
  tag?: string | undefined;
  author?: string | undefined;
  /** The start of the `from` day (UTC). */
  from?: Date | undefined;
  /** The end of the `to` day (UTC): the start of the next one, exclusive. */
  to?: Date | undefined;
  cursor?: string | undefined;
}

/** A search read from the address, with a message for each field that could not be used. */
export interface ParsedSearch {
  fields: SearchFields;
  request: SearchRequest;
  errors: Partial<Record<'from' | 'to', string>>;
}

/** Longer queries are cut here; the API reads no more than this either. */
export const MAX_QUERY_LENGTH = 256;
const FIELD_LENGTH = 100;
const DAY_MS = 86_400_000;

function field(params: URLSearchParams, name: string, max = FIELD_LENGTH): string {
  return [...(params.get(name) ?? '').trim()].slice(0, max).join('');
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
 * The search in `params`. Filters that slugify to nothing are dropped; a date that is not a real
 * `YYYY-MM-DD` day, or a `to` before `from`, is reported and not applied.
 *
 * @example
 * parseSearch(new URLSearchParams('q=ferry&section=Local&from=2026-05-01')).request;
 * // { q: 'ferry', section: 'local', from: new Date('2026-05-01T00:00:00Z') }
 */
export function parseSearch(params: URLSearchParams): ParsedSearch {
  const fields: SearchFields = {
    q: field(params, 'q', MAX_QUERY_LENGTH),
    section: field(params, 'section'),
    tag: field(params, 'tag'),
    author: field(params, 'author'),
    from: field(params, 'from'),
    to: field(params, 'to'),
  };
  const errors: ParsedSearch['errors'] = {};
  const from = fields.from ? day(fields.from) : null;
  const last = fields.to ? day(fields.to) : null;
  if (fields.from && !from) errors.from = 'Enter the date as year, month and day, such as 2026-05-08.';
  if (fields.to && !last) errors.to = 'Enter the date as year, month and day, such as 2026-05-31.';
  const backwards = from && last && last < from;
  if (backwards) errors.to = 'The end date must be on or after the start date.';
  const cursor = params.get('cursor') ?? '';
  const request: SearchRequest = {
    q: fields.q,
    ...optional('section', slugify(fields.section)),
    ...optional('tag', slugify(fields.tag)),
    ...optional('author', slugify(fields.author)),
    ...(from && !backwards && { from }),
    ...(last && !backwards && { to: new Date(last.getTime() + DAY_MS) }),
    ...(cursor && cursor.length <= 500 && { cursor }),
  };
  return { fields, request, errors };
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/**
 * The search page's address for `fields` (blank ones left out), at `cursor` when given.
 *
 * @example
 * searchPath({ q: 'ferry', section: '', tag: '', author: '', from: '', to: '' }, 'abc'); // '/search?q=ferry&cursor=abc'
 */
export function searchPath(fields: Partial<SearchFields>, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value) params.set(key, value);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}
