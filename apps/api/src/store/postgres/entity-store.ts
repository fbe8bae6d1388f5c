/**
 * @module
 * The PostgreSQL implementation of `EntityStore`, with the same queries and order as SQLite's
 * (see sqlite/entity-store.ts).
 */
import type { Article, ArticleSummary } from '@dateline/model/core';
import { utc } from '../article-rows.ts';
import { decodeEntityCursor, decodeQuoteCursor, encodeEntityCursor, encodeQuoteCursor } from '../entity-cursor.ts';
import { pageOf } from '../paging.ts';
import { entityCount, type EntityRow, namePatterns, quoteInArticle, type QuoteRow } from '../entity-rows.ts';
import type { EntityQuery, EntityStore, EntityUpdate, QuoteQuery } from '../entity-store.ts';
import { articleConditions } from './article-read.ts';
import { lockArticleWrites } from './article-write.ts';
import { and, type Fragment, type JsonValue, type Queryable, type Sql } from './connection.ts';
import { postgresEnrichmentQueue } from './enrichment-queue.ts';
import { setQueued, withCorrections, writeEntityRows } from './entity-write.ts';
import { aliasRenames, keepCorrections } from '../sql/correction-writes.ts';
import { awaitSteps } from '../sql/steps.ts';
import { postgresDb } from './db.ts';

function entityConditions(sql: Queryable, query: Omit<EntityQuery, 'limit'>): Fragment[] {
  const where = articleConditions(sql, query);
  if (query.type !== undefined) where.push(sql`e.type = ${query.type}`);
  const patterns = query.q === undefined ? undefined : namePatterns(query.q);
  if (patterns === null) where.push(sql`FALSE`);
  else if (patterns) {
    where.push(sql`(e.slug LIKE ${patterns.slugStart} OR e.slug LIKE ${patterns.slugWord}
      OR lower(e.aliases::text) LIKE ${patterns.aliasStart} OR lower(e.aliases::text) LIKE ${patterns.aliasWord})`);
  }
  return where;
}

const mentioned = (sql: Queryable) => sql`entities e JOIN article_mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id`;

async function listEntities(sql: Queryable, query: EntityQuery) {
  const where = and(sql, entityConditions(sql, query));
  const [count] = await sql<{ n: number }[]>`SELECT count(DISTINCT e.id)::int AS n FROM ${mentioned(sql)} WHERE ${where}`;
  let having = sql``;
  if (query.cursor !== undefined) {
    const after = decodeEntityCursor(query.cursor);
    having = sql`HAVING count(*) < ${after.count} OR (count(*) = ${after.count} AND (e.slug, e.type) > (${after.slug}::text COLLATE "C", ${after.type}))`;
  }
  const rows = await sql<EntityRow[]>`
    SELECT e.type, e.slug, e.name, e.aliases, count(*)::int AS article_count FROM ${mentioned(sql)} WHERE ${where}
    GROUP BY e.id ${having} ORDER BY article_count DESC, e.slug, e.type LIMIT ${query.limit + 1}`;
  const { items, nextCursor } = pageOf(rows, query.limit, (last) =>
    encodeEntityCursor({ count: Number(last.article_count), slug: last.slug, type: last.type }),
  );
  return { items: items.map(entityCount), nextCursor, total: count?.n ?? 0 };
}

