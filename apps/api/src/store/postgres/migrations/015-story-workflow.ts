/**
 * @module
 * Migration 015 (PostgreSQL): as SQLite's 015, the status `review`, who created and last changed
 * each article, saved revisions, old slugs and preview links.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration015: PgMigration = {
  version: 15,
  name: 'story-workflow',
  sql: /* sql */ `
    ALTER TABLE articles DROP CONSTRAINT articles_status_check;
    ALTER TABLE articles ADD CONSTRAINT articles_status_check CHECK (status IN ('draft', 'review', 'published', 'archived'));
    ALTER TABLE articles
      ADD COLUMN created_by text,
      ADD COLUMN created_by_name text,
      ADD COLUMN updated_by text,
      ADD COLUMN updated_by_name text;
    CREATE INDEX articles_by_update ON articles (updated_at, id);

    CREATE TABLE article_revisions (
      id          text COLLATE "C" PRIMARY KEY,
      article_id  text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      number      integer NOT NULL,
      created_at  timestamptz NOT NULL,
      saved_at    timestamptz NOT NULL,
      author_id   text,
      author_name text,
      kind        text NOT NULL,
      fields      json NOT NULL,
      -- json, not jsonb: the article keeps its key order, as in articles.document
      document    json NOT NULL,
      UNIQUE (article_id, number)
    );

    CREATE TABLE article_slug_redirects (
      slug       text COLLATE "C" PRIMARY KEY,
      article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE
    );
    CREATE INDEX article_slug_redirects_by_article ON article_slug_redirects (article_id);

    CREATE TABLE preview_links (
      hash       text COLLATE "C" PRIMARY KEY,
      article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      created_by text
    );
    CREATE INDEX preview_links_by_article ON preview_links (article_id);
  `,
};
