/**
 * @module
 * Migration 015: what the editors' desk needs of articles. The status `review` (a contributor's
 * story awaiting an editor), who created and last changed each article, every saved revision of
 * an article (`article_revisions`; not to be confused with `article_revision`, the one-row change
 * counter of migration 004), the slugs an article had before it moved (`article_slug_redirects`)
 * and preview links (`preview_links`, the SHA-256 of each token, never the token).
 *
 * SQLite cannot alter a CHECK constraint; widening one changes nothing on disk, so the table's
 * definition is rewritten in place, as SQLite documents for such changes
 * (https://www.sqlite.org/lang_altertable.html#otheralter), instead of copying every article into
 * a new table.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Migration } from '../migration-type.ts';

const OLD_CHECK = "CHECK (status IN ('draft', 'published', 'archived'))";
const NEW_CHECK = "CHECK (status IN ('draft', 'review', 'published', 'archived'))";

/** Rewrites the articles table's status check in the schema, in the migration's transaction. */
function allowReview(db: DatabaseSync): void {
  const version = (db.prepare('PRAGMA schema_version').get() as { schema_version: number }).schema_version;
  db.enableDefensive(false);
  try {
    db.exec('PRAGMA writable_schema = ON');
    const changed = db
      .prepare("UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'articles' AND instr(sql, ?) > 0")
      .run(OLD_CHECK, NEW_CHECK, OLD_CHECK);
    if (Number(changed.changes) !== 1) throw new Error('migration 015: the articles table does not have the status check of migration 001');
    // Tells every connection, this one included, to read the schema again.
    db.exec(`PRAGMA schema_version = ${version + 1}`);
  } finally {
    db.exec('PRAGMA writable_schema = OFF');
    db.enableDefensive(true);
  }
}

export const migration015: Migration = {
  version: 15,
  name: 'story-workflow',
  sql: /* sql */ `
    -- the principal (token or user) that created the article and the last one to change it, with
    -- its name at the time, so a listing shows who without a join
    ALTER TABLE articles ADD COLUMN created_by TEXT;
    ALTER TABLE articles ADD COLUMN created_by_name TEXT;
    ALTER TABLE articles ADD COLUMN updated_by TEXT;
    ALTER TABLE articles ADD COLUMN updated_by_name TEXT;
    -- the desk's listing: newest change first
    CREATE INDEX articles_by_update ON articles (updated_at, id);

    CREATE TABLE article_revisions (
      id          TEXT PRIMARY KEY,
      article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      -- 1, 2, 3… per article
      number      INTEGER NOT NULL,
      -- the first save of the revision, and the last one folded into it (see decision 008)
      created_at  TEXT NOT NULL,
      saved_at    TEXT NOT NULL,
      author_id   TEXT,
      author_name TEXT,
      -- created, edited, status, restored, imported, initial
      kind        TEXT NOT NULL,
      -- JSON array of the changed fields' names
      fields      TEXT NOT NULL,
      -- the article as saved, as JSON
      document    TEXT NOT NULL,
      UNIQUE (article_id, number)
    ) STRICT;

    CREATE TABLE article_slug_redirects (
      slug       TEXT PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX article_slug_redirects_by_article ON article_slug_redirects (article_id);

    CREATE TABLE preview_links (
      hash       TEXT PRIMARY KEY,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      created_by TEXT
    ) STRICT;
    CREATE INDEX preview_links_by_article ON preview_links (article_id);
  `,
  backfill: allowReview,
};
