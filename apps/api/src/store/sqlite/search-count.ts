/**
 * @module
 * The exact number of articles a SQLite search matches. Counting through the filter table costs a
 * lookup per match, which for a word most articles use is most of the search. Without listing
 * filters the index counts its matches alone, and the few it holds that readers may not see yet
 * (drafts, archived, scheduled) are taken away one by one. Which rows those are is kept per
 * connection until the database changes or the next scheduled article comes out.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { utc } from '../article-rows.ts';
import type { SearchOptions } from '../search-store.ts';
import { statement } from './statements.ts';

/** Past this many hidden rows, counting through the filter table is cheaper than checking each. */
const MAX_HIDDEN = 50;
/** Up to this many matches, counting through the filter table costs less than finding the hidden rows again. */
export const JOIN_MAX = 5000;

interface Hidden {
  /** `PRAGMA data_version` (other connections' commits) and `total_changes()` (this one's). */
  version: string;
  /** The set holds for a `now` in [since, until): no row becomes visible in between. */
  since: string | null;
  until: string | null;
  rids: bigint[];
}

const cache = new WeakMap<DatabaseSync, Hidden>();

/**
 * Index rows no reader may see at `now`; null when there are too many to check one by one, or
 * when they would have to be found again and `refresh` is false.
 */
function hiddenRows(db: DatabaseSync, now: string, refresh: boolean): bigint[] | null {
  const { v } = statement(db, "SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS v").get() as {
    v: string;
  };
  let hidden = cache.get(db);
  const holds =
    hidden && hidden.version === v && (hidden.since === null || hidden.since <= now) && (hidden.until === null || now < hidden.until);
  if (!hidden || !holds) {
    if (!refresh) return null;
    // One pass over the filter table: the hidden rows and the visibility times either side of now.
    const row = statement(
      db,
      `SELECT max(CASE WHEN visible_at <= ?1 THEN visible_at END) AS since, min(CASE WHEN visible_at > ?1 THEN visible_at END) AS until,
              json_group_array(rid) FILTER (WHERE visible_at IS NULL OR visible_at > ?1) AS rids
       FROM article_search_filters`,
    ).get(now) as { since: string | null; until: string | null; rids: string };
    const rids = (JSON.parse(row.rids) as number[]).map(BigInt);
    hidden = { version: v, since: row.since, until: row.until, rids };
    cache.set(db, hidden);
  }
  return hidden.rids.length > MAX_HIDDEN ? null : hidden.rids;
}

/**
 * How many articles visible under `options` match the FTS5 query `match`, `where` and `params`
 * being the conditions `articleConditions` made of `options` on the filter table `s`; with
 * `max`, counting stops past that many (`exact` false, `total` = `max`).
 *
 * @example
 * countMatches(db, '"ferry"', { limit: 20, now: new Date() }, where, params); // { total: 3, exact: true }
 */
export function countMatches(
  db: DatabaseSync,
  match: string,
  options: SearchOptions,
  where: string[],
  params: SQLInputValue[],
  joinMax = JOIN_MAX,
  max = Number.POSITIVE_INFINITY,
): { total: number; exact: boolean } {
  const capped = (n: number, limit: number) => (n >= limit ? { total: max, exact: false } : { total: n, exact: true });
  const upTo = (limit: number) => (Number.isFinite(limit) ? ` LIMIT ${limit}` : '');
  // articleConditions adds the visibility condition unless hidden articles are asked for, then one per filter.
  const filtered = where.length > (options.includeHidden ? 0 : 1);
  const join = () => {
    const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts JOIN article_search_filters s ON s.rid = articles_fts.rowid
                 WHERE ${['articles_fts MATCH ?', ...where].join(' AND ')}${upTo(max + 1)})`;
    return capped(Number((statement(db, sql).get(match, ...params) as { n: number }).n), max + 1);
  };
  if (filtered) return join();
  // Past `max` plus every hidden row that may be among them, the visible ones are past `max` too.
  const limit = max + MAX_HIDDEN + 1;
  const count = `SELECT count(*) AS n FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ?${upTo(limit)})`;
  const all = Number((statement(db, count).get(match) as { n: number }).n);
  if (options.includeHidden) return capped(all, max + 1);
  // Finding the hidden rows reads the whole filter table, once per change to the database; until
  // they are known, a search with few matches is cheaper to count through that table.
  const hidden = hiddenRows(db, utc(options.now), all > joinMax);
  if (hidden === null) return join();
  if (all >= limit) return { total: max, exact: false };
  let n = all;
  // The rowid is bound as an integer: FTS5 ignores `rowid = ?` given a real, which a JS number is.
  const one = statement(db, 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?');
  for (const rid of hidden) n -= Number((one.get(match, rid) as { n: number }).n);
  return { total: n, exact: true };
}
