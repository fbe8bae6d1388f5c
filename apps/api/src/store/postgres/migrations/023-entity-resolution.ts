/**
 * @module
 * Migration 023 (PostgreSQL): short names joined to full names across stories, as SQLite's 023.
 */
import type { EntityType } from '@dateline/model';
import { shortKey } from '../../entity-resolution.ts';
import type { PgMigration } from '../migration-type.ts';

export const migration023: PgMigration = {
  version: 23,
  name: 'entity-resolution',
  sql: /* sql */ `
    ALTER TABLE entities ADD COLUMN short_key text COLLATE "C";
    CREATE INDEX entities_by_short_key ON entities (type, short_key) WHERE short_key IS NOT NULL;
    CREATE INDEX entities_with_aliases ON entities (type) WHERE aliases <> '[]'::jsonb;
    ALTER TABLE article_mentions ADD COLUMN joined_from text COLLATE "C";

    CREATE TABLE entity_separations (
      type       text NOT NULL,
      from_slug  text COLLATE "C" NOT NULL,
      into_slug  text COLLATE "C" NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (type, from_slug, into_slug)
    );
  `,
  backfill: async (sql) => {
    const rows = await sql<
      { id: string; type: EntityType; slug: string; name: string }[]
    >`SELECT id, type, slug, name FROM entities WHERE type <> 'place'`;
    const keyed = rows.flatMap((r) => {
      const key = shortKey(r.type, r.name, r.slug);
      return key === null ? [] : [[String(r.id), key]];
    });
    for (let i = 0; i < keyed.length; i += 1000) {
      const values = keyed.slice(i, i + 1000);
      await sql`UPDATE entities e SET short_key = v.key FROM (VALUES ${sql(values)}) AS v (id, key) WHERE e.id = v.id::bigint`;
    }
  },
};
