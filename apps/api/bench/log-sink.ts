/**
 * @module
 * Log sink benchmark: `node bench/log-sink.ts [--runs 5] [--lines 200000]`.
 *
 * Writes request-sized log lines (130 bytes, 100 a turn of the event loop, as a busy server
 * would) from a child process whose standard output is a pipe this process reads and discards,
 * once through `process.stdout` (what one-shot commands use) and once through the server's
 * background sink (`createAsyncLogSink`), in turn, and prints the median main-thread CPU a line of
 * each: what logging a request costs the thread that serves requests.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createAsyncLogSink } from '../src/lib/async-log-sink.ts';

const LINE =
  'request method=GET path=/v1/articles/night-tram-trial-extended status=200 durationMs=1.2 requestId=0b6f3c9e-5d0a-4c57-9a39-3f0f0d7d2b11';
const MODES = ['process.stdout', 'background sink'] as const;

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, lines: { type: 'string', default: '200000' }, child: { type: 'string' } },
});
const lines = Math.max(100, Number(values.lines) || 200_000);

if (values.child !== undefined) {
  const sink =
    values.child === 'background sink'
      ? createAsyncLogSink(1, 2, (count) => `log lines dropped count=${count}`)
      : { out: (line: string) => process.stdout.write(`${line}\n`), close: async () => {} };
  const before = process.threadCpuUsage();
  for (let turn = 0; turn < lines / 100; turn++) {
    for (let i = 0; i < 100; i++) sink.out(LINE);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const cpu = process.threadCpuUsage(before);
  await sink.close(10_000);
  process.stderr.write(`${(cpu.user + cpu.system) / lines}\n`);
} else {
  const runs = Math.max(1, Number(values.runs) || 5);
  const figures = new Map<string, number[]>(MODES.map((mode) => [mode, []]));
  for (let run = 0; run < runs; run++) {
    for (const mode of run % 2 === 0 ? MODES : [...MODES].reverse()) {
      const child = spawn(process.execPath, [process.argv[1]!, '--child', mode, '--lines', String(lines)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.resume();
      let report = '';
      child.stderr.on('data', (d: Buffer) => (report += d.toString()));
      await new Promise((resolve) => child.on('close', resolve));
      figures.get(mode)!.push(Number(report));
    }
  }
  for (const [mode, perLine] of figures) {
    const median = perLine.sort((a, b) => a - b)[Math.floor(perLine.length / 2)]!;
    console.log(`${mode.padEnd(16)} ${median.toFixed(2)} µs of main-thread CPU a line (median of ${runs} runs of ${lines} lines)`);
  }
}
