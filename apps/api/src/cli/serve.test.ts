/**
 * @module
 * Tests of `dateline serve` as a real process: samples loaded into an empty database, an import
 * from another process served at once, and a clean stop on SIGTERM.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MALFORMED_REQUESTS, rawRequest } from '@dateline/http/testing';
import { runChild, spawnCli, waitForLine } from '../testing/cli-process.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-serve-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dateline serve', () => {
  it('serves the samples, sees a concurrent import at once, and stops cleanly on SIGTERM', { timeout: 30_000 }, async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'api.db')}`, HOST: '127.0.0.1', PORT: '0' };
    const server = spawnCli(['serve', '--samples'], env);
    try {
      const [, url] = await waitForLine(server, /API listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      // Requests Node's parser refuses get a problem document, not a bare 400 or a reset.
      for (const { name, request, status } of MALFORMED_REQUESTS) {
        const answer = await rawRequest(url!, request);
        expect([name, answer.status, answer.headers['content-type'], answer.headers.connection, answer.error]).toEqual([
          name,
          status,
          'application/problem+json',
          'close',
          undefined,
        ]);
      }
      const before = (await (await fetch(`${url}/v1/articles`)).json()) as { total: number };
      expect(before.total).toBeGreaterThan(0);

      writeFileSync(join(dir, 'tram.txt'), 'Night tram trial extended\n\nThe late tram will run on Sundays too.\n');
      const imported = await runChild(['import', '--status', 'published', join(dir, 'tram.txt')], env);
      expect(imported.code).toBe(0);
      const res = await fetch(`${url}/v1/articles/night-tram-trial-extended`);
      expect(res.status).toBe(200);
      expect(((await (await fetch(`${url}/v1/articles`)).json()) as { total: number }).total).toBe(before.total + 1);

      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      expect((await exited)[0]).toBe(0);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });

  it('does not load the samples into a database that has articles', { timeout: 30_000 }, async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'api.db')}`, PORT: '0' };
    writeFileSync(join(dir, 'one.txt'), 'Only story\n\nJust this one.\n');
    expect((await runChild(['import', '--status', 'published', join(dir, 'one.txt')], env)).code).toBe(0);
    const server = spawnCli(['serve', '--samples'], env);
    try {
      const [, url] = await waitForLine(server, /API listening on (\S+)\n/);
      expect(((await (await fetch(`${url}/v1/articles`)).json()) as { total: number }).total).toBe(1);
    } finally {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });
});
