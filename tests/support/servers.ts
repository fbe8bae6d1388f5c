/**
 * @module
 * Starting the API and the site on a port the test chooses, so one can be stopped and started
 * again where its clients expect it, and a site can be started in front of an API that is down.
 * (For the usual case, see `processes.ts`.)
 */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { cliEntry, repoRoot, siteEntry } from './paths.ts';
import { waitForOk, type Running } from './processes.ts';

/** A server process on `port`, its output kept for failure messages. */
function spawnServer(args: string[], port: number, env: Record<string, string>): Running {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => log,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** `dateline serve` on `port`, once `/healthz` answers. */
export async function startApiAt(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<Running> {
  const api = spawnServer([cliEntry, 'serve', ...args], port, { ...env, DATABASE_URL: databaseUrl });
  await waitForOk(`${api.url}/healthz`, api.child);
  return api;
}

/**
 * The built site on `port`, once it accepts connections: no page is asked for, since its API may
 * be down or stalled on purpose.
 */
export async function startSiteAt(port: number, apiUrl: string, env: Record<string, string> = {}): Promise<Running> {
  const site = spawnServer([siteEntry], port, { ...env, API_URL: apiUrl });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (site.child.exitCode !== null) throw new Error(`the site exited with ${site.child.exitCode}: ${site.output()}`);
    if (await accepts(port)) return site;
    await new Promise((r) => setTimeout(r, 200));
  }
  await site.stop();
  throw new Error(`the site did not listen within 30 s: ${site.output()}`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
