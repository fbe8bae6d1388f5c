/**
 * @module
 * Reading articles from PostgreSQL: one by slug, or a filtered page of summaries ordered by
 * (time, id), with the same rules as the SQLite store.
 */
import type { Article, ArticleSummary } from '@dateline/model';
import { utc } from '../article-rows.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { Actor, ArticleFilters, ArticleJson, ArticlePage, ListArticlesQuery, Visibility } from '../store.ts';
import { and, type Fragment, type Queryable } from './connection.ts';
import { pageOf } from '../paging.ts';

/**
 * The one visibility rule, on `articles a`: published, and its publication time has come (as the
 * model's `isPublic`) at `now`. Drafts, stories in review, archived and scheduled articles are
 * hidden. Written once, as text (`visibleAtText`), for the statements written whole too.
 *
 * @example
 * sql`SELECT id FROM articles a WHERE ${visibleAt(sql, new Date())}`;
 */
function visibleAt(sql: Queryable, now: Date): Fragment {
  return sql`${sql.unsafe(visibleAtText(''))}${utc(now)}`;
}

/**
 * `visibleAt` as SQL text, for a statement written whole (no fragments to compose on each call):
 * `now` is SQL text too, a column or a parameter such as `q.now`.
 *
 * @example
 * sql.unsafe(`SELECT id FROM articles a WHERE ${visibleAtText('$1')}`, [new Date().toISOString()]);
 */
export function visibleAtText(now: string): string {
  return `a.status = 'published' AND a.published_at IS NOT NULL AND a.published_at <= ${now}`;
}

/**
 * The conditions on `articles a` for a reader (`Visibility`) and the listing filters.
 *
 * @example
 * sql`SELECT count(*) FROM articles a WHERE ${and(sql, articleConditions(sql, { now: new Date(), tag: 'ferries' }))}`;
 */
export function articleConditions(sql: Queryable, query: Visibility & ArticleFilters): Fragment[] {
  const where: Fragment[] = [];
  if (!query.includeHidden) where.push(visibleAt(sql, query.now));
  if (query.status === 'published') where.push(visibleAt(sql, query.now));
  else if (query.status === 'scheduled') where.push(sql`a.status = 'published' AND a.published_at > ${utc(query.now)}`);
  else if (query.status !== undefined) where.push(sql`a.status = ${query.status}`);
  if (query.section !== undefined) where.push(sql`a.section_slug = ${query.section}`);
  if (query.tag !== undefined) {
    where.push(sql`EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag_slug = ${query.tag})`);
  }
  if (query.author !== undefined) {
    where.push(sql`EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = a.id AND w.author_slug = ${query.author})`);
  }
  for (const type of ['person', 'place', 'organization'] as const) {
    const slug = query[type];
    if (slug === undefined) continue;
    where.push(sql`EXISTS (SELECT 1 FROM article_mentions n JOIN entities e ON e.id = n.entity_id
      WHERE n.article_id = a.id AND e.type = ${type} AND e.slug = ${slug})`);
  }
  if (query.from !== undefined) where.push(sql`a.sort_at >= ${utc(query.from)}`);
  if (query.to !== undefined) where.push(sql`a.sort_at < ${utc(query.to)}`);
  return where;
}

/**
 * The article with `slug`, or null when missing or not visible.
 *
 * @example
 * await readArticle(sql, 'night-ferry-returns', { now: new Date() });
 */
export async function readArticle(sql: Queryable, slug: string, options: Visibility): Promise<Article | null> {
  const [row] = await sql<{ document: Article }[]>`
    SELECT a.document FROM articles a WHERE a.slug = ${slug} AND ${and(sql, articleConditions(sql, options))}`;
  return row?.document ?? null;
}

/**
 * `readArticle` as the stored JSON text, with the article revision, in one statement (one
 * snapshot, one round trip). The document is a `json` column, kept as the text it was written
 * as, so the cast costs nothing, and the driver hands over the text without parsing it.
 *
 * @example
 * const { article, revision } = await readArticleJsonAtRevision(sql, 'night-ferry-returns', { now: new Date() });
 */
export async function readArticleJsonAtRevision(
  sql: Queryable,
  slug: string,
  options: Visibility,
): Promise<{ article: ArticleJson | null; revision: number }> {
  const [row] = await sql<JsonRow[]>`
    SELECT (SELECT revision FROM article_revision WHERE id = 1) AS revision, a.document::text AS document, a.updated_at
    FROM (SELECT 1) AS one LEFT JOIN articles a ON a.slug = ${slug} AND ${and(sql, articleConditions(sql, options))}`;
  return articleJsonRead(row);
}

/**
 * A row of `revision`, `document` (as text) and `updated_at` as what `readArticleJsonAtRevision`
 * returns; no row or no document is no article.
 *
 * @example
 * const [row] = await sql<JsonRow[]>`SELECT … AS revision, a.document::text AS document, a.updated_at …`;
 * const { article, revision } = articleJsonRead(row);
 */
export function articleJsonRead(row: JsonRow | undefined): { article: ArticleJson | null; revision: number } {
  const article = row?.document && row.updated_at ? { json: row.document, updatedAt: row.updated_at.toISOString() } : null;
  return { article, revision: Number(row?.revision ?? 0) };
}

/** The columns an article read as JSON text selects. */
export type JsonRow = { revision: string | null; document: string | null; updated_at: Date | null };

/**
 * A page of summaries. Fetches one row more than asked to know whether a next page exists.
 *
 * @example
 * await readArticlePage(sql, { limit: 20, now: new Date(), tag: 'ferries' });
 */
export async function readArticlePage(sql: Queryable, query: ListArticlesQuery): Promise<ArticlePage> {
  const order = query.order ?? 'newest';
  const where = articleConditions(sql, query);
  const [count] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM articles a WHERE ${and(sql, where)}`;
  const pageWhere = [...where];
  // Newest change first orders by updated_at; the others by publication (or creation) time.
  const key = order === 'updated' ? sql`a.updated_at` : sql`a.sort_at`;
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor, order);
    pageWhere.push(
      order === 'oldest'
        ? sql`(${key}, a.id) > (${after.at}::timestamptz, ${after.id})`
        : sql`(${key}, a.id) < (${after.at}::timestamptz, ${after.id})`,
    );
  }
  const rows = await sql<
    { id: string; sort_at: Date; summary: ArticleSummary; updated_by: string | null; updated_by_name: string | null }[]
  >`
    SELECT a.id, ${key} AS sort_at, a.summary, a.updated_by, a.updated_by_name FROM articles a WHERE ${and(sql, pageWhere)}
    ORDER BY ${order === 'oldest' ? sql`${key} ASC, a.id ASC` : sql`${key} DESC, a.id DESC`}
    LIMIT ${query.limit + 1}`;
  const { items, nextCursor } = pageOf(rows, query.limit, (last) => encodeCursor({ order, at: last.sort_at.toISOString(), id: last.id }));
  // Who changed an article is for the newsroom, not for readers.
  const summary = (row: (typeof rows)[number]): ArticleSummary => {
    if (!query.includeHidden) return row.summary;
    const updatedBy: Actor | null = row.updated_by === null ? null : { id: row.updated_by, name: row.updated_by_name ?? row.updated_by };
    return Object.assign(row.summary, { updatedBy });
  };
  return {
    items: items.map(summary),
    nextCursor,
    total: count?.n ?? 0,
  };
}
