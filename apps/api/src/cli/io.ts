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
  };
}
