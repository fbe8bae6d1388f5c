/**
 * @module
 * `dateline serve [--samples]`: runs the API until SIGTERM or SIGINT, then stops accepting
 * connections, lets requests in flight finish, closes the database and exits 0.
 */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { answerClientErrors } from '@dateline/http';
import { serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import { createAsyncLogSink } from '../lib/async-log-sink.ts';
import { createLogger, formatLine, type Logger } from '../lib/logger.ts';
import { ResponseCache } from '../lib/response-cache.ts';
import { watchEventLoop } from '../lib/loop-watch.ts';
import { firstAdminLink } from '../services/accounts/people.ts';
import { enrichMode } from '../services/enrich-mode.ts';
import { addressesKeptSince } from '../services/moderation/policy.ts';
import { startEnrichmentWorker } from '../services/enrichment-worker.ts';
import type { Store } from '../store/store.ts';
import { withTurnRevisions } from '../store/turn-revisions.ts';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs } from './args.ts';
import { importPaths } from './import.ts';
import { resultLine } from './import-summary.ts';
import type { CliIo } from './io.ts';
import { type OpenedStore, openStoreFromEnv } from './store-from-env.ts';
import { SUMMARIES } from './summaries.ts';

/** The project's own sample articles. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

/** How long requests in flight get to finish after a stop signal before connections are cut. */
const DRAIN_TIMEOUT_MS = 10_000;

/** How long the log lines still held at a stop get to be written before they are given up. */
const LOG_FLUSH_TIMEOUT_MS = 2_000;

const summary = SUMMARIES.serve;

export const usage = `Usage: dateline serve [--samples]

${summary} on HOST:PORT (default 127.0.0.1:8787), after applying migrations.
SIGTERM or SIGINT (Ctrl-C) stops it gracefully.

Options:
  --samples   Load the sample articles first if the database has no articles at all.
  -h, --help  Show this help.

Environment: PORT, HOST, DATABASE_URL (sqlite:<path>, sqlite::memory: or postgres://…), DATABASE_POOL_SIZE,
DB_QUERY_TIMEOUT_MS (longest a query may take or wait for a lock; default 5000), LOG_LEVEL, LOG_FORMAT,
CORS_ORIGINS, TRUST_PROXY, PUBLIC_API_URL, NODE_ENV, RESPONSE_CACHE_MAX_BYTES (memory for cached public answers;
67108864), COMMENT_MODERATION (post or pre), COMMENT_SUSPECT_WORDS,
COMMENT_BANNED_WORDS (comma-separated), COMMENT_RATE_LIMIT (comments a minute per client; 0: no limit),
COMMENT_RATE_HOLD (past this many a minute, held for a moderator; 0: none), COMMENT_RATE_LIMIT_IPV6_PREFIX (bits of an IPv6 client, 64),
COMMENT_ADDRESS_DAYS (days a comment's client address is kept to block by it; 30),
ENRICH (on: find people, places and quotations on each write and, in the background, for imports;
inline: imports too, as they are stored; off: leave them all to dateline enrich).`;

/**
 * Runs `serve`; resolves with the exit code once the server has stopped.
 *
 * @example
 * process.exitCode = await runServe(['--samples'], processIo());
 */
export async function runServe(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { samples: { type: 'boolean' } });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const opened = await openStoreFromEnv(io);
  const format = opened.config.http.logFormat;
  // Every request logs a line: written in the background and bounded, so a log reader that falls
  // behind costs lines (counted, and the count logged) rather than the server's memory or its stop.
  const log =
    io.logFds && createAsyncLogSink(io.logFds.out, io.logFds.err, (count) => formatLine(format, 'warn', 'log lines dropped', { count }));
  const logger = createLogger(opened.config.logLevel, log ?? io, format);
  try {
    return await serveUntilStopped(Boolean(values.samples), io, opened, logger);
  } finally {
    await log?.close(LOG_FLUSH_TIMEOUT_MS);
  }
}

