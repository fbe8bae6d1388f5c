/**
 * @module
 * The SQLite implementation of `EntityStore`: listings are grouped queries over the mention and
 * quotation rows joined to the articles a reader may see; an update runs in one transaction.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { Article, ArticleSummary } from '@dateline/model/core';
import { utc } from '../article-rows.ts';
import { aliasRenames, keepCorrections } from '../sql/correction-writes.ts';
import { SQLITE_JSON } from './db.ts';
import { decodeEntityCursor, decodeQuoteCursor, encodeEntityCursor, encodeQuoteCursor } from '../entity-cursor.ts';
import { pageOf } from '../paging.ts';
import { entityCount, type EntityRow, namePatterns, quoteInArticle, type QuoteRow } from '../entity-rows.ts';
import type { EntityQuery, EntityStore, EntityUpdate, QuoteQuery } from '../entity-store.ts';
import { articleConditions, whereClause } from './article-read.ts';
import { setQueued, withCorrections, writeEntityRows } from './entity-write.ts';
import { sqliteEnrichmentQueue } from './enrichment-queue.ts';
import { statement } from './statements.ts';
import { runSteps } from './steps.ts';
import { transaction } from './transaction.ts';

const MENTIONED = 'entities e JOIN article_mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id';

function entityConditions(query: EntityQuery): { where: string[]; params: SQLInputValue[] } {
  const { where, params } = articleConditions(query);
  if (query.type !== undefined) {
    where.push('e.type = ?');
    params.push(query.type);
  }
  const patterns = query.q === undefined ? undefined : namePatterns(query.q);
  if (patterns === null) where.push('FALSE');
  else if (patterns) {
    where.push("(e.slug LIKE ? OR e.slug LIKE ? OR lower(e.aliases) LIKE ? ESCAPE '\\' OR lower(e.aliases) LIKE ? ESCAPE '\\')");
    params.push(patterns.slugStart, patterns.slugWord, patterns.aliasStart, patterns.aliasWord);
  }
  return { where, params };
}

function listEntities(db: DatabaseSync, query: EntityQuery) {
  const { where, params } = entityConditions(query);
  const total = (db.prepare(`SELECT COUNT(DISTINCT e.id) AS n FROM ${MENTIONED} ${whereClause(where)}`).get(...params) as { n: number }).n;
  const having: SQLInputValue[] = [];
  let havingSql = '';
  if (query.cursor !== undefined) {
    const after = decodeEntityCursor(query.cursor);
    havingSql = 'HAVING COUNT(*) < ? OR (COUNT(*) = ? AND (e.slug, e.type) > (?, ?))';
    having.push(after.count, after.count, after.slug, after.type);
  }
  const rows = db
    .prepare(
      `SELECT e.type, e.slug, e.name, e.aliases, COUNT(*) AS article_count FROM ${MENTIONED} ${whereClause(where)}
       GROUP BY e.id ${havingSql} ORDER BY article_count DESC, e.slug, e.type LIMIT ?`,
    )
    .all(...params, ...having, query.limit + 1) as unknown as EntityRow[];
  const { items, nextCursor } = pageOf(rows, query.limit, (last) =>
    encodeEntityCursor({ count: Number(last.article_count), slug: last.slug, type: last.type }),
  );
  return { items: items.map(entityCount), nextCursor, total: Number(total) };
}

function listQuotes(db: DatabaseSync, query: QuoteQuery) {
  const { where, params } = articleConditions(query);
  if (query.speaker !== undefined) {
    where.push('q.speaker_slug = ?');
    params.push(query.speaker);
  }
  if (query.type !== undefined) {
    where.push('EXISTS (SELECT 1 FROM entities s WHERE s.id = q.speaker_entity_id AND s.type = ?)');
    params.push(query.type);
  }
  const from = 'quotes q JOIN articles a ON a.id = q.article_id';
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${from} ${whereClause(where)}`).get(...params) as { n: number }).n;
  const page = [...where];
  const pageParams = [...params];
  if (query.cursor !== undefined) {
    const after = decodeQuoteCursor(query.cursor);
    page.push('(a.sort_at < ? OR (a.sort_at = ? AND (a.id < ? OR (a.id = ? AND q.position > ?))))');
    pageParams.push(after.at, after.at, after.id, after.id, after.index);
  }
  const rows = db
    .prepare(
      `SELECT q.position, q.text, q.speaker_name, q.speaker_slug, q.role, q.block, q.kind, a.id AS article_id,
         a.slug AS article_slug, a.headline, a.published_at, a.sort_at
       FROM ${from} ${whereClause(page)} ORDER BY a.sort_at DESC, a.id DESC, q.position LIMIT ?`,
    )
    .all(...pageParams, query.limit + 1) as unknown as QuoteRow[];
  const { items, nextCursor } = pageOf(rows, query.limit, (last) =>
    encodeQuoteCursor({ at: utc(last.sort_at), id: last.article_id, index: last.position }),
  );
  return {
    items: items.map(quoteInArticle),
    nextCursor,
    total: Number(total),
  };
}

function relatedArticles(db: DatabaseSync, slug: string, options: Parameters<EntityStore['relatedArticles']>[1]): ArticleSummary[] | null {
  const { where, params } = articleConditions(options);
  const me = db.prepare(`SELECT a.id, a.section_slug FROM articles a ${whereClause(['a.slug = ?', ...where])}`).get(slug, ...params) as
    | { id: string; section_slug: string | null }
    | undefined;
  if (!me) return null;
  const rows = db
    .prepare(
      `WITH shared_entities AS (
         SELECT o.article_id, COUNT(*) AS n FROM article_mentions mine JOIN article_mentions o ON o.entity_id = mine.entity_id
         WHERE mine.article_id = ? AND o.article_id <> ? GROUP BY o.article_id),
       shared_tags AS (
         SELECT o.article_id, COUNT(*) AS n FROM article_tags mine JOIN article_tags o ON o.tag_slug = mine.tag_slug
         WHERE mine.article_id = ? AND o.article_id <> ? GROUP BY o.article_id)
       SELECT a.summary FROM articles a
         LEFT JOIN shared_entities se ON se.article_id = a.id LEFT JOIN shared_tags st ON st.article_id = a.id
       ${whereClause([...where, 'a.id <> ?', '(se.n IS NOT NULL OR st.n IS NOT NULL OR a.section_slug = ?)'])}
       ORDER BY COALESCE(se.n, 0) DESC, COALESCE(st.n, 0) DESC, COALESCE(a.section_slug = ?, 0) DESC, a.sort_at DESC, a.id DESC
       LIMIT ?`,
    )
    .all(me.id, me.id, me.id, me.id, ...params, me.id, me.section_slug, me.section_slug, options.limit) as { summary: string }[];
  return rows.map((row) => JSON.parse(row.summary) as ArticleSummary);
}

/**
 * The entity methods of the SQLite store, over `db` (migrated to version 8 or later).
 *
 * @example
 * const store = { ...sqliteEntityStore(db), ...otherParts };
 */
