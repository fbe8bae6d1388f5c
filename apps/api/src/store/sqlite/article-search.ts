/**
 * @module
 * Full-text search on SQLite: FTS5 over `article_search` (see migration 006), ranked by bm25
 * with the headline weighing most, then standfirst, authors and tags, then the body. Writes add
 * to the index in bulk before their transaction commits.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { Article, ArticleSummary } from '@dateline/model';
import { utc } from '../article-rows.ts';
import { decodeSearchCursor, encodeSearchCursor } from '../search-cursor.ts';
import { parseSearchQuery, type SearchTerm, searchFingerprint, toFts5Query } from '../search-query.ts';
import type { SearchOptions, SearchPage } from '../search-store.ts';
import { renderSnippet, type SearchText } from '../search-text.ts';
import { articleConditions, type FilterColumns, whereClause } from './article-read.ts';
import { markSnippet } from './body-snippet.ts';
import { countMatches, JOIN_MAX } from './search-count.ts';
import { statement } from './statements.ts';
import { beforeCommit } from './transaction.ts';

/** bm25 weights of headline, standfirst, people, tags and body (the order of the FTS columns). */
const SCORE = '-bm25(articles_fts, 10.0, 4.0, 4.0, 4.0, 1.0)';
const FROM = 'articles_fts JOIN article_search_filters s ON s.rid = articles_fts.rowid';

const TEXT_COLUMNS = 'headline, standfirst, people, tags, body';

interface SearchRow extends SearchText {
  rid: number;
  pending: number;
}

/**
 * Stores the searchable text and filter columns of `article`, within the caller's transaction.
 * The row joins the index just before the transaction commits (`flushSearchIndex`), so a batch
 * of articles is indexed in one statement; a row already in the index first leaves it, with the
 * values it was indexed under, as FTS5 external content requires.
 *
 * @example
 * writeSearchText(db, article, searchText(article));
 */
export function writeSearchText(db: DatabaseSync, article: Article, text: SearchText): void {
  const publishedAt = article.publishedAt === null ? null : utc(article.publishedAt);
  const filters = [article.status === 'published' ? publishedAt : null, publishedAt ?? utc(article.createdAt), article.section?.slug ?? null];
  const values = [text.headline, text.standfirst, text.people, text.tags, text.body];
  const old = statement(
    db,
    `SELECT rid, ${TEXT_COLUMNS}, EXISTS (SELECT 1 FROM article_search_pending p WHERE p.rid = s.rid) AS pending
     FROM article_search s WHERE article_id = ?`,
  ).get(article.id) as SearchRow | undefined;
  let rid: number | bigint;
  if (old) {
    rid = old.rid;
    if (!old.pending) {
      statement(db, `INSERT INTO articles_fts (articles_fts, rowid, ${TEXT_COLUMNS}) VALUES ('delete', ?, ?, ?, ?, ?, ?)`).run(
        old.rid, old.headline, old.standfirst, old.people, old.tags, old.body,
      );
      statement(db, 'INSERT INTO article_search_pending (rid) VALUES (?)').run(old.rid);
    }
    statement(db, 'UPDATE article_search SET headline = ?, standfirst = ?, people = ?, tags = ?, body = ? WHERE rid = ?').run(...values, rid);
  } else {
    rid = statement(db, `INSERT INTO article_search (article_id, ${TEXT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`).run(article.id, ...values)
      .lastInsertRowid;
    statement(db, 'INSERT INTO article_search_pending (rid) VALUES (?)').run(rid);
  }
  statement(
    db,
    `INSERT INTO article_search_filters (rid, article_id, visible_at, sort_at, section_slug) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (rid) DO UPDATE SET visible_at = excluded.visible_at, sort_at = excluded.sort_at, section_slug = excluded.section_slug`,
  ).run(rid, article.id, ...filters);
  beforeCommit(db, 'search-index', () => flushSearchIndex(db));
}

/**
 * Adds every pending row of `article_search` to the index.
 *
 * @example
 * flushSearchIndex(db);
 */
export function flushSearchIndex(db: DatabaseSync): void {
  statement(
    db,
    `INSERT INTO articles_fts (rowid, ${TEXT_COLUMNS})
     SELECT s.rid, ${TEXT_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')} FROM article_search_pending p JOIN article_search s ON s.rid = p.rid`,
  ).run();
  statement(db, 'DELETE FROM article_search_pending').run();
}

