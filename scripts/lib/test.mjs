/**
 * @module
 * Runs every package's type check, lint and tests, and the workspace's unused-code check, through Turborepo, then adds up the Vitest results
 * each package wrote, so the run ends with one plain `N passed, N failed` line.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './toolchain.mjs';

const RESULT = join('test-artifacts', 'vitest.json');

function packageDirs() {
  const dirs = ['tests'];
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) dirs.push(join(group, name));
  }
  return dirs.map((d) => join(root, d));
}

/** @param {(cmd: string, args: string[]) => number} run */
export function runTests(run) {
  for (const dir of packageDirs()) rmSync(join(dir, RESULT), { force: true });
  // The linter (Biome) and the unused-code check (knip) run with the tests: each takes seconds,
  // and turbo skips a package's lint when nothing in it changed.
  const status = run('turbo', ['run', 'typecheck', 'lint', 'knip', 'test', '--output-logs=new-only', '--concurrency=2', '--continue']);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const dir of packageDirs()) {
    const file = join(dir, RESULT);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (status === 0 && passed === 0) {
    console.error('no test ran');
    return 1;
  }
  return status || (failed > 0 ? 1 : 0);
}
