/**
 * @module
 * Test helpers for the CLI: running it in-process with captured output, or as a child process.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../cli/io.ts';
import { runCli } from '../cli/main.ts';
import { REPO_ROOT } from '../env.ts';

/** The CLI entry point. */
const CLI_PATH = fileURLToPath(new URL('../cli.ts', import.meta.url));

/**
 * The shared third-party test data folder (`SHARED_DIR`, else `../shared` beside the checkout),
 * or null when it is absent.
 */
export function sharedDir(): string | null {
  const dir = process.env.SHARED_DIR ?? resolve(REPO_ROOT, '..', 'shared');
  return existsSync(dir) ? dir : null;
}

/** The seed article, or null without the shared folder. */
export function seedArticlePath(): string | null {
  const dir = sharedDir();
  const path = dir && join(dir, 'seeds', '000_97e402c0209a3bde.txt');
  return path && existsSync(path) ? path : null;
}

/** What an in-process run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process with `env` as its whole environment.
 *
 * @example
 * const { code, stdout } = await runInProcess(['migrate'], { DATABASE_URL: 'sqlite::memory:' }, tmp);
 */
export async function runInProcess(args: string[], env: Record<string, string>, cwd: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env, cwd };
  const code = await runCli(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/**
 * Runs `node src/cli.ts …` to completion.
 *
 * @example
 * const { code } = await runChild(['import', 'story.txt'], { DATABASE_URL: 'sqlite:/tmp/x.db' });
 */
export function runChild(args: string[], env: Record<string, string>, cwd = REPO_ROOT): Promise<CliRun> {
  const child = spawnCli(args, env, cwd);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code: code ?? -1, stdout, stderr })));
}

/**
 * Starts `node src/cli.ts …` with the current PATH plus `env`; its output is piped unless `stdio`
 * says otherwise (a file, for a server whose every request is logged: see fuzz.test.ts).
 */
export function spawnCli(args: string[], env: Record<string, string>, cwd = REPO_ROOT, stdio: StdioOptions = 'pipe'): ChildProcess {
  return spawn(process.execPath, [CLI_PATH, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio });
}

/**
 * Resolves with the first stdout line matching `pattern` (rejects if the process exits first).
 *
 * @example
 * const line = await waitForLine(child, /API listening on (\S+)/);
 */
export function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolveLine, reject) => {
    let buffer = '';
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const onData = (d: Buffer) => {
      buffer += d.toString();
      const match = buffer.match(pattern);
      if (match) {
        child.stdout?.off('data', onData);
        resolveLine(match);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${pattern}: ${buffer}${stderr}`)));
  });
}
