/**
 * @module
 * Full-text search on PostgreSQL: the weighted `tsvector` of each article in `article_search`
 * (see search-vector.ts) under a GIN index, ranked by `ts_rank_cd`. The query is built from our
 * own terms, keyed by the same analysis as the vectors (see search-analysis.ts), never from what
 * the user typed. Snippets are made in the process from the page's stored
 * bodies, as on SQLite: `ts_headline` re-parses each whole body, which cost more than the search.
 */
import { decodeSearchCursor, encodeSearchCursor, type SearchPosition } from '../search-cursor.ts';
import { parseSearchQuery, searchFingerprint } from '../search-query.ts';
import { PHRASE_COUNT_MAX, type SearchOptions, type SearchPage } from '../search-store.ts';
import { parsedSearchPage, type StoredSearchPage } from '../search-page.ts';
import { renderSnippet } from '../search-text.ts';
import { snippetMarker } from '../body-snippet.ts';
import { type SearchQueryLiterals, searchQueryLiterals } from '../search-analysis.ts';
import { articleConditions } from './article-read.ts';
import { and, type Fragment, type Queryable, type Sql } from './connection.ts';
import { unshield } from './search-vector.ts';
import { pageOf } from '../paging.ts';

/** Weights of D, C (body), B (standfirst, authors, tags) and A (headline), as `ts_rank_cd` takes them. */
const WEIGHTS = '{0.1, 0.1, 0.4, 1.0}';
// Divides the rank by 1 + log(length), so long articles do not win by length alone.
const NORMALIZATION = 1;

/**
 * What the articles must match: the word vectors their words, prefixes and long phrases, the pair
 * hashes (migration 026) every two words of a phrase that follow each other. Neither needs the
 * stored vector read but for a phrase of three words or more, so counting reads the index and the
 * narrow rows alone. None when the terms have no word the index keys.
 */
function matchConditions(sql: Queryable, { words, pairs }: SearchQueryLiterals): Fragment[] {
  return [...(words ? [sql`a.search @@ ${words}::tsquery`] : []), ...(pairs ? [sql`a.pairs @> ${pairs}::bigint[]`] : [])];
}

/**
 * Searches matching more than this many articles list them most recently published first, with
 * score 0, instead of ranking them, as on SQLite. Ranking reads each match's whole vector, which
 * for a word in half of a big archive takes seconds; counting the matches and listing the newest
 * need only the index and the narrow `article_search` rows.
 */
const RANKED_MAX = 1000;

interface PageRow {
  id: string;
  score: number;
  /** Publication (or creation) time in milliseconds, which a newest-first cursor carries. */
  at: number;
  /** The stored JSON text, not parsed (see search-page.ts). */
  summary: string;
  body: string;
}

/**
 * A page of the articles matching `text` (see `SearchStore.search`), parsed.
 *
 * @example
 * await searchArticles(sql, 'harbour ferr*', { limit: 20, now: new Date() });
 */
export async function searchArticles(...args: Parameters<typeof searchStoredPage>): Promise<SearchPage> {
  return parsedSearchPage(await searchStoredPage(...args));
}

/**
 * A page of the articles matching `text`, the summaries as stored (see search-page.ts): ranked
 * when at most `rankedMax` articles match, else most recently published first. Fetches one row
 * more than asked to know whether a next page exists; snippets are made for the page's rows only.
 * The article revision is read in the first statement, before the page (null when a query with no
 * word the index keys read nothing).
 *
 * @example
 * searchPageJson(await searchStoredPage(sql, 'harbour ferr*', { limit: 20, now: new Date() }));
 */
