/**
 * @module
 * Short names joined to full names across stories, in SQLite (see entity-resolution.ts for what
 * joins what): the full names looked up, and the articles queued again when a new full name
 * changes what a short name can stand for.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { EntityType } from '@dateline/model';
import type { EntityCorrection, EntityLists } from '../entity-corrections.ts';
import { type KnownName, resolutionRenames, shortForms, shortSlugs } from '../entity-resolution.ts';
import { statement } from './statements.ts';

const NOT_MERGED = 'NOT EXISTS (SELECT 1 FROM entity_merges m WHERE m.type = e.type AND m.from_slug = e.slug)';

/**
 * The renames that join the short names in `lists` (the article `articleId`, its `own`
 * corrections and the merges applied) to the one full name each stands for.
 *
 * @example
 * const renames = resolutionFor(db, article.id, lists, own);
 */
export function resolutionFor(
  db: DatabaseSync,
  articleId: string,
  lists: EntityLists,
  own: readonly EntityCorrection[],
): EntityCorrection[] {
  const forms = shortForms(lists.mentions, own);
  if (forms.length === 0) return [];
  const byKey = statement(
    db,
    `SELECT e.slug, e.name FROM entities e WHERE e.type = ? AND e.short_key = ? AND ${NOT_MERGED}
       AND EXISTS (SELECT 1 FROM article_mentions am WHERE am.entity_id = e.id AND am.article_id <> ?)`,
  );
  const byAlias = statement(
    db,
    `SELECT e.slug, e.name FROM entities e WHERE e.type = ? AND e.aliases <> '[]' AND ${NOT_MERGED}
       AND EXISTS (SELECT 1 FROM json_each(e.aliases) a WHERE a.value = ?)`,
  );
  const splits = statement(db, 'SELECT into_slug FROM entity_separations WHERE type = ? AND from_slug = ?');
  const known = new Map<string, KnownName[]>();
  const separated = new Set<string>();
  for (const f of forms) {
    const aliased = (byAlias.all(f.type, f.name) as unknown as KnownName[]).map((k) => ({ ...k, byAlias: true }));
    const found = [...(byKey.all(f.type, f.key, articleId) as unknown as KnownName[]), ...aliased];
    known.set(`${f.type} ${f.key}`, [...(known.get(`${f.type} ${f.key}`) ?? []), ...found]);
    for (const row of splits.all(f.type, f.slug) as { into_slug: string }[]) separated.add(`${f.type} ${f.slug} ${row.into_slug}`);
  }
  return resolutionRenames(lists.mentions, forms, known, own, separated);
}

/**
 * Queues again every article naming the entity `type`/`slug`, to be enriched and resolved afresh.
 *
 * @example
 * queueNaming(db, 'person', 'putin');
 */
export function queueNaming(db: DatabaseSync, type: EntityType | string, slug: string): void {
  statement(
    db,
    `INSERT INTO enrichment_queue (article_id, queued_at)
     SELECT DISTINCT am.article_id, ? FROM article_mentions am JOIN entities e ON e.id = am.entity_id WHERE e.type = ? AND e.slug = ?
     ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = 0, last_error = NULL, claimed_until = NULL`,
  ).run(new Date().toISOString(), type, slug);
}

/**
 * After the full name `slug` (filed under `key`) was first written, for each short name it may
 * stand for ("Kilroy-Silk", "Silk"): when it is now the only full name that short name fits, the
 * articles naming the short name are queued to join it; when it is the second, those whose short
 * name joined the first are queued, as it no longer fits one name.
 *
 * @example
 * newFullName(db, 'person', 'vladimir-putin', 'putin');
 */
export function newFullName(db: DatabaseSync, type: string, slug: string, key: string): void {
  // Only surnames are joined across stories without an editor's alias (see entity-resolution.ts).
  if (type !== 'person') return;
  const fitting = statement(
    db,
    `SELECT e.slug FROM entities e WHERE e.type = ? AND e.short_key = ? AND e.slug <> ? AND (e.type <> 'person' OR e.slug LIKE '%-' || ?)
       AND ${NOT_MERGED} AND EXISTS (SELECT 1 FROM article_mentions am WHERE am.entity_id = e.id) LIMIT 2`,
  );
  for (const short of shortSlugs(type, slug, key)) {
    const others = fitting.all(type, key, slug, short) as { slug: string }[];
    if (others.length === 0) queueNaming(db, type, short);
    else if (others.length === 1) queueJoined(db, type, others[0]!.slug, short);
  }
}

/** Queues again the articles whose short name `short` joined the entity `type`/`slug`. */
function queueJoined(db: DatabaseSync, type: string, slug: string, short: string): void {
  statement(
    db,
    `INSERT INTO enrichment_queue (article_id, queued_at)
     SELECT DISTINCT am.article_id, ? FROM article_mentions am JOIN entities e ON e.id = am.entity_id
     WHERE e.type = ? AND e.slug = ? AND am.joined_from = ?
     ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = 0, last_error = NULL, claimed_until = NULL`,
  ).run(new Date().toISOString(), type, slug, short);
}
