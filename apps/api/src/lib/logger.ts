/**
 * @module
 * A minimal levelled logger: one line per event, info to stdout and warnings/errors to stderr,
 * so a supervisor can split the two streams. Lines are JSON objects (`json`, for log collectors)
 * or the message followed by `key=value` fields (`text`, for people at a terminal).
 */

/** How much to log, from everything (`debug`) to nothing (`silent`). */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** How lines are written. */
export const LOG_FORMATS = ['json', 'text'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** Structured values attached to a line. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Where log lines go. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
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
 * One log line in `format`, without its newline.
 *
 * @example
 * formatLine('text', 'warn', 'log lines dropped', { count: 12 }); // 'log lines dropped count=12'
 */
export function formatLine(format: LogFormat, level: LogLevel, message: string, fields: LogFields | undefined): string {
  const present = Object.entries(fields ?? {}).filter(([, v]) => v !== undefined);
  if (format === 'json') return JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...Object.fromEntries(present) });
  const text = present.map(([k, v]) => {
    const value = String(v);
    return `${k}=${/^[^\s"=]+$/.test(value) ? value : JSON.stringify(value)}`;
  });
  return text.length === 0 ? message : `${message} ${text.join(' ')}`;
}

/**
 * A logger that drops messages below `level`.
 *
 * @example
 * const logger = createLogger('info');
 * logger.debug('not shown');
 * logger.info('API listening on http://127.0.0.1:8787');
 * createLogger('info', undefined, 'json').info('request', { status: 200 }); // {"time":…,"level":"info","msg":"request","status":200}
 */
export function createLogger(level: LogLevel, sink: LogSink = consoleSink, format: LogFormat = 'text'): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const at = (l: LogLevel, write: (line: string) => void) => (message: string, fields?: LogFields) => {
    if (LOG_LEVELS.indexOf(l) >= threshold) write(formatLine(format, l, message, fields));
  };
  return {
    debug: at('debug', sink.out),
    info: at('info', sink.out),
    warn: at('warn', sink.err),
    error: at('error', sink.err),
  };
}

/**
 * A logger that adds `fields` to every line of `logger` (the request id, for instance).
 *
 * @example
 * const log = withFields(logger, { requestId: 'b1c2' });
 * log.warn('readiness check failed'); // … requestId=b1c2
 */
export function withFields(logger: Logger, fields: LogFields): Logger {
  return new FieldLogger(logger, fields);
}

/** One object per request rather than four closures: it is made for every request served. */
class FieldLogger implements Logger {
  readonly #base: Logger;
  readonly #fields: LogFields;
  constructor(base: Logger, fields: LogFields) {
    this.#base = base;
    this.#fields = fields;
  }
  debug(message: string, extra?: LogFields): void {
    this.#base.debug(message, extra ? { ...extra, ...this.#fields } : this.#fields);
  }
  info(message: string, extra?: LogFields): void {
    this.#base.info(message, extra ? { ...extra, ...this.#fields } : this.#fields);
  }
  warn(message: string, extra?: LogFields): void {
    this.#base.warn(message, extra ? { ...extra, ...this.#fields } : this.#fields);
  }
  error(message: string, extra?: LogFields): void {
    this.#base.error(message, extra ? { ...extra, ...this.#fields } : this.#fields);
  }
}

/** A logger that writes nothing (tests, embedding). */
export const silentLogger: Logger = createLogger('silent');
