/**
 * @module
 * The `dateline` program: picks the command, prints help, and turns errors into exit codes
 * (1 for a failure, 2 for a command line it cannot act on).
 */
import { ConfigError } from '../env.ts';
import { BackupError } from '../store/backup/backup-error.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './args.ts';
import { operationalMessage } from './error-message.ts';
import type { CliIo } from './io.ts';
import { SUMMARIES, type CommandName } from './summaries.ts';

interface Command {
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

// Loaded when run: `--help` and the light commands (token, user, migrate) start without the article
// model's importers and entity finder, which only serve, import, export and enrich need.
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  serve: async () => {
    const c = await import('./serve.ts');
    return { usage: c.usage, run: c.runServe };
  },
  import: async () => {
    const c = await import('./import.ts');
    return { usage: c.usage, run: c.runImport };
  },
  export: async () => {
    const c = await import('./export.ts');
    return { usage: c.usage, run: c.runExport };
  },
  backup: async () => {
    const c = await import('./backup.ts');
    return { usage: c.usage, run: c.runBackup };
  },
  restore: async () => {
    const c = await import('./restore.ts');
    return { usage: c.usage, run: c.runRestore };
  },
  migrate: async () => {
    const c = await import('./migrate.ts');
    return { usage: c.usage, run: c.runMigrate };
  },
  enrich: async () => {
    const c = await import('./enrich.ts');
    return { usage: c.usage, run: c.runEnrich };
  },
  token: async () => {
    const c = await import('./token.ts');
    return { usage: c.usage, run: c.runToken };
  },
  user: async () => {
    const c = await import('./user.ts');
    return { usage: c.usage, run: c.runUser };
  },
};

const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMANDS, name);

/** The program's help. */
const programUsage = `Usage: dateline <command> [options]

Commands:
${Object.entries(SUMMARIES)
  .map(([name, summary]) => `  ${name.padEnd(9)} ${summary}`)
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
  if (!isCommand(name)) {
    io.err(name === undefined ? 'dateline: no command given.' : `dateline: unknown command "${name}".`);
    io.err(programUsage);
    return EXIT_USAGE;
  }
  const command = await COMMANDS[name]();
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`dateline ${name}: ${err.message}`);
      io.err(command.usage);
      return EXIT_USAGE;
    }
    if (err instanceof ConfigError || err instanceof BackupError) {
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
