/**
 * @module
 * What an entity update writes besides the article, written once for both engines as steps
 * (`steps.ts`) run inside the update's transaction: the editors' corrections kept in order, and
 * a renamed name kept as an alias of the entity it was renamed into.
 */
import { slugify } from '@dateline/model/core';
import { utc } from '../article-rows.ts';
import type { EntityCorrection } from '../entity-corrections.ts';
import { fromJson, type JsonSpelling, type Steps } from './db.ts';
import { get, run } from './steps.ts';

/**
 * Keeps `corrections` with the article `articleId`, after those it has, made at `now`.
 *
 * @example
 * runSteps(db, keepCorrections(SQLITE_JSON, articleId, update.corrections, update.now));
 */
export function* keepCorrections(json: JsonSpelling, articleId: string, corrections: readonly EntityCorrection[], now: Date): Steps<void> {
  if (corrections.length === 0) return;
  const kept = yield* get<{ n: number | string }>('SELECT COALESCE(MAX(seq), 0) AS n FROM entity_corrections WHERE article_id = ?', [
    articleId,
  ]);
  const last = Number(kept?.n ?? 0);
  yield* run(
    `INSERT INTO entity_corrections (article_id, seq, correction, created_at) VALUES ${corrections.map(() => `(?, ?, ${json.json}, ?)`).join(', ')}`,
    corrections.flatMap((c, i) => [articleId, last + i + 1, json.jsonText(c), utc(now)]),
  );
}

/**
 * A renamed name becomes an alias of the entity it was renamed into.
 *
 * @example
 * yield* aliasRenames(json, corrections);
 */
export function* aliasRenames(json: JsonSpelling, corrections: readonly EntityCorrection[]): Steps<void> {
  for (const c of corrections) {
    if (c.op !== 'rename' || c.from.name === c.to.name) continue;
    const target = yield* get<{ id: number; aliases: string | string[] }>('SELECT id, aliases FROM entities WHERE type = ? AND slug = ?', [
      c.to.type,
      slugify(c.to.name),
    ]);
    if (!target) continue;
    const aliases = fromJson(target.aliases);
    if (!aliases.includes(c.from.name)) {
      yield* run(`UPDATE entities SET aliases = ${json.json} WHERE id = ?`, [json.jsonText([...aliases, c.from.name]), target.id]);
    }
  }
}
