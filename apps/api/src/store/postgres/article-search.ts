/**
 * @module
 * Full-text search on PostgreSQL: a weighted `tsvector` per article (headline A; standfirst,
 * authors and tags B; body C) under a GIN index, ranked by `ts_rank_cd`, with `ts_headline`
 * snippets. The query is built from our own terms with `plainto_tsquery`, `phraseto_tsquery` and
 * `to_tsquery` of letters and digits only, never from what the user typed.
 */
import type { ArticleSummary } from '@dateline/model';
import { decodeSearchCursor, encodeSearchCursor } from '../search-cursor.ts';
import { parseSearchQuery, type SearchTerm, searchFingerprint } from '../search-query.ts';
import type { SearchOptions, SearchPage } from '../search-store.ts';
import { MATCH_END, MATCH_START, renderSnippet, SNIPPET_WORDS, type SearchText } from '../search-text.ts';
import { articleConditions } from './article-read.ts';
import { and, type Fragment, type Queryable } from './connection.ts';

/** Weights of D, C (body), B (standfirst, authors, tags) and A (headline), as `ts_rank_cd` takes them. */
const WEIGHTS = '{0.1, 0.1, 0.4, 1.0}';
// Divides the rank by 1 + log(length), so long articles do not win by length alone.
const NORMALIZATION = 1;
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=${SNIPPET_WORDS + 11}, MinWords=${SNIPPET_WORDS - 9}, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The weighted `tsvector` of an article's searchable text, as SQL.
 *
 * @example
 * sql`UPDATE articles SET search = ${searchVector(sql, searchText(article))} WHERE id = ${article.id}`;
 */
export function searchVector(sql: Queryable, t: SearchText): Fragment {
  return sql`setweight(to_tsvector('english', ${t.headline}), 'A')
    || setweight(to_tsvector('english', ${t.standfirst}), 'B')
    || setweight(to_tsvector('english', ${t.people}), 'B')
    || setweight(to_tsvector('english', ${t.tags}), 'B')
    || setweight(to_tsvector('english', ${t.body}), 'C')`;
}

/**
 * Stores the searchable text of article `id`. Call inside the transaction that writes the article.
 *
 * @example
 * await writeSearchText(sql, article.id, searchText(article));
 */
export async function writeSearchText(sql: Queryable, id: string, text: SearchText): Promise<void> {
  await sql`UPDATE articles SET ${sql(searchColumns(sql, text) as Record<string, unknown>)} WHERE id = ${id}`;
}

/**
 * The search columns of an article's row, for its INSERT or UPDATE: one statement writes the
 * article and its index entry.
 *
 * @example
 * await sql`INSERT INTO articles ${sql({ ...row, ...searchColumns(sql, searchText(article)) })}`;
 */
export function searchColumns(sql: Queryable, text: SearchText): { search_body: string; search: Fragment } {
  const t = shieldMarkup(text);
  return { search_body: t.body, search: searchVector(sql, t) };
}

// PostgreSQL's text search parser reads `<…>` as an HTML tag and `&…;` as an entity, and drops
// them from vectors and headlines; stand-ins from the private use area keep such text as text.
const SHIELD: Record<string, string> = { '<': '\uE000', '>': '\uE001', '&': '\uE002' };
const UNSHIELD: Record<string, string> = Object.fromEntries(Object.entries(SHIELD).map(([k, v]) => [v, k]));

function shieldMarkup(text: SearchText): SearchText {
  const shield = (s: string) => s.replace(/[\uE000-\uE002]/g, ' ').replace(/[<>&]/g, (c) => SHIELD[c]!);
  return {
    headline: shield(text.headline),
    standfirst: shield(text.standfirst),
    people: shield(text.people),
    tags: shield(text.tags),
    body: shield(text.body),
  };
}

const unshield = (s: string) => s.replace(/[\uE000-\uE002]/g, (c) => UNSHIELD[c]!);

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
