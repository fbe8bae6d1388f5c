/**
 * @module
 * Test support (not exported): a process of its own that asks each given server for `/healthz`
 * every 20 ms, one keep-alive connection per server, until its standard input closes; then it
 * prints one JSON line of every probe's start time and answer time. Run apart from the test, so
 * the answer times are the servers' and not the test's own event loop, busy sending the fuzz.
 *
 * `node src/testing/health-probe.ts http://127.0.0.1:4000 http://127.0.0.1:4001`
 */
import { Agent, get } from 'node:http';

/** One probe: which server, when it started (ms since the probe began) and how long the answer took. */
export interface Probe {
  server: number;
  at: number;
  ms: number;
  status: number;
}

const INTERVAL_MS = 20;
const TIMEOUT_MS = 5_000;

function probe(base: string, agent: Agent): Promise<number> {
  return new Promise((resolve) => {
    const req = get(`${base}/healthz`, { agent, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

async function main(bases: string[]): Promise<void> {
  let running = true;
  process.stdin.on('end', () => (running = false)).resume();
  const began = performance.now();
  const probes: Probe[] = [];
  await Promise.all(
    bases.map(async (base, server) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (running) {
        const start = performance.now();
        const status = await probe(base, agent);
        probes.push({ server, at: start - began, ms: performance.now() - start, status });
        await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
      }
      agent.destroy();
    }),
  );
  process.stdout.write(`${JSON.stringify(probes)}\n`);
}

await main(process.argv.slice(2));
