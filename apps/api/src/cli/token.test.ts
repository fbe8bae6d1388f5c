/**
 * @module
 * Tests of `dateline token`: the secret printed once and accepted by the API, the listing, and
 * revocation by id or name, on a real SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { hashSecret } from '../services/tokens.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { runInProcess } from '../testing/cli-process.ts';

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-token-'));
  env = { DATABASE_URL: 'sqlite:tokens.db' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const token = (...args: string[]) => runInProcess(['token', ...args], env, dir);

/** The status of an article listing requested with the given secret: 200 when accepted, 401 when not. */
async function statusWith(secret: string): Promise<number> {
  const store = openSqliteStore(join(dir, 'tokens.db'));
  try {
    const res = await createApp({ store }).request('/v1/articles', { headers: { Authorization: `Bearer ${secret}` } });
    return res.status;
  } finally {
    await store.close();
  }
}

describe('dateline token', () => {
  it('prints a new secret once, stores only its hash, and the API accepts it', async () => {
    const created = await token('create', '--name', 'newsdesk', '--role', 'editor');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^dl_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/^Created editor token "newsdesk" \(id [0-9a-f-]{36}\)\. It is shown only this once:$/);

    const listed = await token('list', '--json');
    const [row] = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(row).toMatchObject({ name: 'newsdesk', role: 'editor', lastUsedAt: null, revokedAt: null });
    expect(listed.stdout).not.toContain(created.stdout);
    expect(listed.stdout).not.toContain(hashSecret(created.stdout));

    expect(await statusWith(created.stdout)).toBe(200);
    expect(JSON.parse((await token('list', '--json')).stdout)[0].lastUsedAt).toEqual(expect.any(String));
  });

  it('creates a token that expires with --expires, and refuses a bad or past expiry', async () => {
    const created = await token('create', '--name', 'contractor', '--role', 'editor', '--expires', '90d');
    expect(created.code).toBe(0);
    expect(created.stderr).toMatch(/expiring at \d{4}-\d{2}-\d{2}T/);
    const [row] = JSON.parse((await token('list', '--json')).stdout) as { expiresAt: string; createdAt: string }[];
    expect(Date.parse(row!.expiresAt) - Date.parse(row!.createdAt)).toBe(90 * 86_400_000);
    expect(await statusWith(created.stdout)).toBe(200);
    const bad = await token('create', '--name', 'x', '--role', 'editor', '--expires', 'soon');
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([
      2,
      'dateline token: --expires must be a duration such as 90d, 12h or 2w, or a date such as 2027-01-31.',
    ]);
    const past = await token('create', '--name', 'x', '--role', 'editor', '--expires', '2001-01-01');
    expect(past.code).toBe(2);
  });

  it('lists tokens as a table', async () => {
    await token('create', '--name', 'newsdesk', '--role', 'editor');
    await token('create', '--name', 'night moderator', '--role', 'moderator');
    const { stdout } = await token('list');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^ID +NAME +ROLE +CREATED +LAST USED +REVOKED +EXPIRES$/);
    expect(lines.slice(1).map((l) => l.split(/ {2,}/).slice(1, 3))).toEqual([
      ['newsdesk', 'editor'],
      ['night moderator', 'moderator'],
    ]);
    expect(lines[1]).toMatch(/ \d{4}-\d\d-\d\d \d\d:\d\dZ +- +- +-$/);
  });

  it('revokes by name or id; a revoked token is refused and its name can be reused', async () => {
    const first = (await token('create', '--name', 'desk', '--role', 'admin')).stdout;
    expect(await token('create', '--name', 'desk', '--role', 'editor')).toMatchObject({
      code: 1,
      stderr: 'dateline token create: A token named "desk" already exists; revoke it first or choose another name.',
    });
    const revoked = await token('revoke', 'desk');
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/^Revoked admin token "desk" \(id [0-9a-f-]{36}\) at \d{4}-.+Z\.$/);
    expect(await statusWith(first)).toBe(401);

    const second = (await token('create', '--name', 'desk', '--role', 'editor')).stdout;
    const id = (JSON.parse((await token('list', '--json')).stdout) as { id: string; revokedAt: string | null }[]).find(
      (t) => t.revokedAt === null,
    )!.id;
    expect((await token('revoke', id)).code).toBe(0);
    expect(await statusWith(second)).toBe(401);
    expect(await token('revoke', 'desk')).toMatchObject({
      code: 1,
      stderr: 'dateline token revoke: no token has the id or name "desk" (see dateline token list).',
    });
  });

  it.each([
    [['create', '--role', 'editor'], '--name is required.'],
    [['create', '--name', 'x', '--role', 'owner'], '--role must be one of editor, moderator, admin, contributor.'],
    [
      ['create', '--name', '\u001b[31mred', '--role', 'editor'],
      '--name must be 1 to 80 letters, digits, spaces or . _ @ -, starting with a letter or digit.',
    ],
    [['revoke'], 'Give exactly one token id or name to revoke.'],
    [['rotate'], 'Unknown token command "rotate"; use create, list or revoke.'],
    [[], 'Say what to do: create, list or revoke.'],
  ])('rejects token %j with exit 2', async (args, message) => {
    const run = await token(...args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`dateline token: ${message}`);
  });
});
