/**
 * @module
 * Tests of `dateline user` (setup and reset links printed once and accepted by the API, accounts
 * with a password, the listing, one-line errors) and of the setup link `dateline serve` prints on
 * a database without an admin, on real SQLite files.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { TEST_PASSWORD } from '../testing/accounts.ts';
import { runInProcess, spawnCli, waitForLine } from '../testing/cli-process.ts';

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-user-'));
  env = { DATABASE_URL: 'sqlite:users.db', DESK_URL: 'https://news.example.org/' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const user = (...args: string[]) => runInProcess(['user', ...args], env, dir);
const LINK = /^https:\/\/news\.example\.org\/desk\/setup\/([\w-]{43})$/;

/** The API's answer to `method path` with `body`, over the CLI's database. */
async function api(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: unknown }> {
  const store = openSqliteStore(join(dir, 'users.db'));
  try {
    const res = await createApp({ store }).request(path, {
      method: init.method ?? 'GET',
      ...(init.body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body) }),
    });
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  } finally {
    await store.close();
  }
}

describe('dateline user create', () => {
  it('prints a one-time setup link for the address and role, which the API accepts once', async () => {
    const created = await user('create', '--role', 'admin', '--email', 'Ana@Example.org', '--name', 'Ana Lima');
    expect(created.code).toBe(0);
    const [, token] = LINK.exec(created.stdout)!;
    expect(created.stderr).toMatch(/^Open this link to set up the admin account ana@example\.org; it works once, until \S+Z:$/);
    expect(await api(`/v1/auth/setup/${token}`)).toEqual({
      status: 200,
      body: { kind: 'setup', email: 'ana@example.org', name: 'Ana Lima', role: 'admin' },
    });
    const setup = { token, name: 'Ana Lima', email: 'ana@example.org', password: TEST_PASSWORD };
    expect((await api('/v1/auth/setup', { method: 'POST', body: setup })).status).toBe(201);
    expect((await api('/v1/auth/setup', { method: 'POST', body: setup })).status).toBe(410);
    const listed = await user('list');
    expect(listed.stdout.split('\n')[0]).toMatch(/^ID +EMAIL +NAME +ROLE +ACTIVE +CREATED +LAST SEEN$/);
    expect(listed.stdout.split('\n')[1]!.split(/ {2,}/).slice(1, 5)).toEqual(['ana@example.org', 'Ana Lima', 'admin', 'yes']);
  });

  it('creates a ready account with --password, and refuses a second account for the address', async () => {
    const created = await user('create', '--role', 'editor', '--email', 'ed@example.org', '--password', TEST_PASSWORD);
    expect([created.code, created.stdout]).toEqual([
      0,
      expect.stringMatching(/^Created editor account ed@example\.org \(id [0-9a-f-]{36}\)\.$/),
    ]);
    const signIn = await api('/v1/auth/sign-in', { method: 'POST', body: { email: 'ed@example.org', password: TEST_PASSWORD } });
    expect([signIn.status, (signIn.body as { user: { name: string } }).user.name]).toEqual([200, 'ed']);
    const again = await user('create', '--role', 'admin', '--email', 'ED@example.org');
    expect([again.code, again.stdout, again.stderr]).toEqual([
      1,
      '',
      'dateline user create: An account with the e-mail address ed@example.org already exists.',
    ]);
    expect(JSON.parse((await user('list', '--json')).stdout)).toEqual([
      expect.objectContaining({ email: 'ed@example.org', role: 'editor', active: true }),
    ]);
  });

  it('says in one line what is wrong with the command line', async () => {
    const cases = [
      [['create', '--email', 'ana@example.org'], 'dateline user: --role is required.'],
      [['create', '--email', 'ana', '--role', 'admin'], 'dateline user: --email "ana" is not an e-mail address.'],
      [
        ['create', '--email', 'ana@example.org', '--role', 'owner'],
        'dateline user: --role must be one of editor, moderator, admin, contributor.',
      ],
      [
        ['create', '--email', 'ana@example.org', '--role', 'admin', '--password', 'short'],
        'dateline user: --password must be 10 to 200 characters.',
      ],
      [['reset-password'], 'dateline user: Give exactly one e-mail address.'],
      [['rename'], 'dateline user: Unknown user command "rename"; use create, reset-password or list.'],
    ] as const;
    for (const [args, line] of cases) {
      const run = await user(...args);
      expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, line]);
    }
  });
});

describe('dateline user reset-password', () => {
  it('prints a one-time reset link for an account, and fails in one line for an unknown address', async () => {
    await user('create', '--role', 'editor', '--email', 'ed@example.org', '--password', TEST_PASSWORD);
    const reset = await user('reset-password', 'Ed@example.org');
    expect(reset.code).toBe(0);
    const [, token] = LINK.exec(reset.stdout)!;
    expect(await api(`/v1/auth/setup/${token}`)).toEqual({ status: 200, body: { kind: 'reset', email: 'ed@example.org', role: 'editor' } });
    expect((await api('/v1/auth/setup', { method: 'POST', body: { token, password: 'a new passphrase' } })).status).toBe(201);
    expect(
      (await api('/v1/auth/sign-in', { method: 'POST', body: { email: 'ed@example.org', password: 'a new passphrase' } })).status,
    ).toBe(200);
    const unknown = await user('reset-password', 'nobody@example.org');
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([
      1,
      '',
      'dateline user reset-password: no active account has the e-mail address nobody@example.org (see dateline user list).',
    ]);
  });

  it('lists nobody on a new database, with the command to create the first admin', async () => {
    expect((await user('list')).stdout).toBe(
      'No accounts yet. Create the first admin with: dateline user create --role admin --email <address>',
    );
  });
});

describe('dateline serve', () => {
  it('prints a setup link while there is no admin, and none once there is', { timeout: 60_000 }, async () => {
    const serveEnv = {
      DATABASE_URL: `sqlite:${join(dir, 'users.db')}`,
      HOST: '127.0.0.1',
      PORT: '0',
      DESK_URL: 'https://news.example.org',
      ENRICH: 'off',
    };
    const first = spawnCli(['serve'], serveEnv);
    try {
      const [, token, url] = await waitForLine(
        first,
        /No admin account yet\. Set one up \(this link works once, for 24 hours\): https:\/\/news\.example\.org\/desk\/setup\/([\w-]{43})\n[\s\S]*API listening on (\S+)\n/,
      );
      const res = await fetch(`${url}/v1/auth/setup/${token}`);
      expect([res.status, await res.json()]).toEqual([200, { kind: 'setup', role: 'admin' }]);
    } finally {
      first.kill('SIGTERM');
      await once(first, 'exit');
    }
    expect((await user('create', '--role', 'admin', '--email', 'ana@example.org', '--password', TEST_PASSWORD)).code).toBe(0);
    const second = spawnCli(['serve'], serveEnv);
    try {
      const [before] = await waitForLine(second, /[\s\S]*API listening on \S+\n/);
      expect(before).not.toContain('No admin account yet');
    } finally {
      second.kill('SIGTERM');
      await once(second, 'exit');
    }
  });
});
