/**
 * @module
 * Sections, tags and authors for readers: sorted and paged here rather than in SQL, so names sort
 * the same way (letters before case, accents as their base letter, numbers by value) whichever
 * database stands behind the store. The store computes every count in one grouped query anyway,
 * and a publication's vocabulary is small next to its articles.
 */
import type { AuthorCount, SectionCount, Store, TagCount } from '../store/store.ts';
import { InvalidCursorError } from '../store/store.ts';
import type { ReadOptions } from './articles.ts';

/** The three vocabularies. */
type TaxonomyKind = 'sections' | 'tags' | 'authors';

/** One page of a vocabulary. */
export interface TaxonomyPage<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Entries across all pages. */
  total: number;
}

/** Paging of a vocabulary listing. */
export interface TaxonomyPageParams {
  /** Page size; the routes check the range. */
  limit: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string | undefined;
}

type Entry = { name: string; slug: string; articleCount: number };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byName = (a: Entry, b: Entry) => collator.compare(a.name, b.name) || compareSlug(a, b);
// The busiest topics first: a reader scanning tags wants the ones with the most to read.
const byCount = (a: Entry, b: Entry) => b.articleCount - a.articleCount || byName(a, b);
const ORDER: Record<TaxonomyKind, (a: Entry, b: Entry) => number> = { sections: byName, tags: byCount, authors: byName };

function compareSlug(a: Entry, b: Entry): number {
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * The page of `entries` after `params.cursor`, in the order of `kind`: sections and authors by
 * name, tags by article count (most first) then name. A cursor records the last entry's sort key
 * rather than an offset, so an entry appearing between requests neither repeats nor hides another.
 * Throws `InvalidCursorError` for a cursor issued by another listing or not by this API.
 *
 * @example
 * pageOf('tags', await store.listTags({ now }), { limit: 50 });
 */
function pageOf<T extends Entry>(kind: TaxonomyKind, entries: T[], params: TaxonomyPageParams): TaxonomyPage<T> {
  const order = ORDER[kind];
  const sorted = [...entries].sort(order);
  const start = params.cursor === undefined ? 0 : firstAfter(sorted, decodeTaxonomyCursor(kind, params.cursor), order);
  const items = sorted.slice(start, start + params.limit);
  const last = items.at(-1);
  const more = start + params.limit < sorted.length;
  return { items, nextCursor: more && last ? encodeTaxonomyCursor(kind, last) : null, total: sorted.length };
}

function firstAfter(sorted: Entry[], key: Entry, order: (a: Entry, b: Entry) => number): number {
  const index = sorted.findIndex((entry) => order(entry, key) > 0);
  return index === -1 ? sorted.length : index;
}

function encodeTaxonomyCursor(kind: TaxonomyKind, last: Entry): string {
  return Buffer.from(JSON.stringify({ k: kind, n: last.name, s: last.slug, c: last.articleCount })).toString('base64url');
}

function decodeTaxonomyCursor(kind: TaxonomyKind, cursor: string): Entry {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('is not a cursor this API issued');
  }
  const { k, n, s, c } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof n !== 'string' || typeof s !== 'string' || typeof c !== 'number')
    throw new InvalidCursorError('is not a cursor this API issued');
  if (k !== kind) throw new InvalidCursorError(`was issued for the ${String(k)} listing, not ${kind}`);
  return { name: n, slug: s, articleCount: c };
}

/**
 * Sections with at least one public article, by name.
 *
 * @example
 * const { items } = await listSections(store, { limit: 100 }, { now: new Date() });
 */
export async function listSections(store: Store, params: TaxonomyPageParams, options: ReadOptions): Promise<TaxonomyPage<SectionCount>> {
  return pageOf('sections', await store.listSections(visibility(options)), params);
}

/**
 * Tags on at least one public article, most used first.
 *
 * @example
 * const { items } = await listTags(store, { limit: 20 }, { now: new Date() });
 */
export async function listTags(store: Store, params: TaxonomyPageParams, options: ReadOptions): Promise<TaxonomyPage<TagCount>> {
  return pageOf('tags', await store.listTags(visibility(options)), params);
}

/**
 * Authors credited on at least one public article, by name.
 *
 * @example
 * const { items } = await listAuthors(store, { limit: 100 }, { now: new Date() });
 */
export async function listAuthors(store: Store, params: TaxonomyPageParams, options: ReadOptions): Promise<TaxonomyPage<AuthorCount>> {
  return pageOf('authors', await store.listAuthors(visibility(options)), params);
}

function visibility(options: ReadOptions) {
  return { now: options.now, includeHidden: options.includeHidden ?? false };
}

/**
 * The section with this slug and its public article count, or null when it holds none.
 *
 * @example
 * const section = await getSection(store, 'business', { now: new Date() });
 */
export function getSection(store: Store, slug: string, options: ReadOptions): Promise<SectionCount | null> {
  return store.getSection(slug, visibility(options));
}

/**
 * The tag with this slug and its public article count, or null when no public article has it.
 *
 * @example
 * const tag = await getTag(store, 'ferries', { now: new Date() });
 */
export function getTag(store: Store, slug: string, options: ReadOptions): Promise<TagCount | null> {
  return store.getTag(slug, visibility(options));
}

/**
 * The author with this slug (bio and URL included) and their public article count, or null when
 * no public article credits them.
 *
 * @example
 * const author = await getAuthor(store, 'maren-ostby', { now: new Date() });
 */
export function getAuthor(store: Store, slug: string, options: ReadOptions): Promise<AuthorCount | null> {
  return store.getAuthor(slug, visibility(options));
}