export async function searchStoredPage(
  pool: Sql,
  text: string,
  options: SearchOptions,
  rankedMax = RANKED_MAX,
  phraseCountMax = PHRASE_COUNT_MAX,
): Promise<StoredSearchPage & { revision: number | null }> {
  const terms = parseSearchQuery(text);
  const { section, tag, author, from, to, person, place, organization, includeHidden = false } = options;
  const fingerprint = searchFingerprint(terms, { section, tag, author, from, to, person, place, organization, includeHidden });
  const after = options.cursor === undefined ? undefined : decodeSearchCursor(options.cursor, fingerprint);
  const literals = searchQueryLiterals(terms);
  if (!literals.words && !literals.pairs) return { items: [], total: 0, totalExact: true, nextCursor: null, revision: null };
  const { total, exact, newest, rows, revision } = await pool.begin(async (sql) => {
    const matching = sql`article_search a, (SELECT ${literals.rank}::tsquery AS query) q
      WHERE ${and(sql, [...matchConditions(sql, literals), ...articleConditions(sql, options)])}`;
    const max = terms.some((t) => t.kind === 'phrase') && !options.exactTotal ? phraseCountMax : null;
    // Asked for a word in most articles, the planner would rather scan the table, reading every
    // vector; the index finds the same rows without reading any. The setting and the count are
    // sent together (the driver pipelines them), one round trip fewer for every search; the
    // revision comes with the count, as the response cache would read it alone otherwise.
    const [, [count]] = await Promise.all([
      sql`SET LOCAL enable_seqscan = off`,
      sql<{ n: number; rows: number; revision: string | null }[]>`
        SELECT count(*)::int AS n, (SELECT reltuples FROM pg_class WHERE oid = 'article_search'::regclass)::float8 AS rows,
          (SELECT revision FROM article_revision WHERE id = 1) AS revision
        FROM (SELECT 1 FROM ${matching} ${max === null ? sql`` : sql`LIMIT ${max + 1}`}) m`,
    ]);
    const n = count?.n ?? 0;
    const exact = max === null || n <= max;
    // A cursor keeps the order its first page had, even if the total has crossed the limit since.
    const newest = after ? after.rowid !== undefined : !exact || n > rankedMax;
    const walk = newest && walkNewest(options.limit + 1, n, count?.rows ?? 0);
    return {
      revision: Number(count?.revision ?? 0),
      total: exact ? n : max!,
      exact,
      newest,
      rows: await pageRows(sql, matching, newest ? (walk ? 'walk' : 'gather') : 'rank', after, options.limit + 1),
    };
  });
  const { items: page, nextCursor } = pageOf(rows, options.limit, (last) =>
    encodeSearchCursor({ score: last.score, id: last.id, rowid: newest ? last.at : undefined }, fingerprint),
  );
  const mark = snippetMarker(terms);
  return {
    revision,
    items: page.map((row) => ({ summary: row.summary, score: row.score, snippet: renderSnippet(mark(unshield(row.body))) })),
    total,
    totalExact: exact,
    nextCursor,
  };
}

/**
 * How much more a row read walking the time index costs than one read from the search index's
 * bitmap: the walk checks each row's stored vector (kilobytes, out of line), the bitmap reads only
 * the narrow row. Measured at 20,000 stories: about 15 µs against 0.4 µs.
 */
const WALK_COST = 40;

/**
 * Whether the newest `limit` of `n` matches among about `rows` search rows are found faster by
 * walking the time index from the newest down, checking each row, than by gathering every match
 * from the search index and sorting. The planner takes the walk whenever a limit is asked,
 * as it does not count the reading of vectors: for a word in one story of a hundred that is
 * thousands of vectors read for one page.
 */
function walkNewest(limit: number, n: number, rows: number): boolean {
  return n > 0 && (limit * rows * WALK_COST) / n < n;
}

/** How a page is read: ranked, newest first by walking the time index, or newest first from every match. */
type PageWay = 'rank' | 'walk' | 'gather';

/** Up to `limit` matches after `after`, best first or newest first, with their summaries and bodies. */
function pageRows(sql: Queryable, matching: Fragment, way: PageWay, after: SearchPosition | undefined, limit: number): Promise<PageRow[]> {
  const newest = way !== 'rank';
  const newestMatches = () => sql`SELECT a.id, a.sort_at FROM ${matching}
    ${after ? sql`AND (a.sort_at, a.id) < (${new Date(after.rowid!).toISOString()}::timestamptz, ${after.id})` : sql``}`;
  const page =
    way === 'walk'
      ? sql`SELECT id, 0::float8 AS score, sort_at FROM (${newestMatches()}) m ORDER BY sort_at DESC, id DESC LIMIT ${limit}`
      : way === 'gather'
        ? // Materialised, the matches come from the search index, not from a walk of the time index.
          sql`WITH m AS MATERIALIZED (${newestMatches()}) SELECT id, 0::float8 AS score, sort_at FROM m ORDER BY sort_at DESC, id DESC LIMIT ${limit}`
        : sql`SELECT * FROM (
          SELECT a.id, ts_rank_cd(${WEIGHTS}, a.search, q.query, ${NORMALIZATION})::float8 AS score, a.sort_at FROM ${matching}
        ) r ${after ? sql`WHERE score < ${after.score} OR (score = ${after.score} AND id > ${after.id})` : sql``}
        ORDER BY score DESC, id LIMIT ${limit}`;
  return sql<PageRow[]>`
    SELECT p.id, p.score, (extract(epoch FROM p.sort_at) * 1000)::float8 AS at, b.summary::text AS summary, b.search_body AS body
    FROM (${page}) p JOIN articles b ON b.id = p.id
    ORDER BY ${newest ? sql`p.sort_at DESC, p.id DESC` : sql`p.score DESC, p.id`}`;
}
