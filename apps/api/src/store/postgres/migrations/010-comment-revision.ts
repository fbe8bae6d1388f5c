/**
 * @module
 * Migration 010 (PostgreSQL): the comment revision counter, as SQLite's 010. One statement-level
 * trigger per write statement keeps a bulk change to one increment.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration010: PgMigration = {
  version: 10,
  name: 'comment-revision',
  sql: /* sql */ `
    CREATE TABLE comment_revision (
      id       integer PRIMARY KEY CHECK (id = 1),
      revision bigint NOT NULL
    );
    INSERT INTO comment_revision (id, revision) VALUES (1, 0);
    CREATE FUNCTION bump_comment_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE comment_revision SET revision = revision + 1 WHERE id = 1;
        RETURN NULL;
      END;
    $$;
    CREATE TRIGGER comments_revision AFTER INSERT OR UPDATE OR DELETE ON comments
      FOR EACH STATEMENT EXECUTE FUNCTION bump_comment_revision();
  `,
};
