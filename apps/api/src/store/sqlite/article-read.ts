/**
 * @module
 * Reading articles: one by slug, or a filtered page of summaries ordered by (time, id).
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { Article, ArticleSummary } from '@dateline/model';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { ArticlePage, ListArticlesQuery, Visibility } from '../store.ts';
import { utc } from '../article-rows.ts';

/** The public condition: published, and its publication time has come. */
function visibility(options: Visibility, where: string[], params: SQLInputValue[]): void {
  if (options.includeHidden) return;
  where.push("status = 'published'", 'published_at IS NOT NULL', 'published_at <= ?');
  params.push(utc(options.now));
}

/**
 * The article with `slug`, or null when missing or not visible.
 *
 * @example
 * readArticle(db, 'night-ferry-returns', { now: new Date() });
 */
export function readArticle(db: DatabaseSync, slug: string, options: Visibility): Article | null {
  const where = ['slug = ?'];
  const params: SQLInputValue[] = [slug];
  visibility(options, where, params);
  const row = db.prepare(`SELECT document FROM articles WHERE ${where.join(' AND ')}`).get(...params) as
    | { document: string }
    | undefined;
  return row ? (JSON.parse(row.document) as Article) : null;
}

/**
 * A page of summaries. Fetches one row more than asked to know whether a next page exists.
 *
 * @example
 * readArticlePage(db, { limit: 20, now: new Date(), tag: 'ferries' });
 */
export function readArticlePage(db: DatabaseSync, query: ListArticlesQuery): ArticlePage {
  const order = query.order ?? 'newest';
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  visibility(query, where, params);
  if (query.section !== undefined) {
    where.push('section_slug = ?');
    params.push(query.section);
  }
  if (query.tag !== undefined) {
    where.push('EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = articles.id AND t.tag_slug = ?)');
    params.push(query.tag);
  }
  if (query.author !== undefined) {
    where.push('EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = articles.id AND w.author_slug = ?)');
    params.push(query.author);
  }
  if (query.from !== undefined) {
    where.push('sort_at >= ?');
    params.push(utc(query.from));
  }
  if (query.to !== undefined) {
    where.push('sort_at < ?');
    params.push(utc(query.to));
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM articles ${filter}`).get(...params) as { n: number }).n;

  const pageWhere = [...where];
  const pageParams = [...params];
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor, order);
    pageWhere.push(order === 'newest' ? '(sort_at, id) < (?, ?)' : '(sort_at, id) > (?, ?)');
    pageParams.push(after.at, after.id);
  }
  const direction = order === 'newest' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(
      `SELECT id, sort_at, summary FROM articles ${pageWhere.length > 0 ? `WHERE ${pageWhere.join(' AND ')}` : ''}
       ORDER BY sort_at ${direction}, id ${direction} LIMIT ?`,
    )
    .all(...pageParams, query.limit + 1) as { id: string; sort_at: string; summary: string }[];

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => JSON.parse(row.summary) as ArticleSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ order, at: last.sort_at, id: last.id }) : null,
    total: Number(total),
  };
}