/** Runs the server on `opened` until a stop signal; resolves with the exit code once it has stopped. */
async function serveUntilStopped(samples: boolean, io: CliIo, opened: OpenedStore, logger: Logger): Promise<number> {
  const { config, store, label } = opened;
  logger.debug(`Database: ${label}`);
  try {
    if (samples) await loadSamples(store, logger);
    // Posting drops old client addresses too; this covers a site where nobody has posted since.
    await store.forgetClientAddresses(addressesKeptSince(new Date(), config.comments));
    // A new database has nobody who could sign in: the link lets the first admin set up an
    // account. Each start makes a new one while there is no active admin.
    const setup = await firstAdminLink(store, config.accounts.deskUrl);
    if (setup) logger.info(`No admin account yet. Set one up (this link works once, for 24 hours): ${setup.url}`);
  } catch (err) {
    await store.close();
    throw err;
  }
  const app = createApp({
    // Requests come over sockets here, so the requests of one turn can share a revision read.
    store: withTurnRevisions(store),
    logger,
    requestLogLevel: config.http.requestLogLevel,
    corsOrigins: config.http.corsOrigins,
    trustProxy: config.http.trustProxy,
    ...(config.http.publicUrl && { publicUrl: config.http.publicUrl }),
    comments: config.comments,
    accounts: config.accounts,
    media: config.media,
    responseCache: new ResponseCache(undefined, config.http.responseCacheBytes),
  });
  // The OpenAPI document is generated on its first request: about 100 ms of the event loop, which
  // the first client to ask would otherwise hold up every other request with (/healthz included).
  await app.request('/openapi.json');
  // Requests Node's parser refuses get a problem document too, not a bare 400 or a reset.
  const server = answerClientErrors(serve({ fetch: app.fetch, hostname: config.host, port: config.port }) as Server);
  // Works through articles queued by imports; ENRICH=off leaves them to `dateline enrich`.
  const worker = enrichMode(io.env) === 'off' ? undefined : startEnrichmentWorker(store, { logger });
  // Warns when a request holds the event loop for 100 ms or more, the time /healthz is given.
  const loopWatch = watchEventLoop(logger, 100);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      loopWatch.stop();
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      const force = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS).unref();
      // close() only drops the connections idle at that moment; a keep-alive connection whose
      // last request finishes later would otherwise hold the stop until the drain timeout.
      const idle = setInterval(() => server.closeIdleConnections(), 50).unref();
      server.close(() => {
        clearTimeout(force);
        clearInterval(idle);
        void Promise.resolve(worker?.stop())
          .then(() => store.close())
          .then(() => resolve(code));
      });
    };
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info(`${signal} received, stopping`);
      stop(EXIT_OK);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    server.once('listening', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      logger.info(`API listening on http://${host}:${port}`);
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      const reason =
        err.code === 'EADDRINUSE'
          ? 'the address is in use (another program, or the API already running); stop it, or set HOST and PORT'
          : err.message;
      logger.error(`Cannot listen on ${config.host}:${config.port}: ${reason}`);
      stopping = true;
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      void Promise.resolve(worker?.stop())
        .then(() => store.close())
        .then(() => resolve(EXIT_FAILURE));
    });
  });
}

/** Imports the samples into an empty database; a database with any article is left alone. */
async function loadSamples(store: Store, logger: Logger): Promise<void> {
  if ((await store.countArticles()) > 0) return;
  const tally = await importPaths(store, [SAMPLES_DIR], {
    cwd: SAMPLES_DIR,
    onResult: (result) => {
      if (result.outcome === 'failed') logger.warn(`Sample ${resultLine(result)}`);
      else logger.debug(`Sample ${resultLine(result)}`);
    },
  });
  const { created } = tally.articles;
  logger.info(`Loaded ${created} sample article${created === 1 ? '' : 's'}`);
}
