/**
 * @module
 * Child processes for the page benchmark: the API, the site server and the ceiling, each on a
 * free loopback port, each stopped at the end; and the memory and CPU time of a process.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Child {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Runs `node <args>` with `env` and PORT set, and waits until `readyPath` answers 200.
 *
 * @example
 * const site = await launch(['apps/site/server.mjs'], { API_URL }, '/');
 */
export async function launch(args: string[], env: Record<string, string>, readyPath: string, cwd?: string): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let tries = 0; ; tries += 1) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}${readyPath}`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 300) {
      await stop();
      throw new Error(`${args.join(' ')} did not answer ${readyPath} within a minute`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, process: child, stop };
}

/**
 * Processes started together and stopped together at the end, the last started first (the site
 * before the API it renders from).
 *
 * @example
 * const group = processGroup();
 * try { const api = await group.start([cli, 'serve'], env, '/healthz'); } finally { await group.stopAll(); }
 */
export function processGroup(): { start: typeof launch; stopAll(): Promise<void> } {
  const children: Child[] = [];
  return {
    async start(...args) {
      const child = await launch(...args);
      children.push(child);
      return child;
    },
    async stopAll() {
      for (const child of children.toReversed()) await child.stop();
    },
  };
}

/** Runs `node <args>` to completion; throws with its output if it fails. */
export function runNode(args: string[], env: Record<string, string>, cwd?: string): string {
  return execFileSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' });
}

/** Resident set size of `pid` in MB (from /proc on Linux, `ps` elsewhere). */
export function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    if (kb) return kb / 1024;
  } catch {
    // not Linux
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

let ticksPerSecond: number | undefined;

/**
 * CPU time `pid` has used so far, in milliseconds (user and system), or null where /proc is
 * not available. Unlike throughput, CPU time per request hardly changes when other programs
 * share the machine.
 */
export function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}
