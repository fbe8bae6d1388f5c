/**
 * @module
 * A minimal levelled logger: one line per event, info to stdout and warnings/errors to stderr,
 * so the CLI's output stays greppable and a supervisor can split the two streams.
 */

/** How much to log, from everything (`debug`) to nothing (`silent`). */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where log lines go. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Where lines are written; the CLI's tests replace it to capture output. */
export interface LogSink {
  out(line: string): void;
  err(line: string): void;
}

const consoleSink: LogSink = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * A logger that drops messages below `level`.
 *
 * @example
 * const logger = createLogger('info');
 * logger.debug('not shown');
 * logger.info('API listening on http://127.0.0.1:8787');
 */
export function createLogger(level: LogLevel, sink: LogSink = consoleSink): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const at = (l: LogLevel, write: (line: string) => void) => (message: string) => {
    if (LOG_LEVELS.indexOf(l) >= threshold) write(message);
  };
  return {
    debug: at('debug', sink.out),
    info: at('info', sink.out),
    warn: at('warn', sink.err),
    error: at('error', sink.err),
  };
}

/** A logger that writes nothing (tests, embedding). */
export const silentLogger: Logger = createLogger('silent');
