/**
 * @module
 * The page benchmark's line for one run. A run that served no request in its seconds (a site
 * server too slow to answer under the machine's load) has no rate, latency or CPU time a request
 * to print: its line says so, with no figure on it, where dividing by its zero requests printed
 * "cpu Infinity" and "0 req/s" that read as measurements.
 */

/** What one run measured: autocannon's counts, and CPU times a request (ms) when they were read. */
export interface RunFigures {
  rps: number;
  p50: number;
  p99: number;
  /** The answers by status, as `200×5120 errors×0`. */
  statuses: string;
  /** Requests answered. */
  total: number;
  /** The served process's CPU time over the run, ms, or null when unreadable. */
  cpuMs: number | null;
  /** The API's CPU time over the run, ms, when the run made it work; null otherwise. */
  apiCpuMs: number | null;
  /** The site server's RSS, MB, or null for the ceiling. */
  rssMb: number | null;
}

/**
 * The printed line of run `label`: rate, share of `ceilingRps`, latency, CPU time a request and
 * memory, or `FAILED` when it served no request.
 *
 * @example
 * runLine('page cache hits', { rps: 2400, p50: 18, p99: 60, statuses: '200×4800', total: 4800, cpuMs: 960, apiCpuMs: null, rssMb: 140 }, 5000, 2);
 * // 'page cache hits   2400 req/s   48.0% of ceiling  p50   18 ms  p99   60 ms  cpu 0.200 ms/req  site rss 140 MB  [200×4800]'
 */
export function runLine(label: string, run: RunFigures, ceilingRps: number, seconds: number): string {
  if (run.total === 0) return `${label.padEnd(40)} FAILED: served no request in its ${seconds} seconds  [${run.statuses || 'no answer'}]`;
  const perRequest = (ms: number | null) => (ms === null ? null : ms / run.total);
  const cpu = perRequest(run.cpuMs);
  const apiCpu = perRequest(run.apiCpuMs);
  const cpuText = (cpu === null ? '' : `  cpu ${cpu.toFixed(3)} ms/req`) + (apiCpu === null ? '' : ` + api ${apiCpu.toFixed(3)}`);
  const site = run.rssMb === null ? '' : `  site rss ${run.rssMb.toFixed(0)} MB`;
  const share = ceilingRps > 0 ? `${((run.rps / ceilingRps) * 100).toFixed(1).padStart(6)}% of ceiling` : '   n/a of ceiling';
  return (
    `${label.padEnd(40)} ${run.rps.toFixed(0).padStart(7)} req/s ${share}` +
    `  p50 ${String(run.p50).padStart(4)} ms  p99 ${String(run.p99).padStart(4)} ms${cpuText}${site}  [${run.statuses}]`
  );
}
