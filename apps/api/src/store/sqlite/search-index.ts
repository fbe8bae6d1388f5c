/**
 * @module
 * Writing to SQLite's full-text index: an article's filter row at once, its text as the
 * transaction commits (see migration 013 for the tables).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article } from '@dateline/model';
import { utc } from '../article-rows.ts';
import type { SearchText } from '../search-text.ts';
import { statement } from './statements.ts';
import { beforeCommit, transactionScoped } from './transaction.ts';

const TEXT_COLUMNS = 'headline, standfirst, people, tags, body';

/** Index rows a transaction wrote, added to the index as it commits (see `writeSearchText`). */
interface Pending {
  rows: Map<number, SearchText>;
  /** Rows already in the index before this transaction, to drop first. */
  replaced: Set<number>;
}

/**
 * Stores the searchable text and filter columns of `article`, within the caller's transaction
 * (`created`: the article is new, so it has no row yet). The text joins the index as the
 * transaction commits, in row order: FTS5 writes out what it gathered whenever it is given a row
 * id lower than the last, so a batch mixing updates with new articles would otherwise leave many
 * small segments behind.
 *
 * @example
 * writeSearchText(db, article, indexedText(article));
 */
export function writeSearchText(db: DatabaseSync, article: Article, text: SearchText, created = false): void {
  const publishedAt = article.publishedAt === null ? null : utc(article.publishedAt);
  const filters = [
    article.status === 'published' ? publishedAt : null,
    publishedAt ?? utc(article.createdAt),
    article.section?.slug ?? null,
  ];
  const old = created
    ? undefined
    : (statement(db, 'SELECT rid FROM article_search_filters WHERE article_id = ?').get(article.id) as { rid: number } | undefined);
  let rid: number;
  if (old) {
    rid = old.rid;
    statement(db, 'UPDATE article_search_filters SET visible_at = ?, sort_at = ?, section_slug = ? WHERE rid = ?').run(...filters, rid);
  } else {
    const insert = statement(db, 'INSERT INTO article_search_filters (article_id, visible_at, sort_at, section_slug) VALUES (?, ?, ?, ?)');
    rid = Number(insert.run(article.id, ...filters).lastInsertRowid);
  }
  const pending = transactionScoped(db, 'search-index', (): Pending => ({ rows: new Map(), replaced: new Set() }));
  if (!pending) {
    indexRows(db, old ? [rid] : [], [[rid, text]]);
    return;
  }
  if (old && !pending.rows.has(rid)) pending.replaced.add(rid);
  pending.rows.set(rid, text);
  beforeCommit(db, 'search-index', () => {
    indexRows(db, [...pending.replaced], [...pending.rows]);
    pending.rows.clear();
    pending.replaced.clear();
  });
}

/**
 * Drops `replaced` from the index, then adds `rows` in row order, skipping articles deleted since.
 * Each row goes in by a plain `VALUES` insert: FTS5 writes out what it gathered at the start of
 * any statement that could need undoing on its own, as `INSERT … SELECT` could. Row ids are bound
 * as integers: FTS5 finds no row by a real, which a JS number is.
 */
function indexRows(db: DatabaseSync, replaced: number[], rows: [number, SearchText][]): void {
  const drop = statement(db, 'DELETE FROM articles_fts WHERE rowid = ?');
  for (const rid of replaced.sort((a, b) => a - b)) drop.run(BigInt(rid));
  const exists = statement(db, 'SELECT 1 FROM article_search_filters WHERE rid = ?');
  const add = statement(db, `INSERT INTO articles_fts (rowid, ${TEXT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`);
  for (const [rid, t] of rows.sort((a, b) => a[0] - b[0])) {
    if (exists.get(rid) !== undefined) add.run(BigInt(rid), t.headline, t.standfirst, t.people, t.tags, t.body);
  }
}
