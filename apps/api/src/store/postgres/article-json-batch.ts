/**
 * @module
 * Reads of one article by slug, gathered per turn of the event loop. Requests that arrive together
 * each read one article; on PostgreSQL each read is a round trip on a connection of its own: a
 * write, a wake-up of a server process, a read. Gathered, the reads of one turn go as one statement
 * on one connection, and each caller gets its own article and the revision read with it, as from a
 * read of its own. A read is sent after it was asked for, so it sees every write committed before.
 */
import type { ArticleJson, Visibility } from '../store.ts';
import { articleJsonRead, type JsonRow, readArticleJsonAtRevision, visibleAt } from './article-read.ts';
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
      // LIMIT 1 keeps each lookup a subquery of its own, an index probe per slug. The outer LIMIT,
      // the batch's length written into the text, is for the plan cache: without it the planner
      // prices a plan for any array at ten probes, dearer than one for the array at hand, and so
      // plans the statement anew on every call (about two thirds of the server's time a read);
      // with it the reusable plan costs what a fresh one would, and is kept.
      const rows = await sql<JsonRow[]>`
        SELECT (SELECT revision FROM article_revision WHERE id = 1) AS revision, a.document::text AS document, a.updated_at
        FROM unnest(${batch.map((w) => w.slug)}::text[], ${batch.map((w) => w.now.toISOString())}::timestamptz[]) WITH ORDINALITY AS q(slug, now, n)
        LEFT JOIN LATERAL (SELECT a.document, a.updated_at FROM articles a WHERE a.slug = q.slug AND ${visibleAt(sql, sql`q.now`)} LIMIT 1) a ON TRUE
        ORDER BY q.n LIMIT ${sql.unsafe(String(batch.length))}`;
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
    if (batch.length === 1) {
      const [only] = batch as [Waiting];
      await readArticleJsonAtRevision(sql, only.slug, { now: only.now, includeHidden: false }).then(only.resolve, only.reject);
      return;
    }
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
