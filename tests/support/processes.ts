/**
 * @module
 * Starts the real API and site as child processes on free loopback ports, the way `npm start`
 * does, and stops them after the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cliEntry, deskEntry, repoRoot, siteEntry } from './paths.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function waitForOk(url: string, child: ChildProcess, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before ${url} answered`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
      lastError = new Error(`status ${res.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${seconds} s: ${String(lastError)}`);
}

export interface Running {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

function launch(args: string[], env: Record<string, string>, port: number): Running {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => log,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** The API (`dateline serve`) on a database of the caller's choosing, with more settings in `env`. */
export async function startApi(
  databaseUrl: string,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
  port?: number,
): Promise<Running> {
  const api = launch([cliEntry, 'serve', ...extraArgs], { ...env, DATABASE_URL: databaseUrl }, port ?? (await freePort()));
  await waitForOk(`${api.url}/healthz`, api.child);
  return api;
}

/** How to start the site beyond its API: more settings, and `siteUrl` to set SITE_URL to its own address. */
export interface SiteOptions {
  env?: Record<string, string>;
  siteUrl?: boolean;
  /** A port chosen beforehand (a proxy already points at it); else a free one. */
  port?: number;
}

/** The built site, reading from the given API. */
export async function startSite(apiUrl: string, options: SiteOptions = {}): Promise<Running> {
  const port = options.port ?? (await freePort());
  const own: Record<string, string> = options.siteUrl ? { SITE_URL: `http://127.0.0.1:${port}` } : {};
  const site = launch([siteEntry], { ...options.env, ...own, API_URL: apiUrl }, port);
  await waitForOk(`${site.url}/`, site.child);
  return site;
}

/**
 * The built desk on `port`, reading from the given API, or null when this checkout has no built
 * desk (it lives in `apps/desk`, served under `/desk`).
 */
export async function startDesk(apiUrl: string, port: number): Promise<Running | null> {
  if (!existsSync(deskEntry) || !existsSync(join(repoRoot, 'apps/desk/dist'))) return null;
  const desk = launch([deskEntry], { API_URL: apiUrl, DESK_PORT: String(port) }, port);
  await waitForOk(`${desk.url}/desk/sign-in`, desk.child);
  return desk;
}

/** The built desk, forwarding /v1 to the given API, with more settings in `env` (DESK_PORT, else a free port). */
export async function launchDesk(apiUrl: string, env: Record<string, string> = {}): Promise<Running> {
  const port = env.DESK_PORT ? Number(env.DESK_PORT) : await freePort();
  const desk = launch([deskEntry], { ...env, API_URL: apiUrl, DESK_PORT: String(port) }, port);
  await waitForOk(`${desk.url}/desk/sign-in`, desk.child);
  return desk;
}

/** Runs the CLI to completion and returns its exit code and output. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cliEntry, ...args], { cwd: repoRoot, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => done({ code: code ?? 1, output }));
  });
}
