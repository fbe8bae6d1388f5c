/**
 * @module
 * Test of a graceful stop: a request still being uploaded when SIGTERM arrives is answered in
 * full, a new connection is refused meanwhile, and the process exits 0 once it is done.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { story } from '../testing/fixtures.ts';
import { runChild, spawnCli, waitForLine } from '../testing/cli-process.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-drain-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dateline serve on SIGTERM', () => {
  it('finishes the request in flight, refuses new ones, then exits 0', { timeout: 30_000 }, async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'api.db')}`, HOST: '127.0.0.1', PORT: '0' };
    const token = (await runChild(['token', 'create', '--name', 'drain', '--role', 'editor'], env)).stdout.trim();
    const server = spawnCli(['serve'], env);
    try {
      const [, port] = await waitForLine(server, /API listening on http:\/\/127\.0\.0\.1:(\d+)\n/);
      const body = JSON.stringify(story(1, { slug: 'slow-upload' }));
      const req = request({
        host: '127.0.0.1',
        port: Number(port),
        method: 'PUT',
        path: '/v1/articles/slow-upload',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      });
      const answered = once(req, 'response');
      // Half the body now: the request is in flight, its handler waiting for the rest.
      req.write(body.slice(0, 40));
      await new Promise((r) => setTimeout(r, 200));
      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      await waitForLine(server, /SIGTERM received, stopping\n/);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      req.end(body.slice(40));
      const [res] = (await answered) as [import('node:http').IncomingMessage];
      let text = '';
      for await (const chunk of res) text += chunk;
      expect([res.statusCode, JSON.parse(text).slug]).toEqual([201, 'slow-upload']);
      expect((await exited)[0]).toBe(0);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });
});
