/**
 * @module
 * Migration 004: a counter that triggers raise on every change to `articles`, so that a process
 * can tell with one indexed read whether any article changed since it cached a response, whoever
 * wrote it (an import in another process included).
 */
import type { Migration } from '../migration-type.ts';

export const migration004: Migration = {
  version: 4,
  name: 'article-revision',
  sql: /* sql */ `
    CREATE TABLE article_revision (
      id       INTEGER PRIMARY KEY CHECK (id = 1),
      revision INTEGER NOT NULL
    ) STRICT;
    INSERT INTO article_revision (id, revision) VALUES (1, 0);
    CREATE TRIGGER articles_revision_insert AFTER INSERT ON articles
      BEGIN UPDATE article_revision SET revision = revision + 1 WHERE id = 1; END;
    CREATE TRIGGER articles_revision_update AFTER UPDATE ON articles
      BEGIN UPDATE article_revision SET revision = revision + 1 WHERE id = 1; END;
    CREATE TRIGGER articles_revision_delete AFTER DELETE ON articles
      BEGIN UPDATE article_revision SET revision = revision + 1 WHERE id = 1; END;
  `,
};
