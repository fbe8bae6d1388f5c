/**
 * @module
 * The SQLite implementation of `EntityMergeStore`.
 */
import type { DatabaseSync } from 'node:sqlite';
import { type Article, type EntityType, slugify } from '@dateline/model';
import { utc } from '../article-rows.ts';
import { type EntityMerge, EntityMergeError, type EntityMergeStore } from '../entity-merge-store.ts';
import { queueNaming } from './entity-resolve.ts';
import { setQueued, withCorrections, writeEntityRows } from './entity-write.ts';
import { transaction } from './transaction.ts';

interface Row {
  type: string;
  from_slug: string;
  from_name: string;
  to_slug: string;
  to_name: string;
  created_by: string | null;
  created_at: string;
}

const toMerge = (r: Row): EntityMerge => ({
  type: r.type as EntityType,
  from: { slug: r.from_slug, name: r.from_name },
  into: { slug: r.to_slug, name: r.to_name },
  createdBy: r.created_by,
  createdAt: r.created_at,
});

function addAlias(db: DatabaseSync, type: string, slug: string, alias: string): string[] | null {
  const row = db.prepare('SELECT id, name, aliases FROM entities WHERE type = ? AND slug = ?').get(type, slug) as
    | { id: number; name: string; aliases: string }
    | undefined;
  if (!row) return null;
  const aliases = JSON.parse(row.aliases) as string[];
  if (alias === row.name || aliases.includes(alias)) return aliases;
  const next = [...aliases, alias];
  db.prepare('UPDATE entities SET aliases = ? WHERE id = ?').run(JSON.stringify(next), row.id);
  // Stories naming the alias on its own are enriched again, to join the entity.
  queueNaming(db, type, slugify(alias));
  return next;
}

/**
 * The merge methods of a store over `db` (migrated to version 18 or later).
 *
 * @example
 * const store = { ...sqliteEntityMergeStore(db), ...otherParts };
 */
export function sqliteEntityMergeStore(db: DatabaseSync): EntityMergeStore {
  return {
    mergeEntities: async ({ type, from, into, createdBy, now }) =>
      transaction(db, () => {
        const entity = (slug: string) =>
          db.prepare('SELECT id, name FROM entities WHERE type = ? AND slug = ?').get(type, slug) as
            | { id: number; name: string }
            | undefined;
        const source = entity(from);
        const target = entity(into);
        if (!source) throw new EntityMergeError('from', `No ${type} has the slug "${from}".`);
        if (!target) throw new EntityMergeError('into', `No ${type} has the slug "${into}".`);
        if (from === into) throw new EntityMergeError('into', 'An entity cannot be merged into itself.');
        if (db.prepare('SELECT 1 FROM entity_merges WHERE type = ? AND from_slug = ?').get(type, into)) {
          throw new EntityMergeError('into', `"${into}" was itself merged into another ${type}; merge into that one.`);
        }
        if (db.prepare('SELECT 1 FROM entity_merges WHERE type = ? AND from_slug = ?').get(type, from)) {
          throw new EntityMergeError('from', `"${from}" is already merged; split it first.`);
        }
        // Merging again what an editor once split takes the split back.
        db.prepare('DELETE FROM entity_separations WHERE type = ? AND from_slug = ? AND into_slug = ?').run(type, from, into);
        const row: Row = {
          type,
          from_slug: from,
          from_name: source.name,
          to_slug: into,
          to_name: target.name,
          created_by: createdBy,
          created_at: utc(now),
        };
        db.prepare(
          'INSERT INTO entity_merges (type, from_slug, from_name, to_slug, to_name, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(row.type, row.from_slug, row.from_name, row.to_slug, row.to_name, row.created_by, row.created_at);
        const articles = db
          .prepare('SELECT id, document FROM articles WHERE id IN (SELECT article_id FROM article_mentions WHERE entity_id = ?)')
          .all(source.id) as { id: string; document: string }[];
        for (const a of articles) {
          const next = withCorrections(db, JSON.parse(a.document) as Article);
          db.prepare('UPDATE articles SET document = ? WHERE id = ?').run(JSON.stringify(next), a.id);
          writeEntityRows(db, next);
        }
        addAlias(db, type, into, source.name);
        return { merge: toMerge(row), articles: articles.length };
      }),
    listEntityMerges: async () =>
      (db.prepare('SELECT * FROM entity_merges ORDER BY created_at, rowid').all() as unknown as Row[]).map(toMerge),
    splitEntity: async (type, from) =>
      transaction(db, () => {
        const row = db.prepare('SELECT * FROM entity_merges WHERE type = ? AND from_slug = ?').get(type, from) as Row | undefined;
        if (!row) return null;
        db.prepare('DELETE FROM entity_merges WHERE type = ? AND from_slug = ?').run(type, from);
        // Resolution across stories must not join the two again.
        db.prepare(
          'INSERT INTO entity_separations (type, from_slug, into_slug, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        ).run(type, from, row.to_slug, new Date().toISOString());
        const articles = db
          .prepare(
            'SELECT DISTINCT m.article_id AS id FROM article_mentions m JOIN entities e ON e.id = m.entity_id WHERE e.type = ? AND e.slug = ?',
          )
          .all(type, row.to_slug) as { id: string }[];
        for (const a of articles) setQueued(db, a.id, true);
        return { merge: toMerge(row), queued: articles.length };
      }),
    addEntityAlias: async (type, slug, alias) => addAlias(db, type, slug, alias),
  };
}
