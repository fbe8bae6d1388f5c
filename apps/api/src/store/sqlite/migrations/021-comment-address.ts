/**
 * @module
 * Migration 021: the client address a comment came from, so that a moderator can block that
 * address from the queue. Never shown, returned or exported; null for comments posted before
 * and for imported ones.
 */
import type { Migration } from '../migration-type.ts';

export const migration021: Migration = {
  version: 21,
  name: 'comment-address',
  sql: /* sql */ `
    ALTER TABLE comments ADD COLUMN client_address TEXT;
  `,
};
