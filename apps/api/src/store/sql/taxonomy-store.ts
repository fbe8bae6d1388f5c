/**
 * @module
 * `TaxonomyStore` on both databases: sections, tags and authors with their article counts. Each
 * is one grouped query over the join tables, restricted to visible articles, so the count and the
 * existence of a name agree.
 */
import { utc } from '../article-rows.ts';
import type { AuthorCount, SectionCount, TagCount, TaxonomyStore } from '../taxonomy-store.ts';
import type { Visibility } from '../store.ts';
import type { Db, DbValue } from './db.ts';
import { VISIBLE } from './visible.ts';

interface Query {
  /** Columns of the vocabulary table `v`. */
  columns: string;
  /** `v`, its join to `articles a`, and the join table between them. */
  from: string;
  /** An article credits an author once per position: count articles, not rows. */
  count: string;
}

const SECTIONS: Query = {
  columns: 'v.slug, v.name',
  from: 'sections v JOIN articles a ON a.section_slug = v.slug',
  count: 'COUNT(*)',
};
const TAGS: Query = {
  columns: 'v.slug, v.name',
  from: 'tags v JOIN article_tags j ON j.tag_slug = v.slug JOIN articles a ON a.id = j.article_id',
  count: 'COUNT(*)',
};
const AUTHORS: Query = {
  columns: 'v.slug, v.name, v.bio, v.url',
  from: 'authors v JOIN article_authors j ON j.author_slug = v.slug JOIN articles a ON a.id = j.article_id',
  count: 'COUNT(DISTINCT a.id)',
};

interface Row {
  slug: string;
  name: string;
  bio?: string | null;
  url?: string | null;
  // PostgreSQL returns a `bigint` count as text.
  article_count: number | string;
}

function select(db: Db, query: Query, options: Visibility, slug?: string): Promise<Row[]> {
  const where: string[] = [];
  const values: DbValue[] = [];
  if (!options.includeHidden) {
    where.push(VISIBLE);
    values.push(utc(options.now));
  }
  if (slug !== undefined) {
    where.push('v.slug = ?');
    values.push(slug);
  }
  return db.all<Row>(
    `SELECT ${query.columns}, ${query.count} AS article_count FROM ${query.from}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY v.slug`,
    values,
  );
}

function entry(row: Row): SectionCount & TagCount {
  return { name: row.name, slug: row.slug, articleCount: Number(row.article_count) };
}

function author(row: Row): AuthorCount {
  return {
    name: row.name,
    slug: row.slug,
    ...(row.bio != null && { bio: row.bio }),
    ...(row.url != null && { url: row.url }),
    articleCount: Number(row.article_count),
  };
}

/**
 * The taxonomy methods of a store over `db`.
 *
 * @example
 * const store = { ...taxonomyStore(sqliteDb(db)), ...otherParts };
 */
export function taxonomyStore(db: Db): TaxonomyStore {
  return {
    listSections: async (options) => (await select(db, SECTIONS, options)).map(entry),
    listTags: async (options) => (await select(db, TAGS, options)).map(entry),
    listAuthors: async (options) => (await select(db, AUTHORS, options)).map(author),
    getSection: async (slug, options) => (await select(db, SECTIONS, options, slug)).map(entry)[0] ?? null,
    getTag: async (slug, options) => (await select(db, TAGS, options, slug)).map(entry)[0] ?? null,
    getAuthor: async (slug, options) => (await select(db, AUTHORS, options, slug)).map(author)[0] ?? null,
  };
}
