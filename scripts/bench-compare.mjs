#!/usr/bin/env node
/**
 * @module
 * `npm run bench -- --against <commit> [--rounds 2] [--only api/http,site/page] [--full] [--keep]
 * [--from <outputs folder>]`:
 * every benchmark of `npm run bench`, run on an older commit and on this tree in the same run, and
 * one table of their figures. The older commit is checked out into a temporary git worktree
 * (beside a link to ../shared), installed and built by its own `npm run build`; then each
 * benchmark runs old, new, old, new… (`rounds` times each), so that a change in the machine's load
 * weighs on both trees alike. Figures are read from what the benchmarks print (lib/bench-figures.ts),
 * CPU-time figures where a benchmark prints them. A figure whose new median is worse than the old by
 * more than the spread between the runs of one tree is flagged, and the exit code is then 1. A line
 * that measured nothing (a run that served no request prints Infinity, NaN or FAILED) gives no
 * figure; such lines are listed after the table.
 *
 * The benchmarks run with short settings (SHORT below) unless `--full`: the whole comparison takes
 * about half an hour a round on a busy 2-core machine. Every output is kept in a folder named at
 * the end, to read what a figure was made of; `--from` that folder judges those outputs again
 * without running anything (after a change to how figures are read).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, delimiter, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchFiles, compareRuns, failedLines, figuresOf, formatTable } from './lib/bench-figures.ts';

const root = resolve(import.meta.dirname, '..');

/** Short settings per benchmark (`<package folder>/<file>`): a few minutes for the whole of one tree. */
const SHORT = {
  'api/import': ['--runs', '1'],
  'api/enrich': ['--runs', '1'],
  'api/media': ['--runs', '1'],
  'api/search': ['--count', '2000', '--queries', '200'],
  'api/http-search': ['--count', '2000', '--queries', '500'],
  'api/http-article': ['--count', '300', '--seconds', '2'],
  'api/media-usage': ['--count', '2000', '--lookups', '100'],
  'api/plain-stores': ['--rounds', '100'],
  'site/rotation': ['--pages', '200', '--seconds', '3', '--runs', '2'],
};
const SHORT_ENV = { BENCH_SECONDS: '2', BENCH_SAVES: '30' };
/** A benchmark still running after this long is stopped and counted as failed, so nothing stalls. */
const RUN_LIMIT_MS = 20 * 60_000;

let values;
try {
  ({ values } = parseArgs({
    options: {
      against: { type: 'string' },
      rounds: { type: 'string', default: '2' },
      only: { type: 'string' },
      full: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      from: { type: 'string' },
    },
  }));
} catch (error) {
  console.error(`bench-compare: ${error.message}`);
  process.exit(2);
}
const rounds = Number(values.rounds);
if ((!values.against && !values.from) || !Number.isInteger(rounds) || rounds < 2) {
  console.error(
    'bench-compare: usage: npm run bench -- --against <commit> [--rounds N, at least 2] [--only a/b,c/d] [--full] [--keep] | --from <outputs folder>',
  );
  process.exit(2);
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
let sha;
try {
  if (!values.from) sha = git('rev-parse', '--verify', '--quiet', `${values.against}^{commit}`);
} catch {
  console.error(`bench-compare: --against ${values.against} is not a commit of this repository`);
  process.exit(2);
}
const newSha = git('rev-parse', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';

/** `<package folder>/<file>` → [file and arguments as the bench script gives them], for one tree. */
function benchesOf(tree) {
  const benches = new Map();
  for (const group of ['packages', 'apps', 'tests']) {
    const dir = join(tree, group);
    if (!existsSync(dir)) continue;
    const folders = group === 'tests' ? [dir] : readdirSync(dir).map((name) => join(dir, name));
    for (const folder of folders) {
      const file = join(folder, 'package.json');
      if (!existsSync(file)) continue;
      const script = JSON.parse(readFileSync(file, 'utf8')).scripts?.bench;
      for (const [bench, ...args] of script ? benchFiles(script) : []) {
        benches.set(`${basename(folder)}/${basename(bench).replace(/\.[mc]?[jt]s$/, '')}`, { cwd: folder, file: bench, args });
      }
    }
  }
  return benches;
}

/** The old commit in a worktree of its own, built; reused when an earlier `--keep` left it there. */
function oldTree() {
  const dir = join(tmpdir(), `dateline-bench-${sha.slice(0, 7)}`);
  const tree = join(dir, 'repo');
  if (!existsSync(tree)) {
    mkdirSync(dir, { recursive: true });
    console.error(`bench-compare: checking out ${sha.slice(0, 7)} into ${tree}`);
    git('worktree', 'add', '--detach', tree, sha);
  }
  // Benchmarks that read third-party texts look for ../shared beside the checkout.
  const shared = join(root, '..', 'shared');
  if (existsSync(shared) && !existsSync(join(dir, 'shared'))) symlinkSync(realpathSync(shared), join(dir, 'shared'));
  console.error(`bench-compare: installing and building ${sha.slice(0, 7)} (its own npm run build)`);
  execFileSync(process.execPath, ['scripts/dev.mjs', 'build'], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  return tree;
}

/** Runs one benchmark to its end (or RUN_LIMIT_MS); resolves to its exit code, output and seconds taken. */
function runBench(tree, { cwd, file, args }, id) {
  const extra = values.full ? [] : (SHORT[id] ?? []);
  const env = {
    ...process.env,
    ...(values.full ? {} : SHORT_ENV),
    PATH: [join(tree, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
  };
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [file, ...args, ...extra], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), RUN_LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code: code ?? signal, output, seconds: (performance.now() - started) / 1000 });
    });
  });
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const shortSettings = [
  ...Object.entries(SHORT_ENV).map(([k, v]) => `${k}=${v}`),
  ...Object.entries(SHORT).map(([id, args]) => `${id} ${args.join(' ')}`),
];

