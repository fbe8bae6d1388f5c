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
import { and, type Fragment, type Queryable } from './connection.ts';
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
 * A page of the articles matching `text` (see `SearchStore.search`). Fetches one row more than
 * asked to know whether a next page exists; snippets are made for the page's rows only.
 *
 * @example
 * await searchArticles(sql, 'harbour ferr*', { limit: 20, now: new Date() });
 */
export async function searchArticles(sql: Queryable, text: string, options: SearchOptions): Promise<SearchPage> {
  const terms = parseSearchQuery(text);
  const { section, tag, author, from, to, includeHidden = false } = options;
  const fingerprint = searchFingerprint(terms, { section, tag, author, from, to, includeHidden });
  const after = options.cursor === undefined ? undefined : decodeSearchCursor(options.cursor, fingerprint);
  if (terms.length === 0) return { items: [], total: 0, nextCursor: null };
  const where = and(sql, [sql`a.search @@ q.query`, ...articleConditions(sql, options)]);
  const withQuery = sql`WITH q AS (SELECT ${tsquery(sql, terms)} AS query)`;
  const [count] = await sql<{ n: number }[]>`${withQuery} SELECT count(*)::int AS n FROM articles a, q WHERE ${where}`;
  const rows = await sql<{ id: string; summary: ArticleSummary; score: number; snippet: string }[]>`
    ${withQuery},
    ranked AS (
      SELECT a.id, a.summary, a.search_body, ts_rank_cd(${WEIGHTS}, a.search, q.query, ${NORMALIZATION})::float8 AS score
      FROM articles a, q WHERE ${where}
    ),
    page AS (
      SELECT * FROM ranked ${after ? sql`WHERE score < ${after.score} OR (score = ${after.score} AND id > ${after.id})` : sql``}
      ORDER BY score DESC, id LIMIT ${options.limit + 1}
    )
    SELECT page.id, page.summary, page.score, ts_headline('english', page.search_body, q.query, ${HEADLINE_OPTIONS}) AS snippet
    FROM page, q ORDER BY page.score DESC, page.id`;
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ article: row.summary, score: row.score, snippet: renderSnippet(unshield(row.snippet)) })),
    total: count?.n ?? 0,
    nextCursor: rows.length > options.limit && last ? encodeSearchCursor({ score: last.score, id: last.id }, fingerprint) : null,
  };
}