/** The filter columns copied into `article_search_filters s` (`visible_at` is NULL unless published). */
const SEARCH_COLUMNS: FilterColumns = { id: 's.article_id', sortAt: 's.sort_at', section: 's.section_slug', visibleAt: 's.visible_at <= ?' };

/**
 * Searches matching more than this many articles list them most recently added first, with score
 * 0, instead of ranking them. Ranking cannot be bounded on FTS5: bm25 first counts every match of
 * each term (its idf) whatever rows it scores, and for a word most articles use, or a phrase of
 * two such words, that costs as much again as the total. Such a search says little about which
 * article is the best match; the newest are what a reader of news most likely wants.
 */
export const RANKED_MAX = 1000;

/**
 * A page of the articles matching `text` (see `SearchStore.search`): ranked by bm25 when at most
 * `rankedMax` articles match, else most recently added first (`joinMax`: see `countMatches`). Fetches one row more than asked to
 * know whether a next page exists; snippets are made for the page's rows only.
 *
 * @example
 * searchArticles(db, 'harbour ferr*', { limit: 20, now: new Date() });
 */
export function searchArticles(
  db: DatabaseSync,
  text: string,
  options: SearchOptions,
  { rankedMax = RANKED_MAX, joinMax = JOIN_MAX }: { rankedMax?: number; joinMax?: number } = {},
): SearchPage {
  const terms = parseSearchQuery(text);
  const { section, tag, author, from, to, person, place, organization, includeHidden = false } = options;
  const fingerprint = searchFingerprint(terms, { section, tag, author, from, to, person, place, organization, includeHidden });
  const after = options.cursor === undefined ? undefined : decodeSearchCursor(options.cursor, fingerprint);
  if (terms.length === 0) return { items: [], total: 0, nextCursor: null };
  const match = toFts5Query(terms);
  const { where, params } = articleConditions(options, SEARCH_COLUMNS);
  const total = countMatches(db, match, options, where, params, joinMax);
  // A cursor keeps the order its first page had, even if the total has crossed the limit since.
  const newest = after ? after.rowid !== undefined : total > rankedMax;

  const pageWhere = ['articles_fts MATCH ?', ...where];
  const pageParams: SQLInputValue[] = [match, ...params];
  if (after && newest) {
    pageWhere.push('articles_fts.rowid < ?');
    pageParams.push(BigInt(after.rowid!));
  } else if (after) {
    pageWhere.push(`(${SCORE} < ? OR (${SCORE} = ? AND s.article_id > ?))`);
    pageParams.push(after.score, after.score, after.id);
  }
  const [score, order] = newest ? ['0', 'articles_fts.rowid DESC'] : [SCORE, 'score DESC, s.article_id'];
  const rows = statement(
    db,
    `SELECT p.id, p.rid, a.summary, p.score FROM (
       SELECT s.article_id AS id, s.rid, ${score} AS score FROM ${FROM} ${whereClause(pageWhere)} ORDER BY ${order} LIMIT ?
     ) p JOIN articles a ON a.id = p.id ORDER BY ${newest ? 'p.rid DESC' : 'p.score DESC, p.id'}`,
  ).all(...pageParams, options.limit + 1) as { id: string; rid: number; summary: string; score: number }[];
  const page = rows.slice(0, options.limit);
  const snippets = snippetsFor(db, terms, page.map((r) => r.rid));
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      article: JSON.parse(row.summary) as ArticleSummary,
      score: row.score,
      snippet: renderSnippet(snippets.get(row.rid) ?? ''),
    })),
    total,
    nextCursor:
      rows.length > options.limit && last
        ? encodeSearchCursor({ score: last.score, id: last.id, rowid: newest ? last.rid : undefined }, fingerprint)
        : null,
  };
}

/** Snippets of the page's hits, from their stored bodies (see body-snippet.ts). */
function snippetsFor(db: DatabaseSync, terms: readonly SearchTerm[], rids: number[]): Map<number, string> {
  if (rids.length === 0) return new Map();
  const rows = statement(db, 'SELECT rid, body FROM article_search WHERE rid IN (SELECT value FROM json_each(?))').all(JSON.stringify(rids)) as {
    rid: number;
    body: string;
  }[];
  return new Map(rows.map((r) => [r.rid, markSnippet(r.body, terms)]));
}
