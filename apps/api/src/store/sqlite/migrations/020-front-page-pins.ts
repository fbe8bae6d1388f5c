/**
 * @module
 * Migration 020: stories an editor pins to the front page. A pin is a placement, not a property
 * of the story (see docs/decisions/016-front-page-pins.md): one row per pinned article, the newest
 * pin first on the page, optionally until a given time. Deleting the article lifts its pin.
 */
import type { Migration } from '../migration-type.ts';

export const migration020: Migration = {
  version: 20,
  name: 'front-page-pins',
  sql: /* sql */ `
    CREATE TABLE front_page_pins (
      article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      pinned_at  TEXT NOT NULL,
      pinned_by  TEXT,
      -- null for a pin that stays until lifted
      until      TEXT
    ) STRICT;
    CREATE INDEX front_page_pins_pinned_at ON front_page_pins (pinned_at);
  `,
};
