/**
 * @module
 * Sections, tags and authors with their article counts, on SQLite. Each is one grouped query over
 * the join tables, restricted to visible articles, so the count and the existence of a name agree.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { Visibility } from '../store.ts';
import { ARTICLE_COLUMNS } from './article-read.ts';
import type { AuthorCount, SectionCount, TagCount, TaxonomyStore } from '../taxonomy-store.ts';

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
  article_count: number;
}

function select(db: DatabaseSync, query: Query, options: Visibility, slug?: string): Row[] {
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  if (!options.includeHidden) {
    where.push(ARTICLE_COLUMNS.visibleAt);
    // The column's form (UTC, milliseconds), so text comparison is time comparison.
    params.push(options.now.toISOString());
  }
  if (slug !== undefined) {
    where.push('v.slug = ?');
    params.push(slug);
  }
  const sql = `SELECT ${query.columns}, ${query.count} AS article_count FROM ${query.from}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY v.slug`;
  return db.prepare(sql).all(...params) as unknown as Row[];
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
 * The taxonomy methods of the SQLite store, over `db`.
 *
 * @example
 * const store = { ...sqliteTaxonomyStore(db), ...otherParts };
 */
export function sqliteTaxonomyStore(db: DatabaseSync): TaxonomyStore {
  return {
    listSections: async (options) => select(db, SECTIONS, options).map(entry),
    listTags: async (options) => select(db, TAGS, options).map(entry),
    listAuthors: async (options) => select(db, AUTHORS, options).map(author),
    getSection: async (slug, options) => select(db, SECTIONS, options, slug).map(entry)[0] ?? null,
    getTag: async (slug, options) => select(db, TAGS, options, slug).map(entry)[0] ?? null,
    getAuthor: async (slug, options) => select(db, AUTHORS, options, slug).map(author)[0] ?? null,
  };
}
