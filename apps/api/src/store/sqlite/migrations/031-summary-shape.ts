/**
 * @module
 * Migration 031: the shape stored summaries were written in (`summary-shape.ts`), one row. A
 * database without the row has its summaries written again once, on the next `migrate`.
 */
import type { Migration } from '../migration-type.ts';

export const migration031: Migration = {
  version: 31,
  name: 'summary-shape',
  sql: /* sql */ `
    CREATE TABLE summary_shape (
      id    INTEGER PRIMARY KEY CHECK (id = 1),
      shape TEXT NOT NULL
    ) STRICT;
  `,
};
