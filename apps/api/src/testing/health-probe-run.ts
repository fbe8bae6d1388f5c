/**
 * @module
 * Test support (not exported): starting the `/healthz` prober (`health-probe.ts`) in a process of
 * its own, reading its probes back, and judging them against an idle control server probed at
 * the same moments.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Probe } from './health-probe.ts';

export type { Probe };

const PROBE_PATH = fileURLToPath(new URL('./health-probe.ts', import.meta.url));

/** A running prober: `stop()` ends it and resolves with every probe it made. */
export interface HealthProbe {
  stop(): Promise<Probe[]>;
}

/**
 * Starts probing `bases` (server 0, 1, … in the probes, in this order) from a child process.
 *
 * @example
 * const probe = startHealthProbe([fuzzed, idle]);
 * // … the load …
 * const probes = await probe.stop();
 */
export function startHealthProbe(bases: readonly string[]): HealthProbe {
  const child = spawn(process.execPath, [PROBE_PATH, ...bases], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    async stop() {
      child.stdin.end();
      const code = await closed;
      if (code !== 0) throw new Error(`the health prober exited with ${code}: ${out}`);
      return JSON.parse(out) as Probe[];
    },
  };
}

/**
 * The probes of `server` that took `limitMs` or more while no probe of `control` overlapping them
 * was as late (within `limitMs` of it): the lateness of the server itself, not of a machine that
 * ran none of them.
 *
 * @example
 * lateProbes(probes, 0, 1, 100); // [] when every slow answer of server 0 was matched by server 1
 */
export function lateProbes(probes: readonly Probe[], server: number, control: number, limitMs: number): Probe[] {
  const controls = probes.filter((p) => p.server === control);
  return probes.filter((p) => {
    if (p.server !== server || p.ms < limitMs) return false;
    const stalled = controls.some((c) => c.at < p.at + p.ms && c.at + c.ms > p.at && c.ms >= p.ms - limitMs);
    return !stalled;
  });
}

/**
 * A line of figures for the probes of `server`: count, median, 99th percentile, maximum, and how
 * many took `limitMs` or more.
 *
 * @example
 * probeSummary(probes, 0, 100); // '1,210 probes: median 1.2 ms, p99 9.8 ms, max 31.0 ms, 0 at 100 ms or more'
 */
export function probeSummary(probes: readonly Probe[], server: number, limitMs: number): string {
  const times = probes
    .filter((p) => p.server === server)
    .map((p) => p.ms)
    .sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  const over = times.filter((ms) => ms >= limitMs).length;
  return `${times.length.toLocaleString('en-GB')} probes: median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms, ${over} at ${limitMs} ms or more`;
}