async function listQuotes(sql: Queryable, query: QuoteQuery) {
  const where = articleConditions(sql, query);
  if (query.speaker !== undefined) where.push(sql`q.speaker_slug = ${query.speaker}`);
  if (query.type !== undefined)
    where.push(sql`EXISTS (SELECT 1 FROM entities s WHERE s.id = q.speaker_entity_id AND s.type = ${query.type})`);
  const [count] = await sql<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM quotes q JOIN articles a ON a.id = q.article_id WHERE ${and(sql, where)}`;
  const page = [...where];
  if (query.cursor !== undefined) {
    const { at, id, index } = decodeQuoteCursor(query.cursor);
    page.push(
      sql`(a.sort_at < ${at}::timestamptz OR (a.sort_at = ${at}::timestamptz AND (a.id < ${id} OR (a.id = ${id} AND q.position > ${index}))))`,
    );
  }
  const rows = await sql<QuoteRow[]>`
    SELECT q.position, q.text, q.speaker_name, q.speaker_slug, q.role, q.block, q.kind, a.id AS article_id,
      a.slug AS article_slug, a.headline, a.published_at, a.sort_at
    FROM quotes q JOIN articles a ON a.id = q.article_id WHERE ${and(sql, page)}
    ORDER BY a.sort_at DESC, a.id DESC, q.position LIMIT ${query.limit + 1}`;
  const { items, nextCursor } = pageOf(rows, query.limit, (last) =>
    encodeQuoteCursor({ at: utc(last.sort_at), id: last.article_id, index: last.position }),
  );
  return {
    items: items.map(quoteInArticle),
    nextCursor,
    total: count?.n ?? 0,
  };
}

async function relatedArticles(
  sql: Queryable,
  slug: string,
  options: Parameters<EntityStore['relatedArticles']>[1],
): Promise<ArticleSummary[] | null> {
  const visible = articleConditions(sql, options);
  const [me] = await sql<{ id: string; section_slug: string | null }[]>`
    SELECT a.id, a.section_slug FROM articles a WHERE a.slug = ${slug} AND ${and(sql, visible)}`;
  if (!me) return null;
  const rows = await sql<{ summary: ArticleSummary }[]>`
    WITH shared_entities AS (
      SELECT o.article_id, count(*) AS n FROM article_mentions mine JOIN article_mentions o ON o.entity_id = mine.entity_id
      WHERE mine.article_id = ${me.id} AND o.article_id <> ${me.id} GROUP BY o.article_id),
    shared_tags AS (
      SELECT o.article_id, count(*) AS n FROM article_tags mine JOIN article_tags o ON o.tag_slug = mine.tag_slug
      WHERE mine.article_id = ${me.id} AND o.article_id <> ${me.id} GROUP BY o.article_id)
    SELECT a.summary FROM articles a
      LEFT JOIN shared_entities se ON se.article_id = a.id LEFT JOIN shared_tags st ON st.article_id = a.id
    WHERE ${and(sql, visible)} AND a.id <> ${me.id} AND (se.n IS NOT NULL OR st.n IS NOT NULL OR a.section_slug = ${me.section_slug})
    ORDER BY COALESCE(se.n, 0) DESC, COALESCE(st.n, 0) DESC, COALESCE(a.section_slug = ${me.section_slug}, FALSE) DESC,
      a.sort_at DESC, a.id DESC
    LIMIT ${options.limit}`;
  return rows.map((row) => row.summary);
}

/**
 * The entity methods of the PostgreSQL store, over `pool` (migrated to version 8 or later).
 *
 * @example
 * const store = { ...postgresEntityStore(sql), ...otherParts };
 */
export function postgresEntityStore(pool: Sql): EntityStore {
  return {
    listEntities: (query) => listEntities(pool, query),
    getEntity: async (slug, options) => {
      const [row] = await pool<EntityRow[]>`
        SELECT e.type, e.slug, e.name, e.aliases, count(*)::int AS article_count FROM ${mentioned(pool)}
        WHERE e.slug = ${slug} AND ${and(pool, entityConditions(pool, options))}
        GROUP BY e.id ORDER BY article_count DESC, e.type LIMIT 1`;
      return row ? entityCount(row) : null;
    },
    listQuotes: (query) => listQuotes(pool, query),
    relatedArticles: (slug, options) => relatedArticles(pool, slug, options),
    updateEntities: (slug, update) =>
      pool.begin(async (sql) => {
        // Article writes take turns (see lockArticleWrites): the document read here stays current.
        await lockArticleWrites(sql);
        return (await applyUpdate(sql, slug, update))?.article ?? null;
      }),
    storeEnrichments: (items, now) =>
      pool.begin(async (sql) => {
        await lockArticleWrites(sql);
        let stored = 0;
        for (const { slug, enrichment } of items) if ((await applyUpdate(sql, slug, { enrichment, now }))?.enriched) stored += 1;
        return stored;
      }),
    ...postgresEnrichmentQueue(pool),
  };
}

/**
 * Applies `update` to the article at `slug` inside the caller's transaction (which holds the
 * article write lock): the article as it now is, and whether an enrichment of its current story
 * was stored; null when there is no article.
 */
async function applyUpdate(sql: Queryable, slug: string, update: EntityUpdate): Promise<{ article: Article; enriched: boolean } | null> {
  const [row] = await sql<{ id: string; content_hash: string; document: Article }[]>`
    SELECT id, content_hash, document FROM articles WHERE slug = ${slug}`;
  if (!row) return null;
  const article = row.document;
  const corrections = update.corrections ?? [];
  const db = postgresDb(sql);
  await awaitSteps(db, keepCorrections(db, row.id, corrections, update.now));
  // An enrichment of a story the article no longer tells is dropped; the article stays queued.
  const fresh = update.enrichment?.contentHash === row.content_hash ? update.enrichment : undefined;
  if (!fresh && corrections.length === 0) return { article, enriched: false };
  const lists = fresh
    ? { mentions: fresh.mentions, quotes: fresh.quotes }
    : { mentions: article.mentions ?? [], quotes: article.quotes ?? [] };
  const next = await withCorrections(sql, { ...article, ...lists });
  await sql`UPDATE articles SET ${sql({ document: next as unknown as JsonValue })} WHERE id = ${row.id}`;
  await writeEntityRows(sql, next);
  if (fresh) await setQueued(sql, row.id, false);
  await awaitSteps(db, aliasRenames(db, corrections));
  return { article: next, enriched: fresh !== undefined };
}
