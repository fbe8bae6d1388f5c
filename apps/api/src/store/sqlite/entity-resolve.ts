/**
 * @module
 * Short names joined to full names across stories, in SQLite (see entity-resolution.ts for what
 * joins what): the full names looked up, and the articles queued again when a new full name
 * changes what a short name can stand for.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { EntityType } from '@dateline/model';
import type { EntityCorrection, EntityLists } from '../entity-corrections.ts';
import type { KnownName, NewFullName } from '../entity-resolution.ts';
import { fullNameLookup, resolutionRenames, shortForms, shortNamesToCheck } from '../entity-resolution.ts';
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
  // One statement for every short name of the article: the full names filed under its key (named
  // in another story), those an editor made it an alias of, and the splits that keep it apart.
  const json = JSON.stringify(forms.map((f) => [f.type, f.key, f.name, f.slug]));
  const rows = statement(
    db,
    `SELECT f.key AS form, 'key' AS found, e.slug, e.name FROM json_each(?) f
       JOIN entities e ON e.type = f.value ->> 0 AND e.short_key = f.value ->> 1
       WHERE ${NOT_MERGED} AND EXISTS (SELECT 1 FROM article_mentions am WHERE am.entity_id = e.id AND am.article_id <> ?)
     UNION ALL
     SELECT f.key, 'alias', e.slug, e.name FROM json_each(?) f JOIN entities e ON e.type = f.value ->> 0 AND e.aliases <> '[]'
       WHERE ${NOT_MERGED} AND EXISTS (SELECT 1 FROM json_each(e.aliases) a WHERE a.value = f.value ->> 2)
     UNION ALL
     SELECT f.key, 'split', s.into_slug, NULL FROM json_each(?) f
       JOIN entity_separations s ON s.type = f.value ->> 0 AND s.from_slug = f.value ->> 3`,
  ).all(json, articleId, json, json) as { form: number; found: 'key' | 'alias' | 'split'; slug: string; name: string }[];
  const known = new Map<string, KnownName[]>();
  const separated = new Set<string>();
  for (const { form, found, slug, name } of rows) {
    const f = forms[form]!;
    if (found === 'split') separated.add(`${f.type} ${f.slug} ${slug}`);
    else
      known.set(`${f.type} ${f.key}`, [
        ...(known.get(`${f.type} ${f.key}`) ?? []),
        found === 'alias' ? { slug, name, byAlias: true } : { slug, name },
      ]);
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
 * After the full names `names` were first written (those of one article), for each short name
 * one may stand for ("Kilroy-Silk", "Silk"): when it is now the only full name that short name
 * fits, the articles naming the short name are queued to join it; when it is the second, those
 * whose short name joined the first are queued, as it no longer fits one name. One statement
 * finds the short names that may queue anything (see `shortNamesToCheck`) and the full names each
 * fits; only the queueing is done one short name at a time.
 *
 * @example
 * newFullNames(db, [{ type: 'person', slug: 'vladimir-putin', key: 'putin' }]);
 */
export function newFullNames(db: DatabaseSync, names: readonly NewFullName[]): void {
  const lookup = fullNameLookup(names);
  if (lookup === null) return;
  // The people filed under the keys, with what `fittingNames` asks of them, and the short names stored.
  const found = statement(
    db,
    `SELECT e.short_key AS key, e.slug, ${NOT_MERGED} AS kept, EXISTS (SELECT 1 FROM article_mentions am WHERE am.entity_id = e.id) AS named
       FROM entities e WHERE e.type = 'person' AND e.short_key IS NOT NULL AND e.short_key IN (SELECT value FROM json_each(?))
     UNION ALL
     SELECT NULL, e.slug, 1, 1 FROM entities e WHERE e.type = 'person' AND e.slug IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(lookup.keys), JSON.stringify(lookup.shorts)) as { key: string | null; slug: string; kept: number; named: number }[];
  for (const { type, slug, key, short } of shortNamesToCheck(lookup.people, found)) {
    // The other full names named in a story, not merged away, that end with the short name.
    const others = /[%_]/u.test(short)
      ? (fittingNames(db).all(type, key, slug, short) as { slug: string }[])
      : found.filter((f) => f.key === key && f.slug !== slug && f.kept && f.named && likeSuffix(f.slug, short)).slice(0, 2);
    if (others.length === 0) queueNaming(db, type, short);
    else if (others.length === 1) queueJoined(db, type, others[0]!.slug, short);
  }
}

/** The full names filed under a key that a short name fits, as `newFullNames` picks them from what it found. */
function fittingNames(db: DatabaseSync) {
  return statement(
    db,
    `SELECT e.slug FROM entities e WHERE e.type = ? AND e.short_key = ? AND e.slug <> ? AND (e.type <> 'person' OR e.slug LIKE '%-' || ?)
       AND ${NOT_MERGED} AND EXISTS (SELECT 1 FROM article_mentions am WHERE am.entity_id = e.id) LIMIT 2`,
  );
}

/** `slug LIKE '%-' || short` as SQLite reads it for a `short` without wildcards: ASCII letters in either case. */
function likeSuffix(slug: string, short: string): boolean {
  const fold = (text: string) => text.replace(/[A-Z]/gu, (c) => c.toLowerCase());
  return fold(slug).endsWith(`-${fold(short)}`);
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
