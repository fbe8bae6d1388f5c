/**
 * @module
 * `dateline token create|list|revoke`: API tokens for editors, moderators and admins. A new
 * token's secret is printed once, alone on stdout (so `TOKEN=$(dateline token create …)` works);
 * only its hash is stored.
 */
import { TOKEN_ROLES, TokenNameTakenError, type Store } from '../store/store.ts';
import { createToken, isTokenRole, listTokens, revokeToken } from '../services/tokens.ts';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs, UsageError } from './args.ts';
import type { CliIo } from './io.ts';
import { openStoreFromEnv } from './store-from-env.ts';
import { formatTokenTable } from './token-table.ts';
import { SUMMARIES } from './summaries.ts';

const summary = SUMMARIES.token;

export const usage = `Usage: dateline token create --name <name> --role ${TOKEN_ROLES.join('|')} [--expires <90d|12h|2w|date>]
       dateline token list [--json]
       dateline token revoke <id or name>

${summary}. Requests send a token as "Authorization: Bearer <token>".
Roles: editor (write articles, read drafts), moderator (moderate comments),
admin (both). The token is printed once, when it is created; only a hash of it
is stored, so a lost token cannot be recovered: revoke it and create another.
--expires makes a token stop working after a while (days, hours or weeks from
now) or at a date (2027-01-31 or an ISO 8601 time); it never expires without it.`;

const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * When a token given `--expires value` at `now` expires: `90d`, `12h`, `2w` from now, or a date or
 * ISO 8601 time in the future. Throws `UsageError` for anything else.
 *
 * @example
 * expiryOf('90d', new Date('2026-05-08T12:00:00Z')); // 2026-08-06T12:00:00.000Z
 */
function expiryOf(value: string, now: Date): Date {
  const text = value.trim().toLowerCase();
  const relative = /^(\d{1,5})([hdw])$/.exec(text);
  const at = relative
    ? new Date(now.getTime() + Number(relative[1]) * UNIT_MS[relative[2]!]!)
    : /^\d{4}-\d{2}-\d{2}(?:t[\d:.]+(?:z|[+-]\d{2}:\d{2}))?$/.test(text)
      ? new Date(value.trim())
      : new Date(Number.NaN);
  if (Number.isNaN(at.getTime()))
    throw new UsageError('--expires must be a duration such as 90d, 12h or 2w, or a date such as 2027-01-31.');
  if (at.getTime() <= now.getTime()) throw new UsageError('--expires must be in the future.');
  return at;
}

/** Names appear in listings and error messages; keep them short and printable. */
const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,79}$/u;

/**
 * Runs `token <subcommand>`; resolves with the exit code.
 *
 * @example
 * process.exitCode = await runToken(['create', '--name', 'newsdesk', '--role', 'editor'], processIo());
 */
export async function runToken(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    if (sub === undefined) throw new UsageError('Say what to do: create, list or revoke.');
    io.out(usage);
    return EXIT_OK;
  }
  const action = ACTIONS[sub];
  if (!action) throw new UsageError(`Unknown token command "${sub}"; use create, list or revoke.`);
  const run = action(rest, io);
  if (run === 'help') {
    io.out(usage);
    return EXIT_OK;
  }
  const { store } = await openStoreFromEnv(io);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Parses a subcommand's arguments (throwing `UsageError`) and returns what to do with the store. */
type Action = (args: string[], io: CliIo) => 'help' | ((store: Store) => Promise<number>);

const ACTIONS: Record<string, Action> = {
  create: (args, io) => {
    const { values } = parseCommandArgs(args, { name: { type: 'string' }, role: { type: 'string' }, expires: { type: 'string' } });
    if (values.help) return 'help';
    // Checked now, so a bad value is a usage error; counted from the token's creation below.
    if (values.expires !== undefined) expiryOf(values.expires, new Date());
    const expires = values.expires;
    const name = values.name?.trim();
    const role = values.role?.trim().toLowerCase();
    if (!name) throw new UsageError('--name is required.');
    if (!NAME_PATTERN.test(name))
      throw new UsageError('--name must be 1 to 80 letters, digits, spaces or . _ @ -, starting with a letter or digit.');
    if (!role) throw new UsageError('--role is required.');
    if (!isTokenRole(role)) throw new UsageError(`--role must be one of ${TOKEN_ROLES.join(', ')}.`);
    return async (store) => {
      try {
        const now = new Date();
        const expiresAt = expires === undefined ? undefined : expiryOf(expires, now);
        const { token, secret } = await createToken(store, { name, role, expiresAt }, now);
        const until = token.expiresAt === null ? '' : `, expiring at ${token.expiresAt}`;
        io.err(`Created ${token.role} token "${token.name}" (id ${token.id}${until}). It is shown only this once:`);
        io.out(secret);
        return EXIT_OK;
      } catch (err) {
        if (!(err instanceof TokenNameTakenError)) throw err;
        io.err(`dateline token create: ${err.message}`);
        return EXIT_FAILURE;
      }
    };
  },
  list: (args, io) => {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (values.help) return 'help';
    return async (store) => {
      const tokens = await listTokens(store);
      if (values.json) io.out(JSON.stringify(tokens, null, 2));
      else if (tokens.length === 0) io.out('No tokens yet. Create one with: dateline token create --name <name> --role editor');
      else io.out(formatTokenTable(tokens));
      return EXIT_OK;
    };
  },
  revoke: (args, io) => {
    const { values, positionals } = parseCommandArgs(args, {}, true);
    if (values.help) return 'help';
    if (positionals.length !== 1) throw new UsageError('Give exactly one token id or name to revoke.');
    const target = positionals[0]!;
    return async (store) => {
      const token = await revokeToken(store, target);
      if (!token) {
        io.err(`dateline token revoke: no token has the id or name "${target}" (see dateline token list).`);
        return EXIT_FAILURE;
      }
      io.out(`Revoked ${token.role} token "${token.name}" (id ${token.id}) at ${token.revokedAt}.`);
      return EXIT_OK;
    };
  },
};