export function sqliteEntityStore(db: DatabaseSync): EntityStore {
  return {
    listEntities: async (query) => listEntities(db, query),
    getEntity: async (slug, options) => {
      const { where, params } = entityConditions({ ...options, limit: 1 });
      const row = db
        .prepare(
          `SELECT e.type, e.slug, e.name, e.aliases, COUNT(*) AS article_count FROM ${MENTIONED}
           ${whereClause(['e.slug = ?', ...where])} GROUP BY e.id ORDER BY article_count DESC, e.type LIMIT 1`,
        )
        .get(slug, ...params) as EntityRow | undefined;
      return row ? entityCount(row) : null;
    },
    listQuotes: async (query) => listQuotes(db, query),
    relatedArticles: async (slug, options) => relatedArticles(db, slug, options),
    updateEntities: async (slug, update) => transaction(db, () => applyUpdate(db, slug, update)?.article ?? null),
    storeEnrichments: async (items, now) =>
      transaction(db, () => items.filter(({ slug, enrichment }) => applyUpdate(db, slug, { enrichment, now })?.enriched).length),
    ...sqliteEnrichmentQueue(db),
  };
}

/**
 * Applies `update` to the article at `slug` inside the caller's transaction: the article as it now
 * is, and whether an enrichment of its current story was stored; null when there is no article.
 */
function applyUpdate(db: DatabaseSync, slug: string, update: EntityUpdate): { article: Article; enriched: boolean } | null {
  const row = db.prepare('SELECT id, content_hash, document FROM articles WHERE slug = ?').get(slug) as
    | { id: string; content_hash: string; document: string }
    | undefined;
  if (!row) return null;
  const article = JSON.parse(row.document) as Article;
  const corrections = update.corrections ?? [];
  runSteps(db, keepCorrections(SQLITE_JSON, row.id, corrections, update.now));
  // An enrichment of a story the article no longer tells is dropped; the article stays queued.
  const fresh = update.enrichment?.contentHash === row.content_hash ? update.enrichment : undefined;
  if (!fresh && corrections.length === 0) return { article, enriched: false };
  const lists = fresh
    ? { mentions: fresh.mentions, quotes: fresh.quotes }
    : { mentions: article.mentions ?? [], quotes: article.quotes ?? [] };
  const next = withCorrections(db, { ...article, ...lists });
  statement(db, 'UPDATE articles SET document = ? WHERE id = ?').run(JSON.stringify(next), row.id);
  writeEntityRows(db, next);
  if (fresh) setQueued(db, row.id, false);
  runSteps(db, aliasRenames(SQLITE_JSON, corrections));
  return { article: next, enriched: fresh !== undefined };
}
