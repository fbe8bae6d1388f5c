/**
 * @module
 * Reading articles: one by slug, or a filtered page of summaries ordered by (time, id).
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { Article, ArticleSummary } from '@dateline/model';
import { utc } from '../article-rows.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { statement } from './statements.ts';
import type { Actor, ArticleFilters, ArticleJson, ArticlePage, ListArticlesQuery, StatusFilter, Visibility } from '../store.ts';
import { pageOf } from '../paging.ts';

/** SQL conditions on `articles a` and their parameters. */
export interface Conditions {
  where: string[];
  params: SQLInputValue[];
}

/** Where the columns the conditions test are, in the query at hand. */
export interface FilterColumns {
  id: string;
  sortAt: string;
  section: string;
  /** True for an article a reader may see at the moment given as its one parameter. */
  visibleAt: string;
  /** The article's status and publication time (for the status filter). */
  status: string;
  publishedAt: string;
}

/** The columns of `articles a`. */
const ARTICLE_COLUMNS: FilterColumns = {
  id: 'a.id',
  sortAt: 'a.sort_at',
  section: 'a.section_slug',
  visibleAt: "a.status = 'published' AND a.published_at IS NOT NULL AND a.published_at <= ?",
  status: 'a.status',
  publishedAt: 'a.published_at',
};

/** The condition of a status filter on `columns`, and its parameters. */
function statusCondition(status: StatusFilter, now: Date, columns: FilterColumns): { sql: string; params: SQLInputValue[] } {
  // Published and public now is what every reader sees: the one visibility rule.
  if (status === 'published') return { sql: columns.visibleAt, params: [utc(now)] };
  if (status === 'scheduled') return { sql: `${columns.status} = 'published' AND ${columns.publishedAt} > ?`, params: [utc(now)] };
  return { sql: `${columns.status} = ?`, params: [status] };
}

/**
 * The conditions for a reader (`Visibility`: published, and its publication time has come,
 * unless hidden articles are asked for) and the listing filters, on `columns`.
 *
 * @example
 * const { where, params } = articleConditions({ now: new Date(), tag: 'ferries' });
 */
export function articleConditions(query: Visibility & ArticleFilters, columns: FilterColumns = ARTICLE_COLUMNS): Conditions {
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  const add = (condition: string, value: SQLInputValue) => {
    where.push(condition);
    params.push(value);
  };
  if (!query.includeHidden) add(columns.visibleAt, utc(query.now));
  if (query.status !== undefined) {
    const condition = statusCondition(query.status, query.now, columns);
    where.push(condition.sql);
    params.push(...condition.params);
  }
  if (query.section !== undefined) add(`${columns.section} = ?`, query.section);
  if (query.tag !== undefined)
    add(`EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = ${columns.id} AND t.tag_slug = ?)`, query.tag);
  if (query.author !== undefined) {
    add(`EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = ${columns.id} AND w.author_slug = ?)`, query.author);
  }
  for (const type of ['person', 'place', 'organization'] as const) {
    const slug = query[type];
    const mentioned = `SELECT 1 FROM article_mentions n JOIN entities e ON e.id = n.entity_id WHERE n.article_id = ${columns.id}`;
    if (slug !== undefined) add(`EXISTS (${mentioned} AND e.type = '${type}' AND e.slug = ?)`, slug);
  }
  if (query.from !== undefined) add(`${columns.sortAt} >= ?`, utc(query.from));
  if (query.to !== undefined) add(`${columns.sortAt} < ?`, utc(query.to));
  return { where, params };
}

/** `WHERE …` of `where`, or nothing. */
export const whereClause = (where: readonly string[]) => (where.length > 0 ? `WHERE ${where.join(' AND ')}` : '');

/**
 * The article with `slug`, or null when missing or not visible.
 *
 * @example
 * readArticle(db, 'night-ferry-returns', { now: new Date() });
 */
export function readArticle(db: DatabaseSync, slug: string, options: Visibility): Article | null {
  const { where, params } = articleConditions(options);
  const row = db.prepare(`SELECT a.document FROM articles a ${whereClause(['a.slug = ?', ...where])}`).get(slug, ...params) as
    | { document: string }
    | undefined;
  return row ? (JSON.parse(row.document) as Article) : null;
}

/**
 * `readArticle` as the stored JSON text, with the article revision, in one statement (one
 * snapshot of the database).
 *
 * @example
 * const { article, revision } = readArticleJsonAtRevision(db, 'night-ferry-returns', { now: new Date() });
 */
export function readArticleJsonAtRevision(
  db: DatabaseSync,
  slug: string,
  options: Visibility,
): { article: ArticleJson | null; revision: number } {
  const { where, params } = articleConditions(options);
  const text = `SELECT (SELECT revision FROM article_revision WHERE id = 1) AS revision, a.document, a.updated_at
    FROM (SELECT 1) AS one LEFT JOIN articles a ON ${['a.slug = ?', ...where].join(' AND ')}`;
  const row = statement(db, text).get(slug, ...params) as { revision: number | null; document: string | null; updated_at: string | null };
  const article = row.document !== null && row.updated_at !== null ? { json: row.document, updatedAt: row.updated_at } : null;
  return { article, revision: Number(row.revision ?? 0) };
}

/**
 * A page of summaries. Fetches one row more than asked to know whether a next page exists.
 *
 * @example
 * readArticlePage(db, { limit: 20, now: new Date(), tag: 'ferries' });
 */
export function readArticlePage(db: DatabaseSync, query: ListArticlesQuery): ArticlePage {
  const order = query.order ?? 'newest';
  const { where, params } = articleConditions(query);
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM articles a ${whereClause(where)}`).get(...params) as { n: number }).n;

  const pageWhere = [...where];
  const pageParams = [...params];
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor, order);
    const column = order === 'updated' ? 'a.updated_at' : 'a.sort_at';
    pageWhere.push(order === 'oldest' ? `(${column}, a.id) > (?, ?)` : `(${column}, a.id) < (?, ?)`);
    pageParams.push(after.at, after.id);
  }
  const direction = order === 'oldest' ? 'ASC' : 'DESC';
  // Newest change first orders by updated_at; the others by publication (or creation) time.
  const key = order === 'updated' ? 'a.updated_at' : 'a.sort_at';
  const rows = db
    .prepare(
      `SELECT a.id, ${key} AS sort_at, a.summary, a.updated_by, a.updated_by_name FROM articles a ${whereClause(pageWhere)}
       ORDER BY ${key} ${direction}, a.id ${direction} LIMIT ?`,
    )
    .all(...pageParams, query.limit + 1) as {
    id: string;
    sort_at: string;
    summary: string;
    updated_by: string | null;
    updated_by_name: string | null;
  }[];

  const { items, nextCursor } = pageOf(rows, query.limit, (last) => encodeCursor({ order, at: last.sort_at, id: last.id }));
  // Who changed an article is for the newsroom, not for readers.
  const summary = (row: (typeof rows)[number]): ArticleSummary => {
    const item = JSON.parse(row.summary) as ArticleSummary;
    if (!query.includeHidden) return item;
    const updatedBy: Actor | null = row.updated_by === null ? null : { id: row.updated_by, name: row.updated_by_name ?? row.updated_by };
    return Object.assign(item, { updatedBy });
  };
  return {
    items: items.map(summary),
    nextCursor,
    total: Number(total),
  };
}
