/**
 * @module
 * What search stores of an article on PostgreSQL: in `article_search` (migration 011) a weighted
 * `tsvector` (headline A; standfirst, authors and tags B; body C) beside the columns search
 * filters on, and on the article's row the body text snippets are made from. The stored body
 * has `<`, `>` and `&` shielded, as it had when PostgreSQL's parser read it (it read them as
 * markup); `unshield` turns a snippet back.
 */
import { searchVectorLiteral, searchVectorLiterals } from '../search-analysis.ts';
import type { SearchText } from '../search-text.ts';
import type { Fragment, Queryable } from './connection.ts';

/**
 * The weighted `tsvector` of an article's searchable text, as SQL: built by the same analysis
 * as SQLite's index (see search-analysis.ts), not by PostgreSQL's own `english` configuration,
 * so both databases find the same stories for a query.
 *
 * @example
 * sql`UPDATE article_search SET search = ${searchVector(sql, searchText(article))} WHERE id = ${article.id}`;
 */
function searchVector(sql: Queryable, text: SearchText): Fragment {
  return sql`${searchVectorLiteral(text)}::tsvector`;
}

/**
 * Stores the searchable text of article `id` on its `articles` row, where migrations 006 to 010
 * keep it (011 moves the vector to `article_search`); for migration 006's backfill only.
 *
 * @example
 * await writeSearchText(sql, article.id, searchText(article));
 */
export async function writeSearchText(sql: Queryable, id: string, text: SearchText): Promise<void> {
  await sql`UPDATE articles SET search_body = ${shieldMarkup(text.body)}, search = ${searchVector(sql, text)} WHERE id = ${id}`;
}

/** The columns of an article's `article_search` row that search filters on. */
export interface SearchFilterColumns {
  id: string;
  status: string;
  published_at: string | null;
  sort_at: string;
  section_slug: string | null;
}

/**
 * Rewrites the `article_search` row of an article that changed: its filter columns, its
 * vector and its pair hashes from `text`; and the vector's ranking copy in `article_rank`. Call inside the transaction that writes the article.
 *
 * @example
 * await updateSearchRow(sql, articleRow(article, hash), searchText(article));
 */
export async function updateSearchRow(sql: Queryable, row: SearchFilterColumns, text: SearchText): Promise<void> {
  const { vector, pairs } = searchVectorLiterals(text);
  // The ranking copy (migration 033) in the same statement.
  await sql`
    WITH searchable AS (
      UPDATE article_search SET status = ${row.status}, published_at = ${row.published_at}, sort_at = ${row.sort_at},
        section_slug = ${row.section_slug}, search = ${vector}::tsvector, pairs = ${pairs}::bigint[] WHERE id = ${row.id}
      RETURNING id, search
    )
    INSERT INTO article_rank (id, search) SELECT id, search FROM searchable ON CONFLICT (id) DO UPDATE SET search = excluded.search`;
}

// PostgreSQL's text search parser reads `<…>` as an HTML tag and `&…;` as an entity, and drops
// them from vectors and headlines; stand-ins from the private use area keep such text as text.
const SHIELD: Record<string, string> = { '<': '\uE000', '>': '\uE001', '&': '\uE002' };
const UNSHIELD: Record<string, string> = Object.fromEntries(Object.entries(SHIELD).map(([k, v]) => [v, k]));

/**
 * `text` with `<`, `>` and `&` replaced by stand-ins the text search parser treats as letters
 * (and the stand-ins it had by spaces); `unshield` turns a snippet back.
 *
 * @example
 * shieldMarkup(searchText(article).body); // 'Crews cheered \uE000loudly\uE001 …'
 */
export function shieldMarkup(text: string): string {
  // Most text has none of them: one pass to find that out instead of two that copy it.
  if (!MARKUP.test(text)) return text;
  return text.replace(/[\uE000-\uE002]/g, ' ').replace(/[<>&]/g, (c) => SHIELD[c]!);
}

const MARKUP = /[<>&\uE000-\uE002]/;

/**
 * A snippet with the stand-ins of `shieldMarkup` turned back into `<`, `>` and `&`.
 *
 * @example
 * unshield('\uE000loudly\uE001'); // '<loudly>'
 */
export const unshield = (s: string): string => s.replace(/[\uE000-\uE002]/g, (c) => UNSHIELD[c]!);
