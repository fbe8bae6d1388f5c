/**
 * @module
 * Runs `pnpm install` only when the lockfile or a manifest changed since the last install,
 * so `npm start` and `npm test` cost nothing extra on a machine that is already set up.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './toolchain.mjs';

function manifests() {
  const files = ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml', 'tests/package.json'];
  for (const dir of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, dir))) files.push(join(dir, name, 'package.json'));
  }
  return files.filter((f) => existsSync(join(root, f)));
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of manifests()) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

/** Installs the workspace's dependencies with the pinned pnpm when they are missing or stale. */
export function ensureInstalled(env) {
  const stamp = join(root, 'node_modules', '.dateline-installed');
  const want = fingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  console.log('[dateline] installing dependencies with pnpm');
  execFileSync('pnpm', ['install', ...frozen], { cwd: root, env, stdio: 'inherit' });
  writeFileSync(stamp, fingerprint());
}
