/**
 * @module
 * The `dateline` program: picks the command, prints help, and turns errors into exit codes
 * (1 for a failure, 2 for a command line it cannot act on).
 */
import { ConfigError } from '../env.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './args.ts';
import { operationalMessage } from './error-message.ts';
import * as enrichCommand from './enrich.ts';
import * as exportCommand from './export.ts';
import * as importCommand from './import.ts';
import type { CliIo } from './io.ts';
import * as migrateCommand from './migrate.ts';
import * as serveCommand from './serve.ts';
import * as tokenCommand from './token.ts';

interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  serve: { ...serveCommand, run: serveCommand.runServe },
  import: { ...importCommand, run: importCommand.runImport },
  export: { ...exportCommand, run: exportCommand.runExport },
  migrate: { ...migrateCommand, run: migrateCommand.runMigrate },
  enrich: { ...enrichCommand, run: enrichCommand.runEnrich },
  token: { ...tokenCommand, run: tokenCommand.runToken },
};

/** The program's help. */
export const programUsage = `Usage: dateline <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Run dateline <command> --help for a command's options.`;

/**
 * Runs the program with `args` (without node and the script path); resolves with the exit code.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), processIo());
 */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(programUsage);
    return EXIT_OK;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.err(name === undefined ? 'dateline: no command given.' : `dateline: unknown command "${name}".`);
    io.err(programUsage);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`dateline ${name}: ${err.message}`);
      io.err(command.usage);
      return EXIT_USAGE;
    }
    if (err instanceof ConfigError) {
      io.err(`dateline ${name}: ${err.message}`);
      return EXIT_FAILURE;
    }
    const line = operationalMessage(err, io.env);
    if (line !== null) {
      io.err(`dateline ${name}: ${line}`);
      return EXIT_FAILURE;
    }
    io.err(`dateline ${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return EXIT_FAILURE;
  }
}
