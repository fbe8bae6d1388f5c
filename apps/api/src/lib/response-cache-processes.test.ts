/**
 * @module
 * The response cache across real processes, on each database: two `dateline serve` processes on
 * one SQLite file or one PostgreSQL schema; what one has cached gives way at once to a write
 * made through the other.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, spawnCli, waitForLine } from '../testing/cli-process.ts';
import { save, story } from '../testing/fixtures.ts';
import { STORE_KINDS, storeHarness } from '../testing/store-harness.ts';

for (const kind of STORE_KINDS) {
  describe(`the response cache of two API processes (${kind})`, () => {
    const harness = storeHarness(kind);
    const servers: ChildProcess[] = [];
    beforeAll(() => harness.setup());
    afterEach(async () => {
      for (const server of servers.splice(0)) {
        const exited = once(server, 'exit');
        server.kill('SIGKILL');
        await exited;
      }
      await harness.cleanup();
    });
    afterAll(() => harness.teardown());

    it('drops in one process what a write through the other changed, on the next request', { timeout: 60_000 }, async () => {
      const db = await harness.fresh();
      const store = await db.openMigrated();
      await save(store, story(1, { slug: 'ferry', headline: 'Ferry timetable' }));
      await save(store, story(2, { slug: 'pier' }));
      const env = { DATABASE_URL: db.url, HOST: '127.0.0.1', PORT: '0', ENRICH: 'off' };
      const secret = (await runInProcess(['token', 'create', '--name', 'desk', '--role', 'editor'], env, process.cwd())).stdout.trim();
      const [reader, writer] = await Promise.all(
        [1, 2].map(async () => {
          const server = spawnCli(['serve'], env);
          servers.push(server);
          return (await waitForLine(server, /API listening on (http:\/\/127\.0\.0\.1:\d+)\n/))[1]!;
        }),
      );
      const read = async (path: string) => {
        const res = await fetch(`${reader}${path}`);
        return { status: res.status, body: (await res.json()) as { headline?: string; total?: number } };
      };
      // Asked twice, so the second answer comes from the reader's cache.
      for (let i = 0; i < 2; i += 1) {
        expect((await read('/v1/articles/ferry')).body.headline).toBe('Ferry timetable');
        expect((await read('/v1/articles')).body.total).toBe(2);
      }
      const write = (path: string, init: RequestInit) =>
        fetch(`${writer}${path}`, {
          ...init,
          headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/merge-patch+json', ...init.headers },
        });
      expect(
        (await write('/v1/articles/ferry', { method: 'PATCH', body: JSON.stringify({ headline: 'Ferry timetable changes' }) })).status,
      ).toBe(200);
      expect((await read('/v1/articles/ferry')).body.headline).toBe('Ferry timetable changes');
      expect((await write('/v1/articles/pier', { method: 'DELETE' })).status).toBe(204);
      expect((await read('/v1/articles/pier')).status).toBe(404);
      expect((await read('/v1/articles')).body.total).toBe(1);
    });
  });
}
