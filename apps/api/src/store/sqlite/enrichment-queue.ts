/**
 * @module
 * The enrichment queue on SQLite: which articles wait for their people, places and quotations to
 * be found, and how attempts at them went.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article } from '@dateline/model';
import { utc } from '../article-rows.ts';
import type { EntityStore } from '../entity-store.ts';
import { articleConditions, whereClause } from './article-read.ts';

type Queue = Pick<
  EntityStore,
  'claimForEnrichment' | 'markEnrichmentFailed' | 'queueAllForEnrichment' | 'enrichmentState' | 'enrichmentStatus'
>;

/**
 * The queue methods of the SQLite store, over `db`.
 *
 * @example
 * const queued = await sqliteEnrichmentQueue(db).claimForEnrichment({ limit: 20, now: new Date(), leaseMs: 60_000 });
 */
export function sqliteEnrichmentQueue(db: DatabaseSync): Queue {
  return {
    claimForEnrichment: async ({ limit, after = '', maxAttempts, now, leaseMs }) => {
      // One statement: SQLite's write lock makes the pick and the claim one step, so another
      // process claiming at the same moment waits for it and then sees the rows taken.
      const claimed = db
        .prepare(
          `UPDATE enrichment_queue SET claimed_until = ? WHERE article_id IN (
             SELECT article_id FROM enrichment_queue
             WHERE article_id > ? AND attempts < ? AND (claimed_until IS NULL OR claimed_until <= ?)
             ORDER BY article_id LIMIT ?)
           RETURNING article_id`,
        )
        .all(utc(new Date(now.getTime() + leaseMs)), after, maxAttempts ?? Number.MAX_SAFE_INTEGER, utc(now), limit) as {
        article_id: string;
      }[];
      if (claimed.length === 0) return [];
      const rows = db
        .prepare(
          `SELECT a.document, a.content_hash, q.attempts FROM enrichment_queue q JOIN articles a ON a.id = q.article_id
           WHERE q.article_id IN (SELECT value FROM json_each(?)) ORDER BY q.article_id`,
        )
        .all(JSON.stringify(claimed.map((c) => c.article_id))) as { document: string; content_hash: string; attempts: number }[];
      return rows.map((r) => ({ article: JSON.parse(r.document) as Article, contentHash: r.content_hash, attempts: Number(r.attempts) }));
    },
    markEnrichmentFailed: async (articleId, error) => {
      db.prepare('UPDATE enrichment_queue SET attempts = attempts + 1, last_error = ?, claimed_until = NULL WHERE article_id = ?').run(
        error,
        articleId,
      );
    },
    queueAllForEnrichment: async (now) => {
      const result = db
        .prepare(
          `INSERT INTO enrichment_queue (article_id, queued_at) SELECT id, ? FROM articles WHERE true
           ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = 0, last_error = NULL, claimed_until = NULL`,
        )
        .run(utc(now));
      return Number(result.changes);
    },
    enrichmentState: async (slug, options) => {
      const { where, params } = articleConditions(options);
      const row = db
        .prepare(
          `SELECT q.queued_at, q.attempts, q.last_error FROM articles a LEFT JOIN enrichment_queue q ON q.article_id = a.id ${whereClause(['a.slug = ?', ...where])}`,
        )
        .get(slug, ...params) as { queued_at: string | null; attempts: number | null; last_error: string | null } | undefined;
      if (!row) return null;
      return { queuedAt: row.queued_at, attempts: Number(row.attempts ?? 0), error: row.last_error };
    },
    enrichmentStatus: async () => {
      const counts = db
        .prepare('SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM enrichment_queue) AS queued')
        .get() as { articles: number; queued: number };
      const failing = db
        .prepare(
          `SELECT a.slug, q.attempts, q.last_error AS error FROM enrichment_queue q JOIN articles a ON a.id = q.article_id
           WHERE q.attempts > 0 ORDER BY q.attempts DESC, a.slug LIMIT 20`,
        )
        .all() as { slug: string; attempts: number; error: string | null }[];
      return {
        enriched: Number(counts.articles) - Number(counts.queued),
        queued: Number(counts.queued),
        failing: failing.map((f) => ({ slug: f.slug, attempts: Number(f.attempts), error: f.error ?? '' })),
      };
    },
  };
}
