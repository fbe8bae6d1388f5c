/**
 * @module
 * Full-text search on PostgreSQL: the weighted `tsvector` of each article (see search-vector.ts)
 * under a GIN index, ranked by `ts_rank_cd`, with `ts_headline` snippets. The query is built
 * from our own terms with `plainto_tsquery`, `phraseto_tsquery` and `to_tsquery` of letters and
 * digits only, never from what the user typed.
 */
import type { ArticleSummary } from '@dateline/model';
import { decodeSearchCursor, encodeSearchCursor } from '../search-cursor.ts';
import { parseSearchQuery, type SearchTerm, searchFingerprint } from '../search-query.ts';
import type { SearchOptions, SearchPage } from '../search-store.ts';
import { MATCH_END, MATCH_START, renderSnippet, SNIPPET_WORDS } from '../search-text.ts';
import { articleConditions } from './article-read.ts';
import { and, type Fragment, type Queryable, type Sql } from './connection.ts';
import { unshield } from './search-vector.ts';

/** Weights of D, C (body), B (standfirst, authors, tags) and A (headline), as `ts_rank_cd` takes them. */
const WEIGHTS = '{0.1, 0.1, 0.4, 1.0}';
// Divides the rank by 1 + log(length), so long articles do not win by length alone.
const NORMALIZATION = 1;
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=${SNIPPET_WORDS + 11}, MinWords=${SNIPPET_WORDS - 9}, MaxFragments=2, FragmentDelimiter=" … "`;

function tsquery(sql: Queryable, terms: readonly SearchTerm[]): Fragment {
  const parts = terms.map((t) =>
    t.kind === 'phrase'
      ? sql`phraseto_tsquery('english', ${t.words.join(' ')})`
      : t.kind === 'prefix'
        ? sql`to_tsquery('english', ${`${t.word}:*`})`
        : sql`plainto_tsquery('english', ${t.word})`,
  );
  return parts.slice(1).reduce((acc, part) => sql`${acc} && ${part}`, parts[0]!);
}

/**
 * How many matches are ranked at most: the most recent ones. Ranking reads each match's whole
 * vector, which for a word in half of a big archive takes seconds; counting and picking the most
 * recent matches need only the index and the narrow `article_search` rows.
 */
export const RANK_WINDOW = 1000;

/**
 * A page of the articles matching `text` (see `SearchStore.search`), in one statement: every
 * match is counted, the `rankWindow` most recent matches are ranked (all of them when there are
 * no more), and snippets are made for the page's rows only. Fetches one row more than asked to
 * know whether a next page exists.
 *
 * @example
 * await searchArticles(sql, 'harbour ferr*', { limit: 20, now: new Date() });
 */
export async function searchArticles(pool: Sql, text: string, options: SearchOptions, rankWindow = RANK_WINDOW): Promise<SearchPage> {
  const terms = parseSearchQuery(text);
  const { section, tag, author, from, to, includeHidden = false } = options;
  const fingerprint = searchFingerprint(terms, { section, tag, author, from, to, includeHidden });
  const after = options.cursor === undefined ? undefined : decodeSearchCursor(options.cursor, fingerprint);
  if (terms.length === 0) return { items: [], total: 0, nextCursor: null };
  const rows = await pool.begin(async (sql) => {
    // Asked for a word in most articles, the planner would rather scan the table, reading every
    // vector; the index finds the same rows without reading any.
    await sql`SET LOCAL enable_seqscan = off`;
    const where = and(sql, [sql`a.search @@ q.query`, ...articleConditions(sql, options)]);
    return sql<{ total: number; id: string | null; summary: ArticleSummary; score: number; snippet: string }[]>`
      WITH q AS (SELECT ${tsquery(sql, terms)} AS query),
      matches AS MATERIALIZED (SELECT a.id, a.sort_at FROM article_search a, q WHERE ${where}),
      recent AS (SELECT id FROM matches ORDER BY sort_at DESC, id DESC LIMIT ${rankWindow}),
      ranked AS (
        SELECT s.id, ts_rank_cd(${WEIGHTS}, s.search, q.query, ${NORMALIZATION})::float8 AS score
        FROM recent JOIN article_search s ON s.id = recent.id, q
      ),
      page AS (
        SELECT * FROM ranked ${after ? sql`WHERE score < ${after.score} OR (score = ${after.score} AND id > ${after.id})` : sql``}
        ORDER BY score DESC, id LIMIT ${options.limit + 1}
      )
      SELECT (SELECT count(*)::int FROM matches) AS total, page.id, b.summary, page.score,
        ts_headline('english', b.search_body, q.query, ${HEADLINE_OPTIONS}) AS snippet
      FROM q LEFT JOIN (page JOIN articles b ON b.id = page.id) ON true
      ORDER BY page.score DESC, page.id`;
  });
  const found = rows.filter((row): row is typeof row & { id: string } => row.id !== null);
  const page = found.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ article: row.summary, score: row.score, snippet: renderSnippet(unshield(row.snippet)) })),
    total: rows[0]?.total ?? 0,
    nextCursor: found.length > options.limit && last ? encodeSearchCursor({ score: last.score, id: last.id }, fingerprint) : null,
  };
}
