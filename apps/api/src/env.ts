/**
 * @module
 * The API's configuration, read from the environment and validated once at start-up. An invalid
 * value stops the program with a message naming the variable, rather than failing later.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HTTP_ENV, type HttpConfig, httpConfig } from './lib/http-config.ts';
import { LOG_LEVELS } from './lib/logger.ts';
import { ACCOUNTS_ENV, accountsFromEnv } from './services/accounts/env.ts';
import type { AccountsConfig } from './services/accounts/config.ts';
import { ENRICH_ENV } from './services/enrich-mode.ts';
import { MEDIA_ENV, type MediaConfig, mediaFromEnv } from './services/media/config.ts';
import { COMMENT_ENV, type CommentPolicy, commentPolicyFromEnv } from './services/moderation/policy.ts';
import { type DatabaseConfig, DatabaseUrlError, parseDatabaseUrl } from './store/database-url.ts';

/** The repository root, found from this file's place in it (apps/api/src). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The SQLite file used when `DATABASE_URL` is unset. */
export const DEFAULT_DATABASE_PATH = fileURLToPath(new URL('../../../data/dateline.db', import.meta.url));

// 0 lets the system pick a free port (the listening line says which): handy for tests.
const PORT_MESSAGE = 'must be a port number from 0 to 65535';
const POOL_MESSAGE = 'must be a number of connections from 1 to 1000';
const TIMEOUT_MESSAGE = 'must be a number of milliseconds from 1 to 600000';

/** A variable holding a whole number from `min` to `max`, with one message for any other value. */
const wholeNumber = (min: number, max: number, message: string) =>
  z.string().trim().regex(/^\d+$/, message).transform(Number).pipe(z.int().min(min, message).max(max, message));

const EnvSchema = z.object({
  PORT: z.string().trim().regex(/^\d+$/, PORT_MESSAGE).transform(Number).pipe(z.int().max(65535, PORT_MESSAGE)).default(8787),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: wholeNumber(1, 1000, POOL_MESSAGE).optional(),
  DB_QUERY_TIMEOUT_MS: wholeNumber(1, 600_000, TIMEOUT_MESSAGE).optional(),
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }))
    .default('info'),
  ...HTTP_ENV,
  ...COMMENT_ENV,
  ...ENRICH_ENV,
  ...ACCOUNTS_ENV,
  ...MEDIA_ENV,
});

/**
 * Every variable the API's configuration reads, for the README's table and the test comparing the two.
 *
 * @example
 * CONFIG_VARIABLES.includes('DATABASE_URL'); // true
 */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

/** The validated configuration. */
export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: (typeof LOG_LEVELS)[number];
  /** CORS, proxies and log format (see `lib/http-config.ts`). */
  http: HttpConfig;
  /** How readers' comments are screened: `COMMENT_MODERATION`, `COMMENT_SUSPECT_WORDS`, `COMMENT_BANNED_WORDS`, `COMMENT_RATE_LIMIT`, `COMMENT_RATE_HOLD`, `COMMENT_RATE_LIMIT_IPV6_PREFIX`, `COMMENT_ADDRESS_DAYS`. */
  comments: CommentPolicy;
  /** Session lifetimes and the desk's address: `SESSION_IDLE_TIMEOUT`, `SESSION_MAX_AGE`, `DESK_URL`. */
  accounts: Omit<AccountsConfig, 'trustedOrigins' | 'throttle'>;
  /** Where pictures are kept and what is accepted: `MEDIA_DIR`, `MEDIA_MAX_BYTES`, `MEDIA_MAX_PIXELS`, `MEDIA_CONCURRENCY`. */
  media: MediaConfig;
}

/** An environment variable with an invalid value; the message names each one. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The configuration in `env` (default: `process.env`); a relative `sqlite:` path is resolved
 * against `cwd`. Empty variables count as unset. Throws `ConfigError` naming every invalid variable.
 *
 * @example
 * const config = loadConfig({ PORT: '9000', DATABASE_URL: 'sqlite::memory:' });
 * config.port; // 9000
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = EnvSchema.safeParse(present);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${String(issue.path[0])}=${JSON.stringify(present[String(issue.path[0])])} ${issue.message}`);
  let database: DatabaseConfig | undefined;
  try {
    database = parseDatabaseUrl(present.DATABASE_URL, { cwd, defaultPath: DEFAULT_DATABASE_PATH });
  } catch (err) {
    if (!(err instanceof DatabaseUrlError)) throw err;
    problems.push(`DATABASE_URL ${err.message}`);
  }
  if (!result.success || !database) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  database = { ...database, queryTimeoutMs: result.data.DB_QUERY_TIMEOUT_MS };
  if (database.kind === 'postgres') database = { ...database, poolSize: result.data.DATABASE_POOL_SIZE };
  return {
    port: result.data.PORT,
    host: result.data.HOST,
    database,
    logLevel: result.data.LOG_LEVEL,
    http: httpConfig(result.data),
    comments: commentPolicyFromEnv(result.data),
    accounts: accountsFromEnv(result.data),
    media: mediaFromEnv(result.data, cwd),
  };
}
