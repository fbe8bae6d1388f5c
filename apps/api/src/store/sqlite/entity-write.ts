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
import { speakerEntity } from '../entity-rows.ts';
import { statement } from './statements.ts';

/**
 * The corrections kept for the article with this id, oldest first, then the merges of entities
 * across stories (as renames), oldest first.
 *
 * @example
 * readCorrections(db, article.id); // [{ op: 'remove', entity: { type: 'place', slug: 'kremlin' } }]
 */
export function readCorrections(db: DatabaseSync, articleId: string): EntityCorrection[] {
  const rows = statement(db, 'SELECT correction FROM entity_corrections WHERE article_id = ? ORDER BY seq').all(articleId) as { correction: string }[];
  const merges = statement(db, 'SELECT type, from_slug, from_name, to_name FROM entity_merges ORDER BY created_at, rowid').all() as unknown as MergeRow[];
  return [...rows.map((row) => JSON.parse(row.correction) as EntityCorrection), ...merges.map(mergeCorrection)];
}

/**
 * `article` with the corrections kept for its id applied to its mentions and quotations (one
 * mention per entity, most named first); as it is when it has no mentions (not enriched).
 *
 * @example
 * const stored = withCorrections(db, { ...article, id: existing.id });
 */
export function withCorrections(db: DatabaseSync, article: Article): Article {
  if (article.mentions === undefined) return article;
  const lists = { mentions: article.mentions, quotes: article.quotes ?? [] };
  return { ...article, ...applyCorrections(lists, readCorrections(db, article.id), article) };
}

/**
 * Replaces the mention and quotation rows of `article` with what its document says, creating
 * entities not seen before. An article without mentions (not enriched) keeps no rows. A
 * `created` article has none to replace.
 *
 * @example
 * writeEntityRows(db, stored);
 */
export function writeEntityRows(db: DatabaseSync, article: Article, created = false): void {
  if (!created) {
    statement(db, 'DELETE FROM article_mentions WHERE article_id = ?').run(article.id);
    statement(db, 'DELETE FROM quotes WHERE article_id = ?').run(article.id);
  }
  const mentions = article.mentions ?? [];
  const find = statement(db, 'SELECT id FROM entities WHERE type = ? AND slug = ?');
  const create = statement(db, 'INSERT INTO entities (type, slug, name) VALUES (?, ?, ?) RETURNING id');
  const mention = statement(
    db,
    'INSERT INTO article_mentions (article_id, entity_id, position, count, first_block, first_offset) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const ids = new Map<string, number>();
  mentions.forEach((m, position) => {
    const { type, slug, name } = m.entity;
    const row = (find.get(type, slug) ?? create.get(type, slug, name)) as { id: number };
    ids.set(`${type} ${slug}`, Number(row.id));
    mention.run(article.id, row.id, position, m.count, m.firstPosition.block, m.firstPosition.offset);
  });
  const quote = statement(
    db,
    `INSERT INTO quotes (article_id, position, speaker_entity_id, speaker_name, speaker_slug, role, block, kind, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  (article.quotes ?? []).forEach((q, position) => {
    const speaker = speakerEntity(mentions, q);
    const entityId = speaker ? ids.get(`${speaker.type} ${speaker.slug}`) : undefined;
    quote.run(article.id, position, entityId ?? null, q.speaker?.name ?? null, q.speaker?.slug ?? null, q.role ?? null, q.block, q.kind, q.text);
  });
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
