/**
 * @module
 * Sections, tags and authors with their article counts, on PostgreSQL: one grouped query over the
 * join tables, restricted to visible articles, as the SQLite store does.
 */
import type { Visibility } from '../store.ts';
import type { AuthorCount, SectionCount, TagCount, TaxonomyStore } from '../taxonomy-store.ts';
import { articleConditions } from './article-read.ts';
import { and, type Fragment, type Sql } from './connection.ts';

type Kind = 'sections' | 'tags' | 'authors';

interface Row {
  slug: string;
  name: string;
  bio?: string | null;
  url?: string | null;
  article_count: number;
}

function from(sql: Sql, kind: Kind): Fragment {
  if (kind === 'sections') return sql`sections v JOIN articles a ON a.section_slug = v.slug`;
  if (kind === 'tags') return sql`tags v JOIN article_tags j ON j.tag_slug = v.slug JOIN articles a ON a.id = j.article_id`;
  return sql`authors v JOIN article_authors j ON j.author_slug = v.slug JOIN articles a ON a.id = j.article_id`;
}

async function select(sql: Sql, kind: Kind, options: Visibility, slug?: string): Promise<Row[]> {
  const where = articleConditions(sql, options);
  if (slug !== undefined) where.push(sql`v.slug = ${slug}`);
  // An article credits an author once per position: count articles, not rows.
  return sql<Row[]>`
    SELECT v.slug, v.name, ${kind === 'authors' ? sql`v.bio, v.url,` : sql``} count(DISTINCT a.id)::int AS article_count
    FROM ${from(sql, kind)} WHERE ${and(sql, where)} GROUP BY v.slug`;
}

function entry(row: Row): SectionCount & TagCount {
  return { name: row.name, slug: row.slug, articleCount: row.article_count };
}

function author(row: Row): AuthorCount {
  return {
    name: row.name,
    slug: row.slug,
    ...(row.bio != null && { bio: row.bio }),
    ...(row.url != null && { url: row.url }),
    articleCount: row.article_count,
  };
}

/**
 * The taxonomy methods of the PostgreSQL store, over `sql`.
 *
 * @example
 * const store = { ...postgresTaxonomyStore(sql), ...otherParts };
 */
export function postgresTaxonomyStore(sql: Sql): TaxonomyStore {
  return {
    listSections: async (options) => (await select(sql, 'sections', options)).map(entry),
    listTags: async (options) => (await select(sql, 'tags', options)).map(entry),
    listAuthors: async (options) => (await select(sql, 'authors', options)).map(author),
    getSection: async (slug, options) => (await select(sql, 'sections', options, slug)).map(entry)[0] ?? null,
    getTag: async (slug, options) => (await select(sql, 'tags', options, slug)).map(entry)[0] ?? null,
    getAuthor: async (slug, options) => (await select(sql, 'authors', options, slug)).map(author)[0] ?? null,
  };
}
