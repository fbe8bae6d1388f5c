/**
 * @module
 * The PostgreSQL implementation of `EntityMergeStore`, as the SQLite one.
 */
import { type Article, type EntityType, slugify } from '@dateline/model';
import { type EntityMerge, EntityMergeError, type EntityMergeStore } from '../entity-merge-store.ts';
import type { JsonValue, Queryable, Sql } from './connection.ts';
import { queueNaming } from './entity-resolve.ts';
import { setQueued, withCorrections, writeEntityRows } from './entity-write.ts';

interface Row {
  type: string;
  from_slug: string;
  from_name: string;
  to_slug: string;
  to_name: string;
  created_by: string | null;
  created_at: Date;
}

const toMerge = (r: Row): EntityMerge => ({
  type: r.type as EntityType,
  from: { slug: r.from_slug, name: r.from_name },
  into: { slug: r.to_slug, name: r.to_name },
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
});

async function addAlias(sql: Queryable, type: string, slug: string, alias: string): Promise<string[] | null> {
  const [row] = await sql<
    { id: number; name: string; aliases: string[] }[]
  >`SELECT id, name, aliases FROM entities WHERE type = ${type} AND slug = ${slug}`;
  if (!row) return null;
  if (alias === row.name || row.aliases.includes(alias)) return row.aliases;
  const next = [...row.aliases, alias];
  await sql`UPDATE entities SET aliases = ${sql.json(next as unknown as JsonValue)} WHERE id = ${row.id}`;
  // Stories naming the alias on its own are enriched again, to join the entity.
  await queueNaming(sql, type, slugify(alias));
  return next;
}

/**
 * The merge methods of the PostgreSQL store, over `pool`.
 *
 * @example
 * const store = { ...postgresEntityMergeStore(sql), ...otherParts };
 */
export function postgresEntityMergeStore(pool: Sql): EntityMergeStore {
  return {
    mergeEntities: ({ type, from, into, createdBy, now }) =>
      pool.begin(async (sql) => {
        // One merge at a time: two at once could chain into a cycle.
        await sql`LOCK TABLE entity_merges IN EXCLUSIVE MODE`;
        const entity = async (slug: string) =>
          (await sql<{ id: number; name: string }[]>`SELECT id, name FROM entities WHERE type = ${type} AND slug = ${slug}`)[0];
        const source = await entity(from);
        const target = await entity(into);
        if (!source) throw new EntityMergeError('from', `No ${type} has the slug "${from}".`);
        if (!target) throw new EntityMergeError('into', `No ${type} has the slug "${into}".`);
        if (from === into) throw new EntityMergeError('into', 'An entity cannot be merged into itself.');
        if ((await sql`SELECT 1 FROM entity_merges WHERE type = ${type} AND from_slug = ${into}`).length) {
          throw new EntityMergeError('into', `"${into}" was itself merged into another ${type}; merge into that one.`);
        }
        if ((await sql`SELECT 1 FROM entity_merges WHERE type = ${type} AND from_slug = ${from}`).length) {
          throw new EntityMergeError('from', `"${from}" is already merged; split it first.`);
        }
        // Merging again what an editor once split takes the split back.
        await sql`DELETE FROM entity_separations WHERE type = ${type} AND from_slug = ${from} AND into_slug = ${into}`;
        const [row] = await sql<Row[]>`
          INSERT INTO entity_merges (type, from_slug, from_name, to_slug, to_name, created_by, created_at)
          VALUES (${type}, ${from}, ${source.name}, ${into}, ${target.name}, ${createdBy}, ${now.toISOString()}) RETURNING *`;
        const articles = await sql<{ id: string; document: Article }[]>`
          SELECT id, document FROM articles WHERE id IN (SELECT article_id FROM article_mentions WHERE entity_id = ${source.id})`;
        for (const a of articles) {
          const next = await withCorrections(sql, a.document);
          await sql`UPDATE articles SET ${sql({ document: next as unknown as JsonValue })} WHERE id = ${a.id}`;
          await writeEntityRows(sql, next);
        }
        await addAlias(sql, type, into, source.name);
        return { merge: toMerge(row!), articles: articles.length };
      }),
    listEntityMerges: async () => (await pool<Row[]>`SELECT * FROM entity_merges ORDER BY created_at, from_slug`).map(toMerge),
    splitEntity: (type, from) =>
      pool.begin(async (sql) => {
        const [row] = await sql<Row[]>`DELETE FROM entity_merges WHERE type = ${type} AND from_slug = ${from} RETURNING *`;
        if (!row) return null;
        // Resolution across stories must not join the two again.
        await sql`INSERT INTO entity_separations (type, from_slug, into_slug, created_at)
          VALUES (${type}, ${from}, ${row.to_slug}, now()) ON CONFLICT DO NOTHING`;
        const articles = await sql<{ id: string }[]>`
          SELECT DISTINCT m.article_id AS id FROM article_mentions m JOIN entities e ON e.id = m.entity_id WHERE e.type = ${type} AND e.slug = ${row.to_slug}`;
        for (const a of articles) await setQueued(sql, a.id, true);
        return { merge: toMerge(row), queued: articles.length };
      }),
    addEntityAlias: (type, slug, alias) => addAlias(pool, type, slug, alias),
  };
}
