/**
 * @module
 * A project outside the workspace that installs the published packages as a user would: their
 * tarballs from `pnpm pack` and their dependencies from the npm registry. Commands run without
 * the package manager's own environment (the `npm_*` variables of the `pnpm run` that started
 * the tests), so npm behaves as it would in the user's shell.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a finished command said. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment of this process without what npm or pnpm set for the running script.
 *
 * @example
 * spawnSync('npm', ['install'], { cwd: project, env: userEnv() });
 */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|INIT_CWD$)/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Runs `command` to completion (or until `timeoutMs`, when it counts as failed).
 *
 * @example
 * const { code, stdout } = run('node', ['--version'], { cwd: '/tmp' });
 */
export function run(command: string, args: string[], options: { cwd: string; timeoutMs?: number; env?: Record<string, string> }): Ran {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: userEnv(options.env),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const timedOut = result.error ? ` (${result.error.message})` : '';
  return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: (result.stderr ?? '') + timedOut };
}

/**
 * The output of a command that must succeed; otherwise an error with all it said.
 *
 * @example
 * const out = JSON.parse(runOk(process.execPath, ['model-esm.mjs', seedPath], { cwd: project }));
 */
export function runOk(command: string, args: string[], options: Parameters<typeof run>[2]): string {
  const ran = run(command, args, options);
  if (ran.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${ran.code}\n${ran.stdout}\n${ran.stderr}`);
  return ran.stdout;
}

/**
 * `pnpm pack` of the workspace package in `packageDir` into `dest`, as it would be published
 * (built first by its `prepack` script); the tarball's path.
 *
 * @example
 * const tgz = packPackage(join(repoRoot, 'packages/model'), '/tmp/tarballs');
 */
export function packPackage(packageDir: string, dest: string): string {
  mkdirSync(dest, { recursive: true });
  const before = new Set(readdirSync(dest));
  runOk('pnpm', ['pack', '--pack-destination', dest], { cwd: packageDir, timeoutMs: 120_000 });
  const made = readdirSync(dest).filter((f) => f.endsWith('.tgz') && !before.has(f));
  if (made.length !== 1) throw new Error(`pnpm pack in ${packageDir} made ${made.length} tarballs`);
  return join(dest, made[0]!);
}

/**
 * A new project in `dir` with the files of `fixtureDir`, depending on `tarballs` (name → path),
 * installed with npm from the registry. Bounded by `timeoutMs`.
 *
 * @example
 * installConsumer('/tmp/x/project', 'tests/packages/consumer', { '@dateline/model': tgz }, 240_000);
 */
export function installConsumer(dir: string, fixtureDir: string, tarballs: Record<string, string>, timeoutMs: number): void {
  mkdirSync(dir, { recursive: true });
  cpSync(fixtureDir, dir, { recursive: true });
  const dependencies = Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'dateline-consumer', private: true, type: 'module', dependencies }, null, 2),
  );
  runOk('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir, timeoutMs });
}

/**
 * The files of a tarball, unpacked into `dir` (under `package/`, as npm packs them).
 *
 * @example
 * const root = unpack(tgz, '/tmp/x/unpacked'); // '/tmp/x/unpacked/package'
 */
export function unpack(tarball: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  runOk('tar', ['xzf', tarball, '-C', dir], { cwd: dir });
  return join(dir, 'package');
}
