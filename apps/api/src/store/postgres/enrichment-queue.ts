/**
 * @module
 * The enrichment queue on PostgreSQL, as SQLite's (see sqlite/enrichment-queue.ts).
 */
import type { Article } from '@dateline/model';
import type { EntityStore } from '../entity-store.ts';
import { articleConditions } from './article-read.ts';
import { and, type Sql } from './connection.ts';

type Queue = Pick<
  EntityStore,
  'claimForEnrichment' | 'markEnrichmentFailed' | 'queueAllForEnrichment' | 'enrichmentState' | 'enrichmentStatus'
>;

/**
 * The queue methods of the PostgreSQL store, over `sql`.
 *
 * @example
 * const queued = await postgresEnrichmentQueue(sql).claimForEnrichment({ limit: 20, now: new Date(), leaseMs: 60_000 });
 */
export function postgresEnrichmentQueue(sql: Sql): Queue {
  return {
    claimForEnrichment: async ({ limit, after = '', maxAttempts, now, leaseMs }) => {
      // SKIP LOCKED: a worker claiming at the same moment passes over the rows this statement
      // holds instead of waiting for them; `claimed_until` keeps them taken after it commits.
      const rows = await sql<{ document: Article; content_hash: string; attempts: number }[]>`
        WITH free AS (
          SELECT article_id FROM enrichment_queue
          WHERE article_id > ${after} AND attempts < ${maxAttempts ?? 2 ** 31 - 1} AND (claimed_until IS NULL OR claimed_until <= ${now})
          ORDER BY article_id LIMIT ${limit} FOR UPDATE SKIP LOCKED
        ), claimed AS (
          UPDATE enrichment_queue q SET claimed_until = ${new Date(now.getTime() + leaseMs)}
          FROM free WHERE q.article_id = free.article_id RETURNING q.article_id, q.attempts
        )
        SELECT a.document, a.content_hash, c.attempts FROM claimed c JOIN articles a ON a.id = c.article_id ORDER BY a.id`;
      return rows.map((r) => ({ article: r.document, contentHash: r.content_hash, attempts: r.attempts }));
    },
    markEnrichmentFailed: async (articleId, error) => {
      await sql`UPDATE enrichment_queue SET attempts = attempts + 1, last_error = ${error}, claimed_until = NULL WHERE article_id = ${articleId}`;
    },
    queueAllForEnrichment: async (now) => {
      const result = await sql`
        INSERT INTO enrichment_queue (article_id, queued_at) SELECT id, ${now} FROM articles
        ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = 0, last_error = NULL, claimed_until = NULL`;
      return result.count;
    },
    enrichmentState: async (slug, options) => {
      const [row] = await sql<{ queued_at: Date | null; attempts: number | null; last_error: string | null }[]>`
        SELECT q.queued_at, q.attempts, q.last_error FROM articles a LEFT JOIN enrichment_queue q ON q.article_id = a.id
        WHERE a.slug = ${slug} AND ${and(sql, articleConditions(sql, options))}`;
      if (!row) return null;
      return { queuedAt: row.queued_at?.toISOString() ?? null, attempts: row.attempts ?? 0, error: row.last_error };
    },
    enrichmentStatus: async () => {
      const [counts] = await sql<{ articles: number; queued: number }[]>`
        SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM enrichment_queue)::int AS queued`;
      const failing = await sql<{ slug: string; attempts: number; error: string | null }[]>`
        SELECT a.slug, q.attempts, q.last_error AS error FROM enrichment_queue q JOIN articles a ON a.id = q.article_id
        WHERE q.attempts > 0 ORDER BY q.attempts DESC, a.slug LIMIT 20`;
      return {
        enriched: (counts?.articles ?? 0) - (counts?.queued ?? 0),
        queued: counts?.queued ?? 0,
        failing: failing.map((f) => ({ slug: f.slug, attempts: f.attempts, error: f.error ?? '' })),
      };
    },
  };
}
