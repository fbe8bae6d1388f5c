/**
 * @module
 * Migration 004 (PostgreSQL): the article revision counter, as SQLite's 004. One statement-level
 * trigger per write statement keeps a bulk change to one increment.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration004: PgMigration = {
  version: 4,
  name: 'article-revision',
  sql: /* sql */ `
    CREATE TABLE article_revision (
      id       integer PRIMARY KEY CHECK (id = 1),
      revision bigint NOT NULL
    );
    INSERT INTO article_revision (id, revision) VALUES (1, 0);
    CREATE FUNCTION bump_article_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE article_revision SET revision = revision + 1 WHERE id = 1;
        RETURN NULL;
      END;
    $$;
    CREATE TRIGGER articles_revision AFTER INSERT OR UPDATE OR DELETE ON articles
      FOR EACH STATEMENT EXECUTE FUNCTION bump_article_revision();
  `,
};
