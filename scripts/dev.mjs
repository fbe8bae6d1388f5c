#!/usr/bin/env node
/**
 * @module
 * The root scripts' single entry point: `npm start`, `npm test`, `npm run build`, `npm run bench`,
 * `npm run dateline -- <command>`. It first makes sure the pinned toolchain and the dependencies
 * are there, so a machine with only an older Node and npm needs nothing else.
 */
import { spawnSync } from 'node:child_process';
import { ensureToolchain, root } from './lib/toolchain.mjs';
import { ensureInstalled } from './lib/install.mjs';
import { checkPorts, START_PORTS, startAll, startSite } from './lib/start.mjs';
import { runTests } from './lib/test.mjs';

const [command = 'help', ...args] = process.argv.slice(2);
const env = ensureToolchain();
ensureInstalled(env);

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, env, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

const turbo = (...tasks) => run('turbo', ['run', ...tasks, '--output-logs=new-only']);

switch (command) {
  case 'build':
    process.exitCode = turbo('build');
    break;
  case 'typecheck':
    process.exitCode = turbo('typecheck');
    break;
  case 'test':
    process.exitCode = runTests(run);
    break;
  case 'bench':
    // `npm run bench -- --against <commit>`: the same benchmarks on an older commit, interleaved, in one table.
    process.exitCode =
      turbo('build') ||
      (args.length
        ? run('node', ['scripts/bench-compare.mjs', ...args])
        : run('pnpm', ['-r', '--workspace-concurrency=1', '--if-present', 'run', 'bench']));
    break;
  case 'dateline':
    // npm runs scripts from the root; paths the user typed are relative to where they typed them.
    process.exitCode = run('node', [`${root}/apps/api/src/cli.ts`, ...args], { cwd: process.env.INIT_CWD ?? process.cwd() });
    break;
  case 'start':
    // Before the build, so a taken port is said at once rather than after it.
    process.exitCode = (await checkPorts(START_PORTS)) ? turbo('build') || (await startAll(env)) : 1;
    break;
  case 'start:site':
    process.exitCode = await startSite(env);
    break;
  default:
    console.log('usage: npm start | npm test | npm run build | npm run bench | npm run start:site | npm run dateline -- <command>');
}
