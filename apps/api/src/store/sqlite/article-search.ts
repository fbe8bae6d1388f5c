/**
 * @module
 * Full-text search on SQLite: a contentless FTS5 index (see migration 013, and search-index.ts
 * for writes), ranked by bm25 with the headline weighing most, then standfirst, authors and tags,
 * then the body; snippets are made from the article's own body.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { Article } from '@dateline/model';
import { decodeSearchCursor, encodeSearchCursor, type SearchPosition } from '../search-cursor.ts';
import { parseSearchQuery, searchFingerprint, toFts5Query } from '../search-query.ts';
import { PHRASE_COUNT_MAX, type SearchOptions, type SearchPage } from '../search-store.ts';
import { parsedSearchPage, type StoredSearchPage } from '../search-page.ts';
import { bodyText, renderSnippet } from '../search-text.ts';
import { articleConditions, type FilterColumns, whereClause } from './article-read.ts';
import { snippetMarker } from '../body-snippet.ts';
import { countMatches, JOIN_MAX } from './search-count.ts';
import { statement } from './statements.ts';
import { pageOf } from '../paging.ts';

/** bm25 weights of headline, standfirst, people, tags and body (the order of the FTS columns). */
const SCORE = '-bm25(articles_fts, 10.0, 4.0, 4.0, 4.0, 1.0)';
const FROM = 'articles_fts JOIN article_search_filters s ON s.rid = articles_fts.rowid';
/**
 * The body of the page's article `a`, which its snippet is made from (see body-snippet.ts): SQLite
 * takes it out of the document, so only the body is parsed here.
 */
const BODY = "json_extract(a.document, '$.body')";

/** The filter columns copied into `article_search_filters s` (`visible_at` is NULL unless published). */
const SEARCH_COLUMNS: FilterColumns = {
  id: 's.article_id',
  sortAt: 's.sort_at',
  section: 's.section_slug',
  visibleAt: 's.visible_at <= ?',
  // Only the desk filters searches by status: read from the article rather than widen the filter table.
  status: '(SELECT x.status FROM articles x WHERE x.id = s.article_id)',
  publishedAt: '(SELECT x.published_at FROM articles x WHERE x.id = s.article_id)',
};

/**
 * Searches matching more than this many articles list them most recently added first, with score
 * 0, instead of ranking them. Ranking cannot be bounded on FTS5: bm25 first counts every match of
 * each term (its idf) whatever rows it scores, and for a word most articles use, or a phrase of
 * two such words, that costs as much again as the total. Such a search says little about which
 * article is the best match; the newest are what a reader of news most likely wants.
 */
const RANKED_MAX = 1000;

/** How far `searchArticles` ranks and counts; the stores' own limits unless a test asks for others. */
interface SearchLimits {
  rankedMax?: number;
  joinMax?: number;
  phraseCountMax?: number;
}

/**
 * A page of the articles matching `text` (see `SearchStore.search`), parsed.
 *
 * @example
 * searchArticles(db, 'harbour ferr*', { limit: 20, now: new Date() });
 */
export function searchArticles(db: DatabaseSync, text: string, options: SearchOptions, limits: SearchLimits = {}): SearchPage {
  return parsedSearchPage(searchStoredPage(db, text, options, limits));
}

/**
 * A page of the articles matching `text`, the summaries as stored (see search-page.ts): ranked by
 * bm25 when at most `rankedMax` articles match, else most recently added first (`joinMax`: see
 * `countMatches`); a phrase search counts to `phraseCountMax` unless asked for an exact total.
 * Fetches one row more than asked to know whether a next page exists; snippets are made for the
 * page's rows only.
 *
 * @example
 * searchPageJson(searchStoredPage(db, 'harbour ferr*', { limit: 20, now: new Date() }));
 */
