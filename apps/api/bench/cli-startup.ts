/**
 * @module
 * CLI start-up benchmark: `node bench/cli-startup.ts [--runs 7] [--cli path/to/cli.ts]`.
 *
 * Runs `dateline --help`, `dateline token list` (on a fresh SQLite file) and `dateline import
 * --help` as separate processes, beside a bare `node -e ""` as the baseline measured in the same
 * run, and prints the median CPU time (user + system, as each process counts its own) and wall
 * time of each. `--help` and `token list` load no importer or entity finder; `import --help`
 * loads the import command, and so shows what loading those costs. `--cli` measures another
 * checkout's CLI, to compare two versions in one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, cli: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs) || 7);
const cli = values.cli ?? fileURLToPath(new URL('../src/cli.ts', import.meta.url));

// Each process reports its own CPU time as it exits, start-up included.
const REPORT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu-us '+(u.user+u.system)+'\\n')})`;

const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-bench-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'bench.db')}` };

function once(args: string[]): { cpuMs: number; wallMs: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', REPORT, ...args], { env, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  const cpu = /cpu-us (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !cpu) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return { cpuMs: Number(cpu[1]) / 1000, wallMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cases: [string, string[]][] = [
  ['node -e "" (baseline)', ['-e', '']],
  ['dateline --help', [cli, '--help']],
  ['dateline token list', [cli, 'token', 'list']],
  ['dateline import --help', [cli, 'import', '--help']],
];

try {
  once([cli, 'migrate']);
  console.log(`CLI start-up: ${cli}, median of ${runs} runs`);
  for (const [label, args] of cases) {
    const samples = Array.from({ length: runs }, () => once(args));
    const cpu = median(samples.map((s) => s.cpuMs));
    const wall = median(samples.map((s) => s.wallMs));
    console.log(`  ${label.padEnd(26)} cpu ${cpu.toFixed(0).padStart(5)} ms   wall ${wall.toFixed(0).padStart(5)} ms`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
