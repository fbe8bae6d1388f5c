/**
 * @module
 * Migration 023: short names joined to full names across stories. `entities.short_key` files a
 * full name under what it may be called for short (a person's surname, an organisation's
 * initials; see entity-resolution.ts), so a short name finds its candidates by index; an entity
 * with aliases is found through a partial index of those few; `article_mentions.joined_from` marks
 * the mentions that are joined short names, the ones to look at again when a second full name
 * makes a short name ambiguous. `entity_separations` remembers the
 * splits editors made, so resolution never joins those two again. Stored articles keep their
 * mentions until enriched again (`dateline enrich --all`).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { EntityType } from '@dateline/model';
import { shortKey } from '../../entity-resolution.ts';
import type { Migration } from '../migration-type.ts';

export const migration023: Migration = {
  version: 23,
  name: 'entity-resolution',
  sql: /* sql */ `
    ALTER TABLE entities ADD COLUMN short_key TEXT;
    CREATE INDEX entities_by_short_key ON entities (type, short_key) WHERE short_key IS NOT NULL;
    CREATE INDEX entities_with_aliases ON entities (type) WHERE aliases <> '[]';
    -- the short name's slug when a mention is a short name joined to this entity ("putin")
    ALTER TABLE article_mentions ADD COLUMN joined_from TEXT;

    -- a short name an editor split from a full name (by undoing a merge): never joined again
    CREATE TABLE entity_separations (
      type       TEXT NOT NULL,
      from_slug  TEXT NOT NULL,
      into_slug  TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (type, from_slug, into_slug)
    ) STRICT;
  `,
  backfill: (db: DatabaseSync) => {
    const update = db.prepare('UPDATE entities SET short_key = ? WHERE id = ?');
    for (const row of db.prepare("SELECT id, type, slug, name FROM entities WHERE type <> 'place'").all() as {
      id: number;
      type: EntityType;
      slug: string;
      name: string;
    }[]) {
      const key = shortKey(row.type, row.name, row.slug);
      if (key !== null) update.run(key, row.id);
    }
  },
};
