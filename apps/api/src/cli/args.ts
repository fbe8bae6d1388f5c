/**
 * @module
 * Argument parsing shared by the commands: `node:util` `parseArgs`, with every parse failure
 * turned into a `UsageError` (exit 2, usage on stderr).
 */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/** Exit codes: success, a failure while working, and a command line that makes no sense. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A command line the program cannot act on; the message says what is wrong. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses `args` strictly against `options` (plus `--help`/`-h`).
 *
 * @example
 * const { values, positionals } = parseCommandArgs(['--samples'], { samples: { type: 'boolean' } });
 */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
  } catch (err) {
    // Node appends a hint about '--' to some messages; the usage printed next is clearer.
    const message = (err instanceof Error ? err.message : String(err)).replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(/[.!?]$/.test(message) ? message : `${message}.`);
  }
}
