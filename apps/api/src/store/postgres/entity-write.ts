/**
 * @module
 * Writing an article's people, places, organisations and quotations to PostgreSQL, inside the
 * transaction that writes the article, as the SQLite store does (see sqlite/entity-write.ts).
 */
import type { Article } from '@dateline/model';
import { applyCorrections, type EntityCorrection } from '../entity-corrections.ts';
import { mergeCorrection, type MergeRow } from '../entity-merge-store.ts';
import { joinsOf, rememberJoins, shortKey } from '../entity-resolution.ts';
import { speakerEntity } from '../entity-rows.ts';
import type { Queryable } from './connection.ts';
import { newFullNames, resolutionFor } from './entity-resolve.ts';

async function ownCorrections(sql: Queryable, articleId: string): Promise<EntityCorrection[]> {
  const rows = await sql<{ correction: EntityCorrection }[]>`
    SELECT correction FROM entity_corrections WHERE article_id = ${articleId} ORDER BY seq`;
  return rows.map((row) => row.correction);
}

async function mergeCorrections(sql: Queryable): Promise<EntityCorrection[]> {
  const merges = await sql<MergeRow[]>`SELECT type, from_slug, from_name, to_name FROM entity_merges ORDER BY created_at, from_slug`;
  return merges.map(mergeCorrection);
}

/**
 * `article` with the corrections kept for its id applied (one mention per entity, most named
 * first), then the merges, then its short names joined to the full names they stand for across
 * stories; as it is when it has no mentions (not enriched).
 *
 * @example
 * const stored = await withCorrections(sql, { ...article, id: existing.id });
 */
export async function withCorrections(sql: Queryable, article: Article): Promise<Article> {
  if (article.mentions === undefined) return article;
  const own = await ownCorrections(sql, article.id);
  const lists = { mentions: article.mentions, quotes: article.quotes ?? [] };
  const corrected = applyCorrections(lists, [...own, ...(await mergeCorrections(sql))], article);
  const renames = await resolutionFor(sql, article.id, corrected, own);
  const resolved = { ...article, ...(renames.length > 0 ? applyCorrections(corrected, renames, article) : corrected) };
  rememberJoins(resolved, renames);
  return resolved;
}

/**
 * Replaces the mention and quotation rows of `article` with what its document says, creating
 * entities not seen before; an article without mentions keeps no rows, a `created` one has none
 * to replace. A few statements whatever the number of mentions.
 *
 * @example
 * await writeEntityRows(sql, stored);
 */
export async function writeEntityRows(sql: Queryable, article: Article, created = false): Promise<void> {
  // Rows rewritten without a fresh resolution (a merge) keep which short names they joined.
  const joined = joinsOf(article) ?? (created ? undefined : await keptJoins(sql, article.id));
  if (!created) {
    await sql`DELETE FROM article_mentions WHERE article_id = ${article.id}`;
    await sql`DELETE FROM quotes WHERE article_id = ${article.id}`;
  }
  const mentions = article.mentions ?? [];
  const ids = new Map<string, string>();
  let fullNames: { type: string; slug: string; short_key: string | null }[] = [];
  if (mentions.length > 0) {
    const entities = mentions.map((m) => ({
      type: m.entity.type,
      slug: m.entity.slug,
      name: m.entity.name,
      short_key: shortKey(m.entity.type, m.entity.name, m.entity.slug),
    }));
    // Existing entities keep their name, and are not even touched: a read finds their ids.
    fullNames = await sql<{ type: string; slug: string; short_key: string }[]>`
      INSERT INTO entities ${sql(entities, 'type', 'slug', 'name', 'short_key')} ON CONFLICT (type, slug) DO NOTHING
      RETURNING type, slug, short_key`;
    const slugs = [...new Set(entities.map((e) => e.slug))];
    const rows = await sql<{ id: string; type: string; slug: string }[]>`SELECT id, type, slug FROM entities WHERE slug IN ${sql(slugs)}`;
    for (const row of rows) ids.set(`${row.type} ${row.slug}`, row.id);
    const mentionRows = mentions.map((m, position) => ({
      article_id: article.id,
      entity_id: ids.get(`${m.entity.type} ${m.entity.slug}`)!,
      position,
      count: m.count,
      first_block: m.firstPosition.block,
      first_offset: m.firstPosition.offset,
      joined_from: joined?.get(`${m.entity.type} ${m.entity.slug}`) ?? null,
    }));
    await sql`INSERT INTO article_mentions ${sql(mentionRows)}`;
  }
  // A new full name may change what short names in other stories stand for.
  await newFullNames(
    sql,
    fullNames.flatMap((f) => (f.short_key === null ? [] : [{ type: f.type, slug: f.slug, key: f.short_key }])),
  );
  const quotes = article.quotes ?? [];
  if (quotes.length === 0) return;
  const quoteRows = quotes.map((q, position) => {
    const speaker = speakerEntity(mentions, q);
    return {
      article_id: article.id,
      position,
      speaker_entity_id: speaker ? (ids.get(`${speaker.type} ${speaker.slug}`) ?? null) : null,
      speaker_name: q.speaker?.name ?? null,
      speaker_slug: q.speaker?.slug ?? null,
      role: q.role ?? null,
      block: q.block,
      kind: q.kind,
      text: q.text,
    };
  });
  await sql`INSERT INTO quotes ${sql(quoteRows)}`;
}

async function keptJoins(sql: Queryable, articleId: string): Promise<Map<string, string>> {
  const rows = await sql<{ type: string; slug: string; joined_from: string }[]>`
    SELECT e.type, e.slug, m.joined_from FROM article_mentions m JOIN entities e ON e.id = m.entity_id
    WHERE m.article_id = ${articleId} AND m.joined_from IS NOT NULL`;
  return new Map(rows.map((r) => [`${r.type} ${r.slug}`, r.joined_from]));
}

/**
 * Puts the article on the enrichment queue (afresh: no failed attempts), or takes it off.
 *
 * @example
 * await setQueued(sql, article.id, article.mentions === undefined);
 */
export async function setQueued(sql: Queryable, articleId: string, queued: boolean): Promise<void> {
  if (!queued) {
    await sql`DELETE FROM enrichment_queue WHERE article_id = ${articleId}`;
    return;
  }
  await sql`
    INSERT INTO enrichment_queue (article_id, queued_at) VALUES (${articleId}, now())
    ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = 0, last_error = NULL, claimed_until = NULL`;
}

/**
 * The rows of `article` after it was written (`created`: as a new article), and the queue when it
 * comes without mentions: the one call the article writes make.
 *
 * @example
 * await storeEntities(sql, stored, true);
 */
export async function storeEntities(sql: Queryable, article: Article, created = false): Promise<void> {
  await writeEntityRows(sql, article, created);
  const queued = article.mentions === undefined;
  if (queued || !created) await setQueued(sql, article.id, queued);
}
