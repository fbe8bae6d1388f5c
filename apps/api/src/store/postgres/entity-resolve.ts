/**
 * @module
 * Short names joined to full names across stories, in PostgreSQL, as sqlite/entity-resolve.ts.
 */
import type { EntityCorrection, EntityLists } from '../entity-corrections.ts';
import type { KnownName, NewFullName } from '../entity-resolution.ts';
import { fullNameLookup, resolutionRenames, shortForms, shortNamesToCheck } from '../entity-resolution.ts';
import type { JsonValue, Queryable } from './connection.ts';

/**
 * The renames that join the short names in `lists` (the article `articleId`, its `own`
 * corrections and the merges applied) to the one full name each stands for.
 *
 * @example
 * const renames = await resolutionFor(sql, article.id, lists, own);
 */
export async function resolutionFor(
  sql: Queryable,
  articleId: string,
  lists: EntityLists,
  own: readonly EntityCorrection[],
): Promise<EntityCorrection[]> {
  const forms = shortForms(lists.mentions, own);
  if (forms.length === 0) return [];
  const known = new Map<string, KnownName[]>();
  const separated = new Set<string>();
  for (const f of forms) {
    const found = await sql<(KnownName & { separated: boolean; by_alias: boolean })[]>`
      SELECT e.slug, e.name, (e.aliases @> ${sql.json([f.name] as unknown as JsonValue)}) AS by_alias, EXISTS (
        SELECT 1 FROM entity_separations s WHERE s.type = e.type AND s.from_slug = ${f.slug} AND s.into_slug = e.slug
      ) AS separated
      FROM entities e
      WHERE e.type = ${f.type}
        AND ((e.short_key = ${f.key} AND EXISTS (SELECT 1 FROM article_mentions am WHERE am.entity_id = e.id AND am.article_id <> ${articleId}))
          OR (e.aliases <> '[]'::jsonb AND e.aliases @> ${sql.json([f.name] as unknown as JsonValue)}))
        AND NOT EXISTS (SELECT 1 FROM entity_merges m WHERE m.type = e.type AND m.from_slug = e.slug)`;
    known.set(`${f.type} ${f.key}`, [
      ...(known.get(`${f.type} ${f.key}`) ?? []),
      ...found.map(({ name, slug, by_alias }) => ({ name, slug, byAlias: by_alias })),
    ]);
    for (const row of found) if (row.separated) separated.add(`${f.type} ${f.slug} ${row.slug}`);
  }
  return resolutionRenames(lists.mentions, forms, known, own, separated);
}

/**
 * Queues again every article naming the entity `type`/`slug`, to be enriched and resolved afresh.
 *
 * @example
 * await queueNaming(sql, 'person', 'putin');
 */
export async function queueNaming(sql: Queryable, type: string, slug: string): Promise<void> {
  await sql`
    INSERT INTO enrichment_queue (article_id, queued_at)
    SELECT DISTINCT am.article_id, now() FROM article_mentions am JOIN entities e ON e.id = am.entity_id WHERE e.type = ${type} AND e.slug = ${slug}
    ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = 0, last_error = NULL, claimed_until = NULL`;
}

/**
 * After the full names `names` were first written (those of one article), queues the articles
 * whose short names they change, as sqlite/entity-resolve.ts's `newFullNames`: one query finds
 * the short names that may queue anything, and only those are looked at one by one.
 *
 * @example
 * await newFullNames(sql, [{ type: 'person', slug: 'vladimir-putin', key: 'putin' }]);
 */
export async function newFullNames(sql: Queryable, names: readonly NewFullName[]): Promise<void> {
  const lookup = fullNameLookup(names);
  if (lookup === null) return;
  const found = await sql<{ key: string | null; slug: string }[]>`
    SELECT e.short_key AS key, e.slug FROM entities e WHERE e.type = 'person' AND e.short_key IN ${sql(lookup.keys)}
    UNION ALL
    SELECT NULL, e.slug FROM entities e WHERE e.type = 'person' AND e.slug IN ${sql(lookup.shorts)}`;
  for (const { type, slug, key, short } of shortNamesToCheck(lookup.people, found)) {
    const others = await sql<{ slug: string }[]>`
      SELECT e.slug FROM entities e WHERE e.type = ${type} AND e.short_key = ${key} AND e.slug <> ${slug}
        AND (e.type <> 'person' OR e.slug LIKE ${`%-${short}`})
        AND NOT EXISTS (SELECT 1 FROM entity_merges m WHERE m.type = e.type AND m.from_slug = e.slug)
        AND EXISTS (SELECT 1 FROM article_mentions am WHERE am.entity_id = e.id) LIMIT 2`;
    if (others.length === 0) await queueNaming(sql, type, short);
    else if (others.length === 1) {
      await sql`
        INSERT INTO enrichment_queue (article_id, queued_at)
        SELECT DISTINCT am.article_id, now() FROM article_mentions am JOIN entities e ON e.id = am.entity_id
        WHERE e.type = ${type} AND e.slug = ${others[0]!.slug} AND am.joined_from = ${short}
        ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = 0, last_error = NULL, claimed_until = NULL`;
    }
  }
}
