/**
 * @module
 * Migration 032: the comments that still keep a client address, by age, so dropping those past
 * `COMMENT_ADDRESS_DAYS` (on every post) reads only them.
 */
import type { Migration } from '../migration-type.ts';

export const migration032: Migration = {
  version: 32,
  name: 'comment-address-age',
  sql: /* sql */ `
    CREATE INDEX comments_with_address ON comments (created_at) WHERE client_address IS NOT NULL;
  `,
};
