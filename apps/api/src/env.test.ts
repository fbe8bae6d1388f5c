/**
 * @module
 * Tests of the configuration read from the environment.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_PATH, loadConfig, REPO_ROOT } from './env.ts';
import { DEFAULT_CACHE_BYTES } from './lib/response-cache.ts';
import { DEFAULT_MEDIA_CONFIG, DEFAULT_MEDIA_DIR } from './services/media/config.ts';
import { DEFAULT_COMMENT_POLICY } from './services/moderation/policy.ts';

/** What every setting but the server's address, database and log level is when nothing is set. */
const UNSET_REST = {
  http: {
    corsOrigins: [],
    trustProxy: ['127.0.0.0/8', '::1'],
    logFormat: 'text',
    requestLogLevel: 'debug',
    responseCacheBytes: DEFAULT_CACHE_BYTES,
  },
  comments: DEFAULT_COMMENT_POLICY,
  accounts: { sessions: { idleTimeoutMs: 7 * 86_400_000, maxAgeMs: 30 * 86_400_000 }, deskUrl: 'http://127.0.0.1:4322' },
  media: DEFAULT_MEDIA_CONFIG,
};

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:8787 and data/dateline.db under the repository', () => {
    expect(loadConfig({}, '/anywhere')).toEqual({
      port: 8787,
      host: '127.0.0.1',
      database: { kind: 'sqlite', path: `${REPO_ROOT}data/dateline.db` },
      logLevel: 'info',
      ...UNSET_REST,
    });
    expect(DEFAULT_DATABASE_PATH).toBe(`${REPO_ROOT}data/dateline.db`);
  });

  it('reads session lifetimes as durations and the desk URL, and names each invalid one', () => {
    expect(loadConfig({ SESSION_IDLE_TIMEOUT: '90m', SESSION_MAX_AGE: '12h', DESK_URL: 'https://news.example.org/' }).accounts).toEqual({
      sessions: { idleTimeoutMs: 90 * 60_000, maxAgeMs: 12 * 3_600_000 },
      deskUrl: 'https://news.example.org',
    });
    // An idle timeout past the absolute limit could never be reached.
    expect(loadConfig({ SESSION_IDLE_TIMEOUT: '60d', SESSION_MAX_AGE: '2d' }).accounts.sessions.idleTimeoutMs).toBe(2 * 86_400_000);
    expect(() =>
      loadConfig({ SESSION_IDLE_TIMEOUT: '7 days', SESSION_MAX_AGE: '10s', DESK_URL: 'news.example.org' }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid configuration:
        SESSION_IDLE_TIMEOUT="7 days" must be a duration such as 90m, 12h or 7d (s, m, h or d), from 1 minute to 365 days
        SESSION_MAX_AGE="10s" must be a duration such as 90m, 12h or 7d (s, m, h or d), from 1 minute to 365 days
        DESK_URL="news.example.org" must be an http(s) URL such as https://news.example.org]
    `);
  });

  it('reads the media settings, MEDIA_DIR relative to the working folder, and names each invalid one', () => {
    expect(DEFAULT_MEDIA_DIR).toBe(`${REPO_ROOT}data/media`);
    expect(
      loadConfig({ MEDIA_DIR: 'pictures', MEDIA_MAX_BYTES: '5242880', MEDIA_MAX_PIXELS: '24000000', MEDIA_CONCURRENCY: '2' }, '/srv').media,
    ).toEqual({
      ...DEFAULT_MEDIA_CONFIG,
      dir: '/srv/pictures',
      maxBytes: 5_242_880,
      maxPixels: 24_000_000,
      concurrency: 2,
    });
    expect(loadConfig({ MEDIA_DIR: '/var/lib/dateline/media' }, '/srv').media.dir).toBe('/var/lib/dateline/media');
    expect(() =>
      loadConfig({ MEDIA_MAX_BYTES: '20MB', MEDIA_MAX_PIXELS: '0', MEDIA_CONCURRENCY: '100' }, '/srv'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid configuration:
        MEDIA_MAX_BYTES="20MB" must be a number of bytes from 1024 to 1073741824
        MEDIA_MAX_PIXELS="0" must be a number of pixels from 1 to 1000000000
        MEDIA_CONCURRENCY="100" must be a number from 1 to 64]
    `);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', HOST: ' ', DATABASE_URL: '' }, '/srv')).toMatchObject({ port: 8787, host: '127.0.0.1' });
  });

  it('reads every variable', () => {
    expect(loadConfig({ PORT: '9000', HOST: '0.0.0.0', DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'WARN' }, '/srv')).toEqual({
      port: 9000,
      host: '0.0.0.0',
      database: { kind: 'sqlite', path: ':memory:' },
      logLevel: 'warn',
      ...UNSET_REST,
    });
  });

  it('reads the HTTP settings, with JSON request logs at info in production', () => {
    const env = {
      CORS_ORIGINS: 'https://Newsroom.example.org, http://localhost:4321/',
      TRUST_PROXY: '10.0.0.0/8, fd00::/8, 192.0.2.7',
      NODE_ENV: 'production',
    };
    expect(loadConfig(env, '/srv').http).toEqual({
      corsOrigins: ['https://newsroom.example.org', 'http://localhost:4321'],
      trustProxy: ['10.0.0.0/8', 'fd00::/8', '192.0.2.7'],
      logFormat: 'json',
      requestLogLevel: 'info',
      responseCacheBytes: 64 * 1024 * 1024,
    });
    expect(
      loadConfig({ TRUST_PROXY: 'none', LOG_FORMAT: 'TEXT', NODE_ENV: 'production', RESPONSE_CACHE_MAX_BYTES: '1048576' }, '/srv').http,
    ).toMatchObject({
      trustProxy: [],
      logFormat: 'text',
      responseCacheBytes: 1048576,
    });
  });

  it('names invalid HTTP settings', () => {
    expect(() =>
      loadConfig(
        { CORS_ORIGINS: 'newsroom.example.org', TRUST_PROXY: '10.0.0.0/33', LOG_FORMAT: 'xml', RESPONSE_CACHE_MAX_BYTES: '64MB' },
        '/srv',
      ),
    ).toThrowErrorMatchingInlineSnapshot(`
        [ConfigError: Invalid configuration:
          CORS_ORIGINS="newsroom.example.org" must be origins such as https://newsroom.example.org, separated by commas
          TRUST_PROXY="10.0.0.0/33" must be IP addresses or CIDR ranges (e.g. 10.0.0.0/8), separated by commas, or none
          LOG_FORMAT="xml" must be one of json, text
          RESPONSE_CACHE_MAX_BYTES="64MB" must be a number of bytes (0 keeps no answers)]
      `);
  });

  it.each([
    ['sqlite:data/news.db', { kind: 'sqlite', path: '/srv/site/data/news.db' }],
    ['sqlite:/var/lib/news.db', { kind: 'sqlite', path: '/var/lib/news.db' }],
    ['postgres://news:secret@db:5432/news', { kind: 'postgres', url: 'postgres://news:secret@db:5432/news' }],
    ['postgresql://db/news', { kind: 'postgres', url: 'postgresql://db/news' }],
  ])('parses DATABASE_URL=%s', (url, database) => {
    expect(loadConfig({ DATABASE_URL: url }, '/srv/site').database).toEqual(database);
  });

  it('sizes the PostgreSQL connection pool from DATABASE_POOL_SIZE', () => {
    const url = 'postgres://db/news';
    expect(loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '25' }).database).toEqual({ kind: 'postgres', url, poolSize: 25 });
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ kind: 'postgres', url, poolSize: undefined });
    expect(() => loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '0' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid configuration:
        DATABASE_POOL_SIZE="0" must be a number of connections from 1 to 1000]
    `);
  });

  it('bounds queries on either database by DB_QUERY_TIMEOUT_MS', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:', DB_QUERY_TIMEOUT_MS: '1500' }).database).toEqual({
      kind: 'sqlite',
      path: ':memory:',
      queryTimeoutMs: 1500,
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/news', DB_QUERY_TIMEOUT_MS: '800' }).database).toMatchObject({ queryTimeoutMs: 800 });
    expect(() => loadConfig({ DB_QUERY_TIMEOUT_MS: '2s' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid configuration:
        DB_QUERY_TIMEOUT_MS="2s" must be a number of milliseconds from 1 to 600000]
    `);
  });

  it('reads the comment policy, and names an invalid comment setting', () => {
    const env = {
      COMMENT_MODERATION: 'pre',
      COMMENT_SUSPECT_WORDS: 'Casino, free money',
      COMMENT_BANNED_WORDS: 'scumbag',
      COMMENT_RATE_LIMIT: '0',
    };
    expect(loadConfig(env, '/srv').comments).toEqual({
      moderation: 'pre',
      suspectWords: ['casino', 'free money'],
      bannedWords: ['scumbag'],
      rateLimit: 0,
      rateHold: 3,
      rateLimitIpv6Prefix: 64,
      addressDays: 30,
    });
    expect(() => loadConfig({ COMMENT_MODERATION: 'later', COMMENT_RATE_LIMIT: 'lots' }, '/srv')).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid configuration:
        COMMENT_MODERATION="later" must be post (show at once) or pre (hold for a moderator)
        COMMENT_RATE_LIMIT="lots" must be a whole number of comments per minute from 0 (no limit) to 10000]
    `);
  });

  it('names every invalid variable at once', () => {
    expect(() => loadConfig({ PORT: '80a', DATABASE_URL: 'data/news.db' }, '/srv')).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid configuration:
        PORT="80a" must be a port number from 0 to 65535
        DATABASE_URL expected sqlite:<path>, sqlite::memory: or postgres://…]
    `);
    expect(() => loadConfig({ PORT: '65536', DATABASE_URL: 'sqlite:' }, '/srv')).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: Invalid configuration:
        PORT="65536" must be a port number from 0 to 65535
        DATABASE_URL sqlite: needs a file path, as in sqlite:data/dateline.db, or sqlite::memory:]
    `);
  });
});
