/**
 * @module
 * Reads of one article by slug, gathered per turn of the event loop. Requests that arrive together
 * each read one article; on PostgreSQL each read is a round trip on a connection of its own: a
 * write, a wake-up of a server process, a read. Gathered, the reads of one turn go as one statement
 * on one connection, and each caller gets its own article and the revision read with it, as from a
 * read of its own. A read is sent after it was asked for, so it sees every write committed before.
 */
import type { UnsafeQueryOptions } from 'postgres';
import type { ArticleJson, Visibility } from '../store.ts';
import { articleJsonRead, type JsonRow, readArticleJsonAtRevision, visibleAtText } from './article-read.ts';
import type { Queryable } from './connection.ts';

/** Readers in one statement at most; more in one turn go as several statements. */
const MOST_IN_ONE = 32;

type Read = { article: ArticleJson | null; revision: number };

interface Waiting {
  slug: string;
  now: Date;
  resolve: (read: Read) => void;
  reject: (err: unknown) => void;
}

/**
 * `readArticleJsonAtRevision` over `sql`, with the readers' reads (`includeHidden` false) of one
 * turn sent as one statement; a read with hidden articles goes alone.
 *
 * @example
 * const read = gatheredArticleJson(sql);
 * const [a, b] = await Promise.all([read('night-ferry', { now }), read('harbour-fire', { now })]); // one statement
 */
export function gatheredArticleJson(sql: Queryable): (slug: string, options: Visibility) => Promise<Read> {
  let waiting: Waiting[] = [];
  /** One statement for `batch` (at most `MOST_IN_ONE` readers), each reader resolved from its row. */
  const readTogether = async (batch: Waiting[]) => {
    try {
      const slugs = batch.map((w) => w.slug);
      const times = batch.map((w) => w.now.toISOString());
      const values = batch.length === 1 ? [slugs[0]!, times[0]!] : [slugs, times];
      const rows = (await sql.unsafe(gatheredText(batch.length), values, PREPARED)) as unknown as JsonRow[];
      batch.forEach((w, i) => {
        w.resolve(articleJsonRead(rows[i]));
      });
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  };
  const flush = async () => {
    const batch = waiting;
    waiting = [];
    // One statement text per batch length, each planned once per connection: at most MOST_IN_ONE.
    const sent: Promise<void>[] = [];
    for (let i = 0; i < batch.length; i += MOST_IN_ONE) sent.push(readTogether(batch.slice(i, i + MOST_IN_ONE)));
    await Promise.all(sent);
  };
  return (slug, options) => {
    if (options.includeHidden) return readArticleJsonAtRevision(sql, slug, options);
    return new Promise<Read>((resolve, reject) => {
      // Check callbacks run after the poll phase has handled every request that arrived with this one.
      if (waiting.length === 0) setImmediate(() => void flush());
      waiting.push({ slug, now: options.now, resolve, reject });
    });
  };
}

// Prepared as a tagged template is (see db.ts for `simple: false`).
const PREPARED = { prepare: true, simple: false } as UnsafeQueryOptions;

const texts: string[] = [];

/**
 * The statement for `n` readers, written whole: composing it from fragments on every call cost
 * the API about a tenth of its CPU time a read. A reader alone reads by slug; the `unnest` form
 * costs the server about a seventh more a statement. For more, LIMIT 1 keeps each lookup a
 * subquery of its own, an index probe per slug. The outer LIMIT, `n` written into the text, is
 * for the plan cache: without it the planner prices a plan for any array at ten probes, dearer
 * than one for the array at hand, and so plans the statement anew on every call (about two thirds
 * of the server's time a read); with it the reusable plan costs what a fresh one would, and is kept.
 */
function gatheredText(n: number): string {
  const columns = 'SELECT (SELECT revision FROM article_revision WHERE id = 1) AS revision, a.document::text AS document, a.updated_at';
  texts[n] ??=
    n === 1
      ? `${columns} FROM (SELECT 1) AS one LEFT JOIN articles a ON a.slug = $1 AND ${visibleAtText('$2')}`
      : `${columns}
    FROM unnest($1::text[], $2::timestamptz[]) WITH ORDINALITY AS q(slug, now, n)
    LEFT JOIN LATERAL (SELECT a.document, a.updated_at FROM articles a WHERE a.slug = q.slug AND ${visibleAtText('q.now')} LIMIT 1) a ON TRUE
    ORDER BY q.n LIMIT ${n}`;
  return texts[n];
}
