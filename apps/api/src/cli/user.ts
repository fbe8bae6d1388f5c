/**
 * @module
 * `dateline user create|reset-password|list`: people's accounts for the desk. The system sends no
 * e-mail: `create` and `reset-password` print a one-time link (alone on stdout, so
 * `LINK=$(dateline user create …)` works) for the person to open in a browser.
 */
import { z } from 'zod';
import { createLink } from '../services/accounts/links.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../services/accounts/passwords.ts';
import { createPerson, resetLink } from '../services/accounts/people.ts';
import { EmailTakenError, ROLES, type Role, type Store } from '../store/store.ts';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs, UsageError } from './args.ts';
import type { CliIo } from './io.ts';
import { openStoreFromEnv } from './store-from-env.ts';
import { SUMMARIES } from './summaries.ts';
import { formatUserTable } from './user-table.ts';

const summary = SUMMARIES.user;

export const usage = `Usage: dateline user create --email <address> --role ${ROLES.join('|')} [--name <name>] [--password <password>]
       dateline user reset-password <email>
       dateline user list [--json]

${summary}. Roles: admin (everything, manages people), editor (writes and
publishes anything), contributor (writes its own drafts, submits them for review),
moderator (comments only).

create prints a one-time setup link, valid 24 hours, where the person chooses their
name and password; with --password the account is ready at once instead.
reset-password prints a one-time link, valid 1 hour, to choose a new password.
Links start with DESK_URL (default http://127.0.0.1:4322).`;

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
const isEmail = (value: string) => z.email().safeParse(value).success;

/**
 * Runs `user <subcommand>`; resolves with the exit code.
 *
 * @example
 * process.exitCode = await runUser(['create', '--email', 'ana@example.org', '--role', 'admin'], processIo());
 */
export async function runUser(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    if (sub === undefined) throw new UsageError('Say what to do: create, reset-password or list.');
    io.out(usage);
    return EXIT_OK;
  }
  const action = ACTIONS[sub];
  if (!action) throw new UsageError(`Unknown user command "${sub}"; use create, reset-password or list.`);
  const run = action(rest, io);
  if (run === 'help') {
    io.out(usage);
    return EXIT_OK;
  }
  const { store, config } = await openStoreFromEnv(io);
  try {
    return await run(store, config.accounts.deskUrl);
  } finally {
    await store.close();
  }
}

/** Parses a subcommand's arguments (throwing `UsageError`) and returns what to do with the store. */
type Action = (args: string[], io: CliIo) => 'help' | ((store: Store, deskUrl: string) => Promise<number>);

const ACTIONS: Record<string, Action> = {
  create: (args, io) => {
    const { values } = parseCommandArgs(args, {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
    });
    if (values.help) return 'help';
    const email = values.email?.trim().toLowerCase();
    const role = values.role?.trim().toLowerCase();
    const name = values.name?.trim();
    const password = values.password;
    if (!email) throw new UsageError('--email is required.');
    if (!isEmail(email)) throw new UsageError(`--email "${values.email}" is not an e-mail address.`);
    if (!role) throw new UsageError('--role is required.');
    if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}.`);
    if (name !== undefined && (name === '' || name.length > 120)) throw new UsageError('--name must be 1 to 120 characters.');
    if (password !== undefined && (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)) {
      throw new UsageError(`--password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`);
    }
    return async (store, deskUrl) => {
      if (await store.findUserByEmail(email)) {
        io.err(`dateline user create: ${new EmailTakenError(email).message}`);
        return EXIT_FAILURE;
      }
      if (password !== undefined) {
        try {
          const user = await createPerson(store, { email, name: name ?? email.split('@')[0]!, role, password });
          io.out(`Created ${user.role} account ${user.email} (id ${user.id}).`);
          return EXIT_OK;
        } catch (err) {
          // Another process created the account between the check and the insert.
          if (!(err instanceof EmailTakenError)) throw err;
          io.err(`dateline user create: ${err.message}`);
          return EXIT_FAILURE;
        }
      }
      const link = await createLink(store, { kind: 'setup', role, email, name: name ?? null }, deskUrl);
      io.err(`Open this link to set up the ${role} account ${email}; it works once, until ${link.expiresAt}:`);
      io.out(link.url);
      return EXIT_OK;
    };
  },
  'reset-password': (args, io) => {
    const { values, positionals } = parseCommandArgs(args, {}, true);
    if (values.help) return 'help';
    if (positionals.length !== 1) throw new UsageError('Give exactly one e-mail address.');
    const email = positionals[0]!.trim();
    return async (store, deskUrl) => {
      const link = await resetLink(store, email, deskUrl);
      if (!link) {
        io.err(`dateline user reset-password: no active account has the e-mail address ${email.toLowerCase()} (see dateline user list).`);
        return EXIT_FAILURE;
      }
      io.err(`Open this link to choose a new password for ${email.toLowerCase()}; it works once, until ${link.expiresAt}:`);
      io.out(link.url);
      return EXIT_OK;
    };
  },
  list: (args, io) => {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (values.help) return 'help';
    return async (store) => {
      const users = await store.listUsers();
      if (values.json) io.out(JSON.stringify(users, null, 2));
      else if (users.length === 0)
        io.out('No accounts yet. Create the first admin with: dateline user create --role admin --email <address>');
      else io.out(formatUserTable(users));
      return EXIT_OK;
    };
  },
};
