/**
 * @module
 * Migration 014 (PostgreSQL): accounts, sessions, single-use links and failed sign-ins, as
 * SQLite's 014.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration014: PgMigration = {
  version: 14,
  name: 'accounts',
  sql: /* sql */ `
    CREATE TABLE users (
      id            text COLLATE "C" PRIMARY KEY,
      email         text NOT NULL UNIQUE,
      name          text NOT NULL,
      role          text NOT NULL,
      password_hash text NOT NULL,
      active        boolean NOT NULL DEFAULT true,
      created_at    timestamptz NOT NULL,
      last_seen_at  timestamptz
    );

    CREATE TABLE sessions (
      id_hash      text COLLATE "C" PRIMARY KEY,
      user_id      text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at   timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      expires_at   timestamptz NOT NULL
    );
    CREATE INDEX sessions_user ON sessions (user_id);

    CREATE TABLE link_tokens (
      token_hash text COLLATE "C" PRIMARY KEY,
      kind       text NOT NULL CHECK (kind IN ('setup', 'invite', 'reset')),
      role       text NOT NULL,
      email      text,
      name       text,
      user_id    text COLLATE "C" REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at    timestamptz
    );

    CREATE TABLE sign_in_failures (
      key text NOT NULL,
      at  timestamptz NOT NULL
    );
    CREATE INDEX sign_in_failures_key ON sign_in_failures (key, at);
    CREATE INDEX sign_in_failures_at ON sign_in_failures (at);
  `,
};
