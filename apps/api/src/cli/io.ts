/**
 * @module
 * What a CLI command may touch outside itself: its output streams, environment and working
 * directory. Tests pass their own to capture output.
 */
import type { LogSink } from '../lib/logger.ts';

/** A command's connection to the outside world. */
export interface CliIo extends LogSink {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Raw standard output, for commands that stream data (export); absent when tests capture lines. */
  stdout?: NodeJS.WritableStream | undefined;
  /**
   * The descriptors of standard output and error, for a long-running command (serve) to write its
   * log to in the background; absent when tests capture lines.
   */
  logFds?: { out: number; err: number } | undefined;
  /** Present when standard error is a terminal: progress is drawn in place there. */
  terminal?: Terminal | undefined;
}

/** A terminal to draw on: its width, and text written as is (no newline added). */
export interface Terminal {
  columns: number;
  write(text: string): void;
}

/**
 * The real process's streams, environment and working directory.
 *
 * @example
 * const code = await runCli(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    logFds: { out: 1, err: 2 },
    terminal: process.stderr.isTTY
      ? {
          get columns() {
            return process.stderr.columns || 80;
          },
          write: (text) => process.stderr.write(text),
        }
      : undefined,
  };
}
