/**
 * @module
 * Test of `dateline serve` behind a log reader that falls behind: with its standard output a
 * pipe nobody reads, the server keeps answering, keeps a bounded amount of unread log (lines past
 * it are dropped and counted, not held in memory), says how many it dropped once the reader is
 * back, and still stops on SIGTERM within seconds.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnCli, waitForLine } from '../testing/cli-process.ts';

/** Requests sent while nobody reads the log, each logging a line of about 4 KB: 8 MB in all. */
const REQUESTS = 2_000;
/** A path of 4,000 characters: a 404, logged with its path, so a few hundred fill any buffer. */
const LONG_PATH = `/no-such-page-${'x'.repeat(4_000)}`;
/** How long a /healthz answer may take while the log reader is away. */
const PROBE_LIMIT_MS = 1_000;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-serve-logging-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Sends `count` GETs of `url`, `concurrency` at a time; resolves with how many were answered. */
async function load(url: string, count: number, concurrency: number, signal: AbortSignal): Promise<number> {
  let sent = 0;
  let answered = 0;
  const worker = async () => {
    while (sent < count && !signal.aborted) {
      sent++;
      const res = await fetch(url, { signal }).catch(() => undefined);
      if (res) {
        await res.arrayBuffer();
        answered++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return answered;
}

/** Starts `dateline serve` on a new database; resolves with it and its address once it listens. */
async function startServer(): Promise<{ server: ChildProcess; base: string }> {
  const env = { DATABASE_URL: `sqlite:${join(dir, 'api.db')}`, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'debug' };
  const server = spawnCli(['serve'], env);
  const [, base] = await waitForLine(server, /API listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
  return { server, base: base! };
}

/** Resolves with what `server` writes to standard output from now until `pattern` shows in it or `ms` pass. */
async function readUntil(server: ChildProcess, pattern: RegExp, ms: number): Promise<string> {
  let log = '';
  const onData = (d: Buffer) => (log += d.toString());
  server.stdout?.on('data', onData);
  server.stdout?.resume();
  const until = performance.now() + ms;
  while (!pattern.test(log) && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  server.stdout?.off('data', onData);
  return log;
}

describe('dateline serve with a log reader that stops reading', () => {
  it('keeps answering, then says how many lines it dropped once read again', { timeout: 60_000 }, async () => {
    const { server, base } = await startServer();
    try {
      // The reader falls behind: nothing more is read from the server's standard output.
      server.stdout?.pause();
      const probes: number[] = [];
      const giveUp = AbortSignal.timeout(40_000);
      const loaded = load(`${base}${LONG_PATH}`, REQUESTS, 8, giveUp);
      let loading = true;
      void loaded.finally(() => (loading = false));
      while (loading && !giveUp.aborted) {
        const started = performance.now();
        const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(PROBE_LIMIT_MS) }).catch((err: Error) => err);
        probes.push(performance.now() - started);
        expect(res instanceof Response ? res.status : res.name, `probe ${probes.length}`).toBe(200);
        await new Promise((r) => setTimeout(r, 20));
      }
      const sorted = probes.toSorted((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
      console.info(`/healthz with the log unread: ${probes.length} probes, median ${at(0.5)} ms, max ${at(1)} ms`);
      expect(await loaded).toBe(REQUESTS);
      expect(Math.max(...probes)).toBeLessThan(PROBE_LIMIT_MS);

      // The reader is back: every line it missed is counted, none lost without a word.
      const log = await readUntil(server, /log lines dropped count=\d+\n/, 10_000);
      const dropped = Number(/log lines dropped count=(\d+)\n/.exec(log)?.[1] ?? 0);
      const received = log.split('\n').filter((line) => line.startsWith('request method=GET path=/')).length;
      console.info(`after the reader came back: ${received} request lines read, ${dropped} reported dropped`);
      expect(dropped).toBeGreaterThan(0);
      // At least: the count may include lines of other kinds (debug notes of a busy machine).
      expect(received + dropped).toBeGreaterThanOrEqual(REQUESTS + probes.length);
      expect(dropped).toBeLessThan(REQUESTS);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);

      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      expect((await exited)[0]).toBe(0);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });

  it('stops on SIGTERM within seconds while its log is still unread', { timeout: 30_000 }, async () => {
    const { server, base } = await startServer();
    try {
      server.stdout?.pause();
      // More log than the pipe holds, still waiting for the reader when the stop comes.
      expect(await load(`${base}${LONG_PATH}`, 500, 4, AbortSignal.timeout(20_000))).toBe(500);
      const exited = once(server, 'exit');
      const started = performance.now();
      server.kill('SIGTERM');
      const stopped = await Promise.race([exited, new Promise((r) => setTimeout(() => r(['still running']), 8_000))]);
      expect(stopped).toEqual([0, null]);
      expect(performance.now() - started).toBeLessThan(8_000);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });
});
