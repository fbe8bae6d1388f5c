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
  const flush = async () => {
    const batch = waiting;
    waiting = [];
    try {
      if (batch.length === 1) {
        const [only] = batch as [Waiting];
        only.resolve(await readArticleJsonAtRevision(sql, only.slug, { now: only.now, includeHidden: false }));
        return;
      }
      // LIMIT 1 keeps each lookup a subquery of its own, an index probe per slug, whatever the
      // planner guesses of the array's length.
      const rows = await sql<JsonRow[]>`
        SELECT (SELECT revision FROM article_revision WHERE id = 1) AS revision, a.document::text AS document, a.updated_at
        FROM unnest(${batch.map((w) => w.slug)}::text[], ${batch.map((w) => w.now.toISOString())}::timestamptz[]) WITH ORDINALITY AS q(slug, now, n)
        LEFT JOIN LATERAL (SELECT a.document, a.updated_at FROM articles a WHERE a.slug = q.slug AND ${visibleAt(sql, sql`q.now`)} LIMIT 1) a ON TRUE
        ORDER BY q.n`;
      batch.forEach((w, i) => w.resolve(articleJsonRead(rows[i])));
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
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