/** Runs every benchmark of both trees, interleaved, keeping each output in `outDir`; the run's particulars. */
async function runAll(outDir) {
  const loadAtStart = load();
  const tree = { old: oldTree(), new: root };
  const benches = { old: benchesOf(tree.old), new: benchesOf(tree.new) };
  const only = values.only?.split(',').map((s) => s.trim());
  const ids = [...new Set([...benches.new.keys(), ...benches.old.keys()])].filter((id) => !only || only.includes(id));
  if (only && ids.length < only.length) {
    console.error(`bench-compare: --only names no benchmark of either tree: ${only.filter((id) => !ids.includes(id)).join(', ')}`);
    process.exit(2);
  }
  const problems = [];
  const settings = values.full ? 'their own settings' : `short settings (${shortSettings.join('; ')})`;
  const run = { old: sha, new: newSha, dirty, rounds, settings, loadAtStart, loadAtEnd: null, problems };
  // Written first too, so that `--from` can judge the rounds done so far of a run still going.
  writeFileSync(join(outDir, 'run.json'), JSON.stringify(run, null, 2));
  for (let round = 1; round <= rounds; round++) {
    for (const id of ids) {
      for (const side of ['old', 'new']) {
        const bench = benches[side].get(id);
        if (!bench) continue;
        const { code, output, seconds } = await runBench(tree[side], bench, id);
        writeFileSync(join(outDir, `${id.replace('/', '-')}.${side}.${round}.txt`), output);
        console.error(
          `bench-compare: round ${round}/${rounds} ${side} ${id}: ${seconds.toFixed(0)} s, exit ${code}, ${figuresOf(output).length} figures` +
            `${failedLines(output).length ? `, ${failedLines(output).length} lines that measured nothing` : ''}`,
        );
        // Several benchmarks exit 1 when a figure misses its target; their figures still count.
        if (code !== 0) problems.push(`${side} ${id} round ${round}: exit ${code}: ${output.trim().split('\n').at(-1)}`);
      }
    }
  }
  if (!values.keep) {
    git('worktree', 'remove', '--force', tree.old);
    rmSync(resolve(tree.old, '..'), { recursive: true, force: true });
  } else console.error(`bench-compare: old tree kept at ${tree.old}`);
  run.loadAtEnd = load();
  writeFileSync(join(outDir, 'run.json'), JSON.stringify(run, null, 2));
  return run;
}

/** Each benchmark's figures per tree and round, from the outputs in `outDir` (`<id>.<side>.<round>.txt`). */
function readOutputs(outDir) {
  const figures = new Map();
  const failed = [];
  for (const file of readdirSync(outDir).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const m = /^([^-]+)-(.+)\.(old|new)\.(\d+)\.txt$/.exec(file);
    if (!m) continue;
    const id = `${m[1]}/${m[2]}`;
    if (!figures.has(id)) figures.set(id, { old: null, new: null });
    const entry = figures.get(id);
    entry[m[3]] ??= [];
    const output = readFileSync(join(outDir, file), 'utf8');
    entry[m[3]].push(figuresOf(output));
    for (const name of failedLines(output)) failed.push(`${m[3]} ${id} round ${m[4]}: ${name}`);
  }
  return { figures, failed };
}

const outDir = values.from ?? mkdtempSync(join(tmpdir(), 'dateline-bench-compare-'));
const run = values.from ? JSON.parse(readFileSync(join(outDir, 'run.json'), 'utf8')) : await runAll(outDir);
const { figures, failed } = readOutputs(outDir);
const rows = [...figures].flatMap(([id, { old, new: now }]) => compareRuns(id, old, now));
console.log(`\nold ${run.old.slice(0, 10)}  new ${run.new.slice(0, 10)}${run.dirty ? ' with uncommitted changes' : ''}`);
console.log(`${run.rounds} rounds, old and new interleaved, ${run.settings}`);
console.log(`load average ${run.loadAtStart} at the start, ${run.loadAtEnd ?? '(still running)'} at the end`);
console.log('change: of the new median against the old, + is slower; figures are CPU time where the benchmark prints it\n');
console.log(formatTable(rows));
const silent = [...figures.keys()].filter((id) => !rows.some((r) => r.bench === id));
if (silent.length) console.log(`\nno comparable figures (none printed, or the same in every run): ${silent.join(', ')}`);
if (failed.length) {
  // A run that served nothing printed Infinity, NaN or FAILED where a figure goes: no figure is
  // read from that line, so the figure has fewer runs than the rounds (or none) in the table.
  console.log(`\nmeasured nothing (no figures read from these lines):\n  ${failed.join('\n  ')}`);
}
if (run.problems.length) console.log(`\nexit codes other than 0:\n  ${run.problems.join('\n  ')}`);
console.log(`\noutputs: ${outDir}`);
process.exitCode = rows.some((r) => r.verdict === 'slower') ? 1 : 0;
