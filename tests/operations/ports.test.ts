/**
 * @module
 * What a person sees when a port is taken: `npm start` (its start script) says which one in a
 * single line before starting anything, and the site and the API, started on their own, say so in
 * one line each rather than with a stack trace.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEntry, repoRoot, siteEntry } from '../support/paths.ts';
import { freePort } from '../support/processes.ts';

/** Runs node with `args` to its end, with `env` added, and returns its exit code and output. */
function runNode(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, HOST: '127.0.0.1', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const START = "import('./scripts/lib/start.mjs').then((m) => m.startAll(process.env)).then((code) => process.exit(code))";

describe('a port that is taken', () => {
  let taken: Server;
  let takenPort: number;

  beforeAll(async () => {
    takenPort = await freePort();
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(takenPort, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it("stops npm start before it starts anything, saying in one line that the API's port is taken", async () => {
    const run = await runNode(['-e', START], { API_PORT: String(takenPort), PORT: String(await freePort()) });
    expect(run.code).toBe(1);
    expect(run.output).toBe(
      `Cannot start: port ${takenPort} on 127.0.0.1 (the API) is taken by another program; stop what uses it, or set API_PORT to another port.\n`,
    );
  });

  it("stops npm start saying in one line that the site's port is taken", async () => {
    const run = await runNode(['-e', START], { API_PORT: String(await freePort()), PORT: String(takenPort) });
    expect(run.code).toBe(1);
    expect(run.output).toBe(
      `Cannot start: port ${takenPort} on 127.0.0.1 (the site) is taken by another program; stop what uses it, or set PORT to another port.\n`,
    );
  });

  it('makes the site say so in one line, with no stack trace', async () => {
    const run = await runNode([siteEntry], { PORT: String(takenPort), API_URL: 'http://127.0.0.1:9' });
    expect(run.code).toBe(1);
    expect(run.output).toBe(
      `Cannot listen on 127.0.0.1:${takenPort}: the address is in use (another program, or the site already running); stop it, or set HOST and PORT.\n`,
    );
  });

  it('makes the API say so in one line, with no stack trace', async () => {
    const run = await runNode([cliEntry, 'serve'], { PORT: String(takenPort), DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'error' });
    expect(run.code).toBe(1);
    expect(run.output).toBe(
      `Cannot listen on 127.0.0.1:${takenPort}: the address is in use (another program, or the API already running); stop it, or set HOST and PORT\n`,
    );
  });
});
