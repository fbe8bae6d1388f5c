/**
 * @module
 * Stored summaries follow the summary schema. Listings send the summary stored beside each
 * article (decision 026), so when `ArticleSummary` changes (a field added, dropped or retyped)
 * the rows written before would keep their old form until each article is saved again. The shape
 * the summaries were written in is kept as a fingerprint of the schema (`summary_shape`,
 * migration 031); `migrate` compares it with the program's and, when they differ, writes every
 * stored summary again from its stored article. Written once for both databases on the shared
 * query layer.
 */
import { createHash } from 'node:crypto';
import { ArticleSummary } from '@dateline/model';
import { z } from 'zod';
import { toSummary } from './article-rows.ts';
import type { Db } from './sql/db.ts';

/** The fingerprint of the summary schema this program writes: its JSON Schema, hashed. */
const SUMMARY_SHAPE = createHash('sha256')
  .update(JSON.stringify(z.toJSONSchema(ArticleSummary, { unrepresentable: 'any' })))
  .digest('hex')
  .slice(0, 16);

/** Articles read and written per round trip. */
const BATCH = 500;

interface StoredRow {
  id: string;
  document: string;
  summary: string;
  revision_hash: string;
}

/**
 * Writes again every stored summary whose form differs from what `shape` (the program's schema)
 * gives, unless the database says its summaries already have that shape; returns how many were
 * rewritten. A summary is replaced only while its article is the revision that was read, so a
 * save meanwhile (which writes its own summary) is never overwritten with an older one. Running
 * it twice, or in two processes at once, writes the same values.
 *
 * @example
 * await refreshSummaries(db); // 0 when the summaries are current
 */
export async function refreshSummaries(db: Db, shape: string = SUMMARY_SHAPE): Promise<number> {
  const stored = await db.get<{ shape: string }>('SELECT shape FROM summary_shape WHERE id = 1');
  if (stored?.shape === shape) return 0;
  let rewritten = 0;
  let after = '';
  for (;;) {
    // As text on both databases: PostgreSQL would otherwise hand its json columns back parsed.
    const rows = await db.all<StoredRow>(
      `SELECT id, CAST(document AS TEXT) AS document, CAST(summary AS TEXT) AS summary, COALESCE(revision_hash, '') AS revision_hash
         FROM articles WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    for (const row of rows) {
      const summary = db.jsonText(toSummary(JSON.parse(row.document)));
      if (summary === row.summary) continue;
      rewritten += await db.run(`UPDATE articles SET summary = ${db.json} WHERE id = ? AND COALESCE(revision_hash, '') = ?`, [
        summary,
        row.id,
        row.revision_hash,
      ]);
    }
    if (rows.length < BATCH) break;
    after = rows.at(-1)!.id;
  }
  await db.run('INSERT INTO summary_shape (id, shape) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET shape = excluded.shape', [shape]);
  return rewritten;
}