export function searchStoredPage(
  db: DatabaseSync,
  text: string,
  options: SearchOptions,
  { rankedMax = RANKED_MAX, joinMax = JOIN_MAX, phraseCountMax = PHRASE_COUNT_MAX }: SearchLimits = {},
): StoredSearchPage {
  const terms = parseSearchQuery(text);
  const { section, tag, author, from, to, person, place, organization, includeHidden = false } = options;
  const fingerprint = searchFingerprint(terms, { section, tag, author, from, to, person, place, organization, includeHidden });
  const after = options.cursor === undefined ? undefined : decodeSearchCursor(options.cursor, fingerprint);
  if (terms.length === 0) return { items: [], total: 0, totalExact: true, nextCursor: null };
  const match = toFts5Query(terms);
  const { where, params } = articleConditions(options, SEARCH_COLUMNS);
  const phrase = terms.some((t) => t.kind === 'phrase');
  // A first page of a phrase search likely to be ranked is counted and ranked in one query.
  const fused = phrase && !after ? rankedPhrasePage(db, match, where, params, options.limit, rankedMax) : null;
  let found: PageFound;
  if (fused) {
    found = { ...fused, exact: true, newest: false };
  } else {
    const { total, exact } = countMatches(
      db,
      match,
      options,
      where,
      params,
      joinMax,
      phrase && !options.exactTotal ? phraseCountMax : undefined,
    );
    // A cursor keeps the order its first page had, even if the total has crossed the limit since.
    const newest = after ? after.rowid !== undefined : !exact || total > rankedMax;
    found = { total, exact, newest, rows: pageRows(db, match, where, params, after, newest, options.limit) };
  }
  const { rows, total, exact, newest } = found;
  const { items: page, nextCursor } = pageOf(rows, options.limit, (last) =>
    encodeSearchCursor({ score: last.score, id: last.id, rowid: newest ? last.rid : undefined }, fingerprint),
  );
  const mark = snippetMarker(terms);
  return {
    items: page.map((row) => ({
      summary: row.summary,
      score: row.score,
      snippet: renderSnippet(mark(bodyText(JSON.parse(row.body) as Article['body']))),
    })),
    total,
    totalExact: exact,
    nextCursor,
  };
}

interface PageRow {
  id: string;
  rid: number;
  summary: string;
  score: number;
  /**
   * The body's JSON, which snippets are made from: read with the summary, from the row the page
   * joins anyway, rather than by a statement of its own (about a third of that statement's cost;
   * one body more than the page is read, for the row that tells whether a next page exists).
   */
  body: string;
}

interface PageFound {
  rows: PageRow[];
  total: number;
  exact: boolean;
  newest: boolean;
}

/** Up to `limit` + 1 matches after `after`, best or (`newest`) most recently added first. */
function pageRows(
  db: DatabaseSync,
  match: string,
  where: string[],
  params: SQLInputValue[],
  after: SearchPosition | undefined,
  newest: boolean,
  limit: number,
): PageRow[] {
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
  return statement(
    db,
    `SELECT p.id, p.rid, a.summary, p.score, ${BODY} AS body FROM (
       SELECT s.article_id AS id, s.rid, ${score} AS score FROM ${FROM} ${whereClause(pageWhere)} ORDER BY ${order} LIMIT ?
     ) p JOIN articles a ON a.id = p.id ORDER BY ${newest ? 'p.rid DESC' : 'p.score DESC, p.id'}`,
  ).all(...pageParams, limit + 1) as unknown as PageRow[];
}

/** The share of the index, newest rows, whose matches predict whether a phrase has many. */
const RECENT_SHARE = 0.1;

/**
 * The first page of a phrase search and its total in one query, when at most `rankedMax`
 * articles match; null otherwise. A phrase is matched by reading its words' positions in every
 * article that has them all, and counting, ranking, and bm25's own count of the phrase would each
 * do that again. Matches among the most recent rows tell first, cheaply, whether there are likely
 * more than `rankedMax` (listed newest first instead, see `countMatches`).
 */
function rankedPhrasePage(db: DatabaseSync, match: string, where: string[], params: SQLInputValue[], limit: number, rankedMax: number) {
  const { last } = statement(db, 'SELECT max(rid) AS last FROM article_search_filters').get() as { last: number | null };
  const since = BigInt(Math.floor((last ?? 0) * (1 - RECENT_SHARE)));
  const recent = statement(db, 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ? AND rowid > ?').get(match, since) as {
    n: number;
  };
  if (recent.n > rankedMax * RECENT_SHARE) return null;
  const rows = statement(
    db,
    `SELECT p.id, p.rid, a.summary, p.score, ${BODY} AS body, p.total FROM (
       SELECT id, rid, score, count(*) OVER () AS total FROM (
         SELECT s.article_id AS id, s.rid, ${SCORE} AS score FROM ${FROM} ${whereClause(['articles_fts MATCH ?', ...where])} LIMIT ?
       ) ORDER BY score DESC, id LIMIT ?
     ) p JOIN articles a ON a.id = p.id ORDER BY p.score DESC, p.id`,
  ).all(match, ...params, rankedMax + 1, limit + 1) as unknown as (PageRow & { total: number })[];
  const total = rows[0]?.total ?? 0;
  return total > rankedMax ? null : { rows, total };
}
