/**
 * @module
 * Writing an article's people, places, organisations and quotations to SQLite, inside the
 * transaction that writes the article: its kept corrections applied to its document first, then
 * the rows that index the document.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Article } from '@dateline/model';
import { applyCorrections, type EntityCorrection } from '../entity-corrections.ts';
import { mergeCorrection, type MergeRow } from '../entity-merge-store.ts';
import { joinsOf, rememberJoins, shortKey } from '../entity-resolution.ts';
import { speakerEntity } from '../entity-rows.ts';
import { newFullNames, resolutionFor } from './entity-resolve.ts';
import { statement } from './statements.ts';

function ownCorrections(db: DatabaseSync, articleId: string): EntityCorrection[] {
  const rows = statement(db, 'SELECT correction FROM entity_corrections WHERE article_id = ? ORDER BY seq').all(articleId) as {
    correction: string;
  }[];
  return rows.map((row) => JSON.parse(row.correction) as EntityCorrection);
}

function mergeCorrections(db: DatabaseSync): EntityCorrection[] {
  const merges = statement(
    db,
    'SELECT type, from_slug, from_name, to_name FROM entity_merges ORDER BY created_at, rowid',
  ).all() as unknown as MergeRow[];
  return merges.map(mergeCorrection);
}

/**
 * `article` with the corrections kept for its id applied to its mentions and quotations (one
 * mention per entity, most named first), then the merges, then its short names joined to the
 * full names they stand for across stories; as it is when it has no mentions (not enriched).
 *
 * @example
 * const stored = withCorrections(db, { ...article, id: existing.id });
 */
export function withCorrections(db: DatabaseSync, article: Article): Article {
  if (article.mentions === undefined) return article;
  const own = ownCorrections(db, article.id);
  const corrected = applyCorrections(
    { mentions: article.mentions, quotes: article.quotes ?? [] },
    [...own, ...mergeCorrections(db)],
    article,
  );
  const renames = resolutionFor(db, article.id, corrected, own);
  const resolved = { ...article, ...(renames.length > 0 ? applyCorrections(corrected, renames, article) : corrected) };
  rememberJoins(resolved, renames);
  return resolved;
}

/**
 * Replaces the mention and quotation rows of `article` with what its document says, creating
 * entities not seen before (and queueing the stories a new full name may resolve). An article without mentions (not enriched) keeps no rows. A
 * `created` article has none to replace.
 *
 * @example
 * writeEntityRows(db, stored);
 */
export function writeEntityRows(db: DatabaseSync, article: Article, created = false): void {
  // Rows rewritten without a fresh resolution (a merge) keep which short names they joined.
  const joined = joinsOf(article) ?? (created ? undefined : keptJoins(db, article.id));
  if (!created) {
    statement(db, 'DELETE FROM article_mentions WHERE article_id = ?').run(article.id);
    statement(db, 'DELETE FROM quotes WHERE article_id = ?').run(article.id);
  }
  const mentions = article.mentions ?? [];
  const find = statement(db, 'SELECT id FROM entities WHERE type = ? AND slug = ?');
  const create = statement(db, 'INSERT INTO entities (type, slug, name, short_key) VALUES (?, ?, ?, ?) RETURNING id');
  const fullNames: { type: string; slug: string; key: string }[] = [];
  const mention = statement(
    db,
    'INSERT INTO article_mentions (article_id, entity_id, position, count, first_block, first_offset, joined_from) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const ids = new Map<string, number>();
  mentions.forEach((m, position) => {
    const { type, slug, name } = m.entity;
    let row = find.get(type, slug) as { id: number } | undefined;
    if (!row) {
      const key = shortKey(type, name, slug);
      row = create.get(type, slug, name, key) as { id: number };
      if (key !== null) fullNames.push({ type, slug, key });
    }
    ids.set(`${type} ${slug}`, Number(row.id));
    mention.run(
      article.id,
      row.id,
      position,
      m.count,
      m.firstPosition.block,
      m.firstPosition.offset,
      joined?.get(`${type} ${slug}`) ?? null,
    );
  });
  const quote = statement(
    db,
    `INSERT INTO quotes (article_id, position, speaker_entity_id, speaker_name, speaker_slug, role, block, kind, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  (article.quotes ?? []).forEach((q, position) => {
    const speaker = speakerEntity(mentions, q);
    const entityId = speaker ? ids.get(`${speaker.type} ${speaker.slug}`) : undefined;
    quote.run(
      article.id,
      position,
      entityId ?? null,
      q.speaker?.name ?? null,
      q.speaker?.slug ?? null,
      q.role ?? null,
      q.block,
      q.kind,
      q.text,
    );
  });
  // After the rows: a new full name may change what short names in other stories stand for.
  newFullNames(db, fullNames);
}

function keptJoins(db: DatabaseSync, articleId: string): Map<string, string> {
  const rows = statement(
    db,
    'SELECT e.type, e.slug, m.joined_from FROM article_mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? AND m.joined_from IS NOT NULL',
  ).all(articleId) as { type: string; slug: string; joined_from: string }[];
  return new Map(rows.map((r) => [`${r.type} ${r.slug}`, r.joined_from]));
}

/**
 * Puts the article on the enrichment queue (afresh: no failed attempts), or takes it off.
 *
 * @example
 * setQueued(db, article.id, article.mentions === undefined);
 */
export function setQueued(db: DatabaseSync, articleId: string, queued: boolean): void {
  if (!queued) {
    statement(db, 'DELETE FROM enrichment_queue WHERE article_id = ?').run(articleId);
    return;
  }
  statement(
    db,
    `INSERT INTO enrichment_queue (article_id, queued_at) VALUES (?, ?)
     ON CONFLICT (article_id) DO UPDATE SET queued_at = excluded.queued_at, attempts = 0, last_error = NULL, claimed_until = NULL`,
  ).run(articleId, new Date().toISOString());
}

/**
 * Everything the entity tables need after `article` was written (`created`: as a new article):
 * its rows, and the queue when it comes without mentions. The one call the article writes make.
 *
 * @example
 * storeEntities(db, stored, true);
 */
export function storeEntities(db: DatabaseSync, article: Article, created = false): void {
  writeEntityRows(db, article, created);
  const queued = article.mentions === undefined;
  if (queued || !created) setQueued(db, article.id, queued);
}
