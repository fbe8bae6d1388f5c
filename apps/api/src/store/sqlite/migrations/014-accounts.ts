/**
 * @module
 * Migration 014: people's accounts, their browser sessions, single-use links (first admin,
 * invitation, password reset) and failed sign-ins for the throttle. Session ids and link tokens
 * are stored as SHA-256 hashes, passwords as argon2id hashes; none of them in the clear.
 */
import type { Migration } from '../migration-type.ts';

export const migration014: Migration = {
  version: 14,
  name: 'accounts',
  sql: /* sql */ `
    CREATE TABLE users (
      id            TEXT PRIMARY KEY,
      -- lower case, so that one address is one account however it is typed
      email         TEXT NOT NULL UNIQUE,
      name          TEXT NOT NULL,
      -- unconstrained like api_tokens.role, so adding a role needs no table rebuild
      role          TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      active        INTEGER NOT NULL DEFAULT 1,
      created_at    TEXT NOT NULL,
      last_seen_at  TEXT
    ) STRICT;

    CREATE TABLE sessions (
      id_hash      TEXT PRIMARY KEY,
      user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at   TEXT NOT NULL,
      last_seen_at TEXT NOT NULL,
      expires_at   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX sessions_user ON sessions (user_id);

    CREATE TABLE link_tokens (
      token_hash TEXT PRIMARY KEY,
      kind       TEXT NOT NULL CHECK (kind IN ('setup', 'invite', 'reset')),
      role       TEXT NOT NULL,
      email      TEXT,
      name       TEXT,
      user_id    TEXT REFERENCES users (id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at    TEXT
    ) STRICT;

    -- one row per failed sign-in per key (an account's address, a client address)
    CREATE TABLE sign_in_failures (
      key TEXT NOT NULL,
      at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX sign_in_failures_key ON sign_in_failures (key, at);
    CREATE INDEX sign_in_failures_at ON sign_in_failures (at);
  `,
};
