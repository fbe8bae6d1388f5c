/**
 * @module
 * Migration 010: a counter that triggers raise on every change to `comments`, as 004 does for
 * articles, so that a page of an article's comments can be served from the response cache until
 * any process adds, moderates or deletes a comment.
 */
import type { Migration } from '../migration-type.ts';

export const migration010: Migration = {
  version: 10,
  name: 'comment-revision',
  sql: /* sql */ `
    CREATE TABLE comment_revision (
      id       INTEGER PRIMARY KEY CHECK (id = 1),
      revision INTEGER NOT NULL
    ) STRICT;
    INSERT INTO comment_revision (id, revision) VALUES (1, 0);
    CREATE TRIGGER comments_revision_insert AFTER INSERT ON comments
      BEGIN UPDATE comment_revision SET revision = revision + 1 WHERE id = 1; END;
    CREATE TRIGGER comments_revision_update AFTER UPDATE ON comments
      BEGIN UPDATE comment_revision SET revision = revision + 1 WHERE id = 1; END;
    CREATE TRIGGER comments_revision_delete AFTER DELETE ON comments
      BEGIN UPDATE comment_revision SET revision = revision + 1 WHERE id = 1; END;
  `,
};
