/**
 * @module
 * `EntityMergeStore` on both databases. A merge rewrites every article that names the merged
 * entity, with each engine's own code for corrections and mention rows (`entity-merge-writes.ts`
 * on each side, handed the transaction's native handle); the checks, the merge record and the
 * aliases are written here once.
 */
import { type Article, type EntityType, slugify } from '@dateline/model';
import { utc } from '../article-rows.ts';
import { type EntityMerge, EntityMergeError, type EntityMergeStore } from '../entity-merge-store.ts';
import { type Db, fromJson, isoTime } from './db.ts';

/** What a merge does with each engine's own code, on the native handle of `Db<Native>`. */
export interface EntityMergeWrites<Native> {
  /** A statement that lets one merge run at a time (two at once could chain into a cycle), where the transaction is not already that. */
  lock?: string;
  /** The order of merges listed oldest first, ties broken as the engine always has. */
  order: string;
  /** Writes the article with this id again with every correction and merge applied: its document and mention rows. */
  rewrite(native: Native, articleId: string, article: Article): Promise<void>;
  /** Queues the article with this id for enrichment. */
  queue(native: Native, articleId: string): Promise<void>;
  /** Queues the stories that name `slug` on its own, to be enriched again. */
  queueNaming(native: Native, type: string, slug: string): Promise<void>;
}

interface Row {
  type: string;
  from_slug: string;
  from_name: string;
  to_slug: string;
  to_name: string;
  created_by: string | null;
  created_at: string | Date;
}

const COLUMNS = 'type, from_slug, from_name, to_slug, to_name, created_by, created_at';

const toMerge = (r: Row): EntityMerge => ({
  type: r.type as EntityType,
  from: { slug: r.from_slug, name: r.from_name },
  into: { slug: r.to_slug, name: r.to_name },
  createdBy: r.created_by,
  createdAt: isoTime(r.created_at),
});

async function addAlias<N>(db: Db<N>, writes: EntityMergeWrites<N>, type: string, slug: string, alias: string): Promise<string[] | null> {
  const row = await db.get<{ id: number; name: string; aliases: string | string[] }>(
    'SELECT id, name, aliases FROM entities WHERE type = ? AND slug = ?',
    [type, slug],
  );
  if (!row) return null;
  const aliases = fromJson(row.aliases);
  if (alias === row.name || aliases.includes(alias)) return aliases;
  const next = [...aliases, alias];
  await db.run(`UPDATE entities SET aliases = ${db.json} WHERE id = ?`, [db.jsonText(next), row.id]);
  // Stories naming the alias on its own are enriched again, to join the entity.
  await writes.queueNaming(db.native, type, slugify(alias));
  return next;
}

/**
 * The merge methods of a store over `db` (migrated to version 18 or later).
 *
 * @example
 * const merges = entityMergeStore(sqliteDb(db), sqliteMergeWrites);
 * await merges.listEntityMerges();
 */
export function entityMergeStore<N>(db: Db<N>, writes: EntityMergeWrites<N>): EntityMergeStore {
  return {
    mergeEntities: ({ type, from, into, createdBy, now }) =>
      db.transaction(async (tx) => {
        if (writes.lock !== undefined) await tx.run(writes.lock);
        const entity = (slug: string) =>
          tx.get<{ id: number; name: string }>('SELECT id, name FROM entities WHERE type = ? AND slug = ?', [type, slug]);
        const merged = async (slug: string) =>
          (await tx.get('SELECT 1 FROM entity_merges WHERE type = ? AND from_slug = ?', [type, slug])) !== undefined;
        const source = await entity(from);
        const target = await entity(into);
        if (!source) throw new EntityMergeError('from', `No ${type} has the slug "${from}".`);
        if (!target) throw new EntityMergeError('into', `No ${type} has the slug "${into}".`);
        if (from === into) throw new EntityMergeError('into', 'An entity cannot be merged into itself.');
        if (await merged(into))
          throw new EntityMergeError('into', `"${into}" was itself merged into another ${type}; merge into that one.`);
        if (await merged(from)) throw new EntityMergeError('from', `"${from}" is already merged; split it first.`);
        // Merging again what an editor once split takes the split back.
        await tx.run('DELETE FROM entity_separations WHERE type = ? AND from_slug = ? AND into_slug = ?', [type, from, into]);
        const row: Row = {
          type,
          from_slug: from,
          from_name: source.name,
          to_slug: into,
          to_name: target.name,
          created_by: createdBy,
          created_at: utc(now),
        };
        await tx.run(`INSERT INTO entity_merges (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
          row.type,
          row.from_slug,
          row.from_name,
          row.to_slug,
          row.to_name,
          row.created_by,
          utc(now),
        ]);
        const articles = await tx.all<{ id: string; document: string | Article }>(
          'SELECT id, document FROM articles WHERE id IN (SELECT article_id FROM article_mentions WHERE entity_id = ?)',
          [source.id],
        );
        for (const a of articles) await writes.rewrite(tx.native, a.id, fromJson(a.document));
        await addAlias(tx, writes, type, into, source.name);
        return { merge: toMerge(row), articles: articles.length };
      }),
    listEntityMerges: async () => (await db.all<Row>(`SELECT ${COLUMNS} FROM entity_merges ORDER BY ${writes.order}`)).map(toMerge),
    splitEntity: (type, from) =>
      db.transaction(async (tx) => {
        const row = await tx.get<Row>(`DELETE FROM entity_merges WHERE type = ? AND from_slug = ? RETURNING ${COLUMNS}`, [type, from]);
        if (!row) return null;
        // Resolution across stories must not join the two again.
        await tx.run('INSERT INTO entity_separations (type, from_slug, into_slug, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [
          type,
          from,
          row.to_slug,
          new Date().toISOString(),
        ]);
        const articles = await tx.all<{ id: string }>(
          'SELECT DISTINCT m.article_id AS id FROM article_mentions m JOIN entities e ON e.id = m.entity_id WHERE e.type = ? AND e.slug = ?',
          [type, row.to_slug],
        );
        for (const a of articles) await writes.queue(tx.native, a.id);
        return { merge: toMerge(row), queued: articles.length };
      }),
    addEntityAlias: (type, slug, alias) => addAlias(db, writes, type, slug, alias),
  };
}
