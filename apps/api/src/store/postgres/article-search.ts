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
 * What the articles must match: the word vectors their words and prefixes, the pair hashes
 * (migration 026) every two words of a phrase that follow each other, and the positions of a
 * phrase of three words or more. Only the last reads a vector, so counting otherwise reads the
 * indexes and the narrow rows alone. None when the terms have no word the index keys.
 */
function matchConditions(sql: Queryable, literals: SearchQueryLiterals): Fragment[] {
  const check = positionCheck(sql, literals, sql`a.id`);
  return [...candidateConditions(sql, literals), ...(check ? [check] : [])];
}

/** `matchConditions` but the positions: what the indexes alone find, a superset of the matches of a phrase of three words or more. */
function candidateConditions(sql: Queryable, { words, pairs }: SearchQueryLiterals): Fragment[] {
  return [...(words ? [sql`a.search @@ ${words}::tsquery`] : []), ...(pairs ? [sql`a.pairs @> ${pairs}::bigint[]`] : [])];
}

/**
 * Whether the article with id `id` has each phrase of three words or more, word after word; null
 * when the query has none. Positions are read from the inline copy of the vector (migration 033),
 * one page a candidate where `a.search` is about four TOAST chunks; a subquery, so it is looked up by key.
 */
function positionCheck(sql: Queryable, { phrases }: SearchQueryLiterals, id: Fragment): Fragment | null {
  return phrases ? sql`(SELECT k.search @@ ${phrases}::tsquery FROM article_rank k WHERE k.id = ${id})` : null;
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
    const candidates = sql`article_search a WHERE ${and(sql, [...candidateConditions(sql, literals), ...articleConditions(sql, options)])}`;
    const check = (id: Fragment) => positionCheck(sql, literals, id);
    const max = terms.some((t) => t.kind === 'phrase') && !options.exactTotal ? phraseCountMax : null;
    // Most searches match few enough stories to be ranked whole, or few enough to be gathered
    // for a newest-first page: a first page counts them and makes its page in one statement,
    // reading their rows once (see `firstPage`). Past that, the same statement counts them all,
    // and a walk of the time index finds the newest.
    const cap = Math.min(rankedMax, max ?? rankedMax);
    // Each match of a phrase of three words or more costs a check of its positions: a first page
    // gathers no more of them than it needs for the count it gives and the ranked page.
    const spread = max === null || !literals.phrases;
    // Asked for a word in most articles, the planner would rather scan the table, reading every
    // vector; the index finds the same rows without reading any. The setting and the first
    // statement are sent together (the driver pipelines them), one round trip fewer for every search.
    // A word the statistics say most articles have is counted and walked at once: gathering the
    // first thousands of its matches first would be work thrown away.
    const direct = after !== undefined || (max === null && likelyMany(pool, literals.words, options, cap));
    const [, firstRows] = await Promise.all([
      sql`SET LOCAL enable_seqscan = off`,
      direct ? countMatches(sql, matching, max) : firstPage(sql, matching, literals.rank, { cap, max, limit: options.limit + 1, spread }),
    ]);
    const first = firstRows[0];
    // The revision comes with the first statement, as the response cache would read it alone otherwise.
    const revision = Number(first?.revision ?? 0);
    const n = first?.n ?? 0;
    const exact = max === null || n <= max;
    // A cursor keeps the order its first page had, even if the total has crossed the limit since.
    const newest = after ? after.rowid !== undefined : !exact || n > rankedMax;
    const made = firstRows.filter((r): r is PageRow & Counted => 'id' in r && r.id !== null);
    // The first statement made the page unless a cursor was given or there were too many to gather.
    if (!direct && (n === 0 || made.length > 0)) return { revision, total: exact ? n : max!, exact, newest, rows: made };
    // A phrase's count stops at its limit, far below the matches the first statement gathered
    // when it found more than it gathers: judged by the count, every match would be read and sorted.
    const known = Math.max(n, first && 'got' in first ? Number(first.got) : 0);
    const walk = newest && walkNewest(options.limit + 1, known, first?.rows ?? 0);
    return {
      revision,
      total: exact ? n : max!,
      exact,
      newest,
      rows: await pageRows(sql, { matching, candidates, check }, newest ? (walk ? 'walk' : 'gather') : 'rank', after, options.limit + 1),
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

/** What the first statement of a search tells besides the page: the count, the table's size and the article revision. */
interface Counted {
  n: number;
  /** About how many rows `article_search` has (`reltuples`). */
  rows: number;
  revision: string | null;
}

/** The articles in `matching`, counted to `max` + 1 when `max` is not null, with `Counted`'s other figures. */
function countMatches(sql: Queryable, matching: Fragment, max: number | null): Promise<Counted[]> {
  return sql<Counted[]>`SELECT (${countOf(sql, matching, max)}) AS n, ${tableFigures(sql)}`;
}

/** The articles in `matching`, counted to `max` + 1 when `max` is not null, as a scalar subquery. */
function countOf(sql: Queryable, matching: Fragment, max: number | null): Fragment {
  return sql`SELECT count(*)::int FROM (SELECT 1 FROM ${matching} ${max === null ? sql`` : sql`LIMIT ${max + 1}`}) m`;
}

/** `Counted`'s `rows` and `revision`, as select-list items. */
function tableFigures(sql: Queryable): Fragment {
  return sql`(SELECT reltuples FROM pg_class WHERE oid = 'article_search'::regclass)::float8 AS rows,
    (SELECT revision FROM article_revision WHERE id = 1) AS revision`;
}

/** The commonest words of the search vectors, with the share of rows having each (the planner's statistics), and the rows. */
interface CommonWords {
  at: number;
  rows: number;
  shares: Map<string, number>;
}
const commonWords = new WeakMap<Sql, CommonWords>();
/** How long the statistics read are used before they are read again, ms. */
const COMMON_WORDS_MS = 600_000;

/**
 * Whether a search for `words` (a `tsquery` of words and prefixes), with no filter but
 * visibility, likely matches more articles than `firstPage` gathers: some word of it is in the
 * planner's most common elements of `article_search.search` often enough. Only which way the
 * page is made depends on it, never the answer. The statistics are read in the background, at
 * most every `COMMON_WORDS_MS`; until they are, the answer is no.
 */
function likelyMany(pool: Sql, words: string, options: SearchOptions, cap: number): boolean {
  let known = commonWords.get(pool);
  if (!known || Date.now() - known.at > COMMON_WORDS_MS) {
    // Marked as read at once, so that one search reads them, not every search until they come.
    commonWords.set(pool, { rows: known?.rows ?? 0, shares: known?.shares ?? new Map(), at: Date.now() });
    pool<{ elems: string[] | null; shares: number[] | null; rows: number }[]>`
      SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs::float8[] AS shares,
        (SELECT reltuples FROM pg_class WHERE oid = 'article_search'::regclass)::float8 AS rows
      FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'article_search' AND s.attname = 'search'`
      .then(([row]) => {
        const shares = new Map((row?.elems ?? []).map((word, i) => [word, row?.shares?.[i] ?? 0]));
        commonWords.set(pool, { at: Date.now(), rows: row?.rows ?? 0, shares });
      })
      .catch(() => undefined);
    known = commonWords.get(pool)!;
  }
  const { section, tag, author, person, place, organization, from, to } = options;
  if ([section, tag, author, person, place, organization, from, to].some((x) => x !== undefined)) return false;
  const plain = words.split(' & ').flatMap((w) => /^'([^']+)'$/.exec(w)?.[1] ?? []);
  if (plain.length === 0) return false;
  const share = Math.min(...plain.map((w) => known.shares.get(w) ?? 0));
  return share * known.rows > gatherMax(cap, options.limit + 1, known.rows);
}

/** How many matches `firstPage` gathers at most: `cap`, or the count past which the time index is walked. */
function gatherMax(cap: number, limit: number, rows: number): number {
  return Math.max(cap, Math.floor(Math.sqrt(limit * WALK_COST * Math.max(rows, 0))));
}

/** A row of `firstPage`: the counts, with a page row or, when the page is left to a second statement or empty, a null id. */
type FirstRow = Counted & { got: number } & (PageRow | { id: null });

/**
 * The first statement of a first page. Up to `g` + 1 matches are gathered, where `g` is at least
 * `cap` and at least the count past which walking the time index is the cheaper way to a
 * newest-first page (see `walkNewest`), or just `cap` when `spread` is false (each match a check
 * of positions); their rows are read once, and `got` is how many there were. At most `cap` (which is at most `max`): the best `limit` of them ranked from their ids.
 * More, up to `g`: they are all there, so they are counted and the newest `limit` of them taken.
 * Past `g`: they are counted again in full (a phrase's count stops at `max` + 1, which is known),
 * and the page is left to a walk. `n` is the count as `countMatches` gives it. One row per page
 * row, with the summaries and bodies; a single row with a null id when there is no page.
 */
function firstPage(
  sql: Queryable,
  matching: Fragment,
  rank: string,
  { cap, max, limit, spread }: { cap: number; max: number | null; limit: number; spread: boolean },
): Promise<FirstRow[]> {
  const all = max === null ? sql`c.got` : sql`least(c.got, ${max + 1})`;
  const past = max === cap ? sql`${cap + 1}` : sql`(${countOf(sql, matching, max)})`;
  return sql<FirstRow[]>`
    WITH g AS (
        SELECT ${spread ? sql`greatest(${cap}, floor(sqrt(${limit * WALK_COST} * greatest(reltuples, 0)::float8)))::int` : sql`${cap}::int`} AS g
        FROM pg_class WHERE oid = 'article_search'::regclass
      ),
      m AS MATERIALIZED (SELECT a.id, a.sort_at FROM ${matching} LIMIT (SELECT g + 1 FROM g)),
      c AS (SELECT count(*)::int AS got FROM m),
      t AS (SELECT c.got, CASE WHEN c.got <= g.g THEN ${all} ELSE ${past} END AS n FROM c, g)
    SELECT t.n, t.got, ${tableFigures(sql)}, p.id, p.score, (extract(epoch FROM p.sort_at) * 1000)::float8 AS at,
      b.summary::text AS summary, b.search_body AS body
    FROM t LEFT JOIN LATERAL (
      (SELECT m.id, m.sort_at, (${rankOf(sql, sql`m.id`)}) AS score FROM m, (SELECT ${rank}::tsquery AS query) q
        WHERE t.got <= ${cap} ORDER BY score DESC, m.id LIMIT ${limit})
      UNION ALL
      (SELECT m.id, m.sort_at, 0::float8 AS score FROM m WHERE t.got > ${cap} AND t.got <= (SELECT g FROM g)
        ORDER BY m.sort_at DESC, m.id DESC LIMIT ${limit})
    ) p ON true LEFT JOIN articles b ON b.id = p.id
    -- Ranked: best first, then by id; newest first (every score 0): by time, then id, both descending.
    ORDER BY p.score DESC, CASE WHEN t.got <= ${cap} THEN p.id END, p.sort_at DESC, p.id DESC`;
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

/**
 * The score of the match with id `id` for `q.query`, from the copy of its vector stored inline in `article_rank`
 * (migration 033): the same vector as `a.search`, so the same score, but one heap page read where
 * `a.search` is about four TOAST chunks. A subquery, so that each match's copy is looked up by key
 * whatever the planner expects of the join.
 */
function rankOf(sql: Queryable, id: Fragment): Fragment {
  return sql`SELECT ts_rank_cd(${WEIGHTS}, k.search, q.query, ${NORMALIZATION})::float8 FROM article_rank k WHERE k.id = ${id}`;
}

/** How a page is read: ranked, newest first by walking the time index, or newest first from every match. */
type PageWay = 'rank' | 'walk' | 'gather';

/** Up to `limit` matches after `after`, best first or newest first, with their summaries and bodies. */
function pageRows(
  sql: Queryable,
  { matching, candidates, check }: { matching: Fragment; candidates: Fragment; check: (id: Fragment) => Fragment | null },
  way: PageWay,
  after: SearchPosition | undefined,
  limit: number,
): Promise<PageRow[]> {
  const newest = way !== 'rank';
  const before = after && newest ? sql`AND (a.sort_at, a.id) < (${new Date(after.rowid!).toISOString()}::timestamptz, ${after.id})` : sql``;
  const newestMatches = () => sql`SELECT a.id, a.sort_at FROM ${matching} ${before}`;
  const checked = check(sql`c.id`);
  const page =
    way === 'walk'
      ? sql`SELECT id, 0::float8 AS score, sort_at FROM (${newestMatches()}) m ORDER BY sort_at DESC, id DESC LIMIT ${limit}`
      : way === 'gather'
        ? checked
          ? // The candidates (narrow rows, no positions read) newest first, then checked in that
            // order until the page is full: a few checks instead of one a candidate. OFFSET 0
            // keeps the check above the sort.
            sql`WITH m AS MATERIALIZED (SELECT a.id, a.sort_at FROM ${candidates} ${before})
              SELECT c.id, 0::float8 AS score, c.sort_at FROM (SELECT id, sort_at FROM m ORDER BY sort_at DESC, id DESC OFFSET 0) c
              WHERE ${checked} LIMIT ${limit}`
          : // Materialised, the matches come from the search index, not from a walk of the time index.
            sql`WITH m AS MATERIALIZED (${newestMatches()}) SELECT id, 0::float8 AS score, sort_at FROM m ORDER BY sort_at DESC, id DESC LIMIT ${limit}`
        : sql`SELECT * FROM (
          SELECT a.id, (${rankOf(sql, sql`a.id`)}) AS score, a.sort_at FROM ${matching}
        ) r ${after ? sql`WHERE score < ${after.score} OR (score = ${after.score} AND id > ${after.id})` : sql``}
        ORDER BY score DESC, id LIMIT ${limit}`;
  return sql<PageRow[]>`
    SELECT p.id, p.score, (extract(epoch FROM p.sort_at) * 1000)::float8 AS at, b.summary::text AS summary, b.search_body AS body
    FROM (${page}) p JOIN articles b ON b.id = p.id
    ORDER BY ${newest ? sql`p.sort_at DESC, p.id DESC` : sql`p.score DESC, p.id`}`;
}
