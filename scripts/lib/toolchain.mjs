/**
 * @module
 * Finds or installs the pinned Node and pnpm. This file runs on whatever Node the machine has
 * (often an older one), so it uses nothing newer than Node 18 and no dependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, delimiter } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const pinned = pkg.toolchain;
const toolchainDir = join(root, '.toolchain');
const MIN_NODE = [22, 12];

function versionOk(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

function installedVersion(name) {
  const file = join(toolchainDir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

function onPath(cmd, env) {
  const r = spawnSync(cmd, ['--version'], { env, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Returns an environment whose PATH starts with a Node >= 22.12 and the pinned pnpm,
 * installing both into `.toolchain/` with `npm install --prefix` when the machine lacks them.
 */
export function ensureToolchain() {
  const nodePkg = `node-${process.platform}-${process.arch}`;
  const bins = [];
  const systemNodeOk = versionOk(process.version);
  const systemPnpm = onPath('pnpm', process.env);
  // Both go in one npm call: a later call would prune whatever the earlier one installed.
  const wanted = [];
  if (!systemNodeOk) wanted.push([nodePkg, pinned.node]);
  if (systemPnpm !== pinned.pnpm) wanted.push(['pnpm', pinned.pnpm]);
  if (wanted.some(([name, version]) => installedVersion(name) !== version)) {
    const specs = wanted.map(([name, version]) => `${name}@${version}`);
    console.log(`[dateline] installing ${specs.join(' and ')} into .toolchain/ (once)`);
    execFileSync('npm', ['install', '--prefix', toolchainDir, '--no-audit', '--no-fund', '--loglevel=error', ...specs], {
      stdio: 'inherit',
    });
  }
  if (!systemNodeOk) bins.push(join(toolchainDir, 'node_modules', nodePkg, 'bin'));
  if (systemPnpm !== pinned.pnpm) bins.push(join(toolchainDir, 'node_modules', '.bin'));
  bins.push(join(root, 'node_modules', '.bin'));
  return {
    ...process.env,
    PATH: [...bins, process.env.PATH].join(delimiter),
    TURBO_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
  };
}
