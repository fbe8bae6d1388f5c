/**
 * @module
 * A SQLite database whose write lock another process holds for a while (a long write, as a
 * maintenance script or a big import makes): the API keeps answering reads (WAL), and an import
 * started meanwhile waits its turn (busy timeout) and then succeeds, instead of failing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeInventedArticles } from '../support/invented-articles.ts';
import { cliEntry, repoRoot } from '../support/paths.ts';
import { startApi, type Running } from '../support/processes.ts';

/**
 * How long the lock is still held once the import has opened the database: time enough for it to
 * ask for the lock and wait, and short of its 5 s busy timeout, so waiting is enough.
 */
const HOLD_AFTER_OPEN_MS = 1500;

/** Whether process `pid` has `file` open (Linux: its descriptors are links in /proc). */
function hasOpen(pid: number, file: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

describe('a SQLite database locked by a long write in another process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-faults-'));
  const file = join(dir, 'dateline.db');
  let api: Running;
  let started: ChildProcess | undefined;
  let writer: DatabaseSync | undefined;

  beforeAll(async () => {
    // No background enrichment: the import must be the only writer waiting for the lock.
    api = await startApi(`sqlite:${file}`, ['--samples'], { ENRICH: 'off' });
  }, 60_000);

  afterAll(async () => {
    // A failed check must not leave the import running on into the next test.
    if (started?.exitCode === null && started.signalCode === null) started.kill('SIGKILL');
    if (writer?.isTransaction) writer.exec('ROLLBACK');
    writer?.close();
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  // The import's start-up takes seconds on a busy machine; only its open descriptors tell when it reaches the database.
  it.skipIf(!existsSync('/proc/self/fd'))(
    'keeps serving reads while the lock is held, and an import waits for it, then succeeds',
    async () => {
      const list = (await (await fetch(`${api.url}/v1/articles`)).json()) as { items: { slug: string }[]; total: number };
      writer = new DatabaseSync(file, { timeout: 1000 });
      writer.exec('BEGIN IMMEDIATE');
      // A real write to the table readers read, left uncommitted while the lock is held.
      writer.exec("UPDATE articles SET updated_at = updated_at || ''");

      // Answered while the lock is still held: the lock is released only after these return.
      const listing = await fetch(`${api.url}/v1/articles?limit=2`);
      expect(listing.status).toBe(200);
      expect(((await listing.json()) as { total: number }).total).toBe(list.total);
      expect((await fetch(`${api.url}/v1/articles/${list.items[0]!.slug}`)).status).toBe(200);
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);

      const [story] = writeInventedArticles(join(dir, 'wire'), 1, 'locked');
      const importing = spawn(process.execPath, [cliEntry, 'import', join(dir, 'wire')], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: `sqlite:${file}` },
      });
      started = importing;
      let output = '';
      importing.stdout.on('data', (d) => (output += d));
      importing.stderr.on('data', (d) => (output += d));
      const exited = new Promise<number | null>((resolve) => importing.once('exit', (code) => resolve(code)));
      const deadline = Date.now() + 30_000;
      while (!hasOpen(importing.pid!, file) && importing.exitCode === null && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, HOLD_AFTER_OPEN_MS));
      expect(importing.exitCode, `the import did not wait for the lock: ${output}`).toBeNull();
      writer.exec('COMMIT');

      expect(await exited, output).toBe(0);
      expect(output).toMatch(/1 created/);
      const stored = (await (await fetch(`${api.url}/v1/articles/${story!.slug}`)).json()) as { headline: string };
      expect(stored.headline).toBe(story!.headline);
    },
  );
});
