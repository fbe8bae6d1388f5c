/**
 * @module
 * Migration 020 (PostgreSQL): stories pinned to the front page, as SQLite's 020.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration020: PgMigration = {
  version: 20,
  name: 'front-page-pins',
  sql: /* sql */ `
    CREATE TABLE front_page_pins (
      article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      pinned_at  timestamptz NOT NULL,
      pinned_by  text,
      until      timestamptz
    );
    CREATE INDEX front_page_pins_pinned_at ON front_page_pins (pinned_at);
  `,
};
