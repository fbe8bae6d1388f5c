/**
 * @module
 * A small, bounded load: a fixed number of GET requests over a fixed number of concurrent
 * connections, to loopback servers the test started. It stops by itself after `requests` or
 * `maxSeconds`, whichever comes first.
 */
import { Agent, get } from 'node:http';

export interface LoadOptions {
  /** Asked for in turn, round and round. */
  urls: string[];
  requests: number;
  connections: number;
  /** A hard stop for the whole run; requests not sent by then are counted as not sent. */
  maxSeconds: number;
  /**
   * Sends a request again, once, when the kept-alive connection it went out on was closed before
   * any answer came (the server closing idle connections as it reloads or stops), as browsers and
   * HTTP/1.1 (RFC 9112, 9.3.1) do for requests that change nothing. Off: every failure counts.
   */
  retryClosedConnections?: boolean;
}

export interface LoadResult {
  sent: number;
  /** Answers by status code. */
  statuses: Record<number, number>;
  /** Requests that got no complete answer, with why. */
  errors: string[];
  seconds: number;
  /** Requests sent again after their kept-alive connection closed (see `retryClosedConnections`). */
  retried: number;
  /** Milliseconds from sending to the last byte of the body. */
  p50: number;
  p99: number;
}

/**
 * Runs the load and reports what came back.
 *
 * @example
 * const result = await runLoad({ urls: [`${lb.url}/`], requests: 2000, connections: 50, maxSeconds: 60 });
 * expect(result.errors).toEqual([]);
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const deadline = performance.now() + options.maxSeconds * 1000;
  const statuses: Record<number, number> = {};
  const errors: string[] = [];
  const latencies: number[] = [];
  let issued = 0;
  let retried = 0;
  const started = performance.now();

  const once = (url: string, again = false): Promise<void> =>
    new Promise<void>((resolve) => {
      let answered = false;
      const sent = performance.now();
      const req = get(url, { agent, timeout: 10_000 }, (res) => {
        answered = true;
        res.resume();
        res.on('end', () => {
          latencies.push(performance.now() - sent);
          statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
          resolve();
        });
        res.on('error', (err) => {
          errors.push(`${url}: ${err.message}`);
          resolve();
        });
      });
      req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
      req.on('error', (err) => {
        if (options.retryClosedConnections && req.reusedSocket && !answered && !again) {
          retried += 1;
          resolve(once(url, true));
          return;
        }
        errors.push(`${url}: ${err.message}`);
        resolve();
      });
    });

  const worker = async () => {
    while (issued < options.requests && performance.now() < deadline) {
      const url = options.urls[issued % options.urls.length]!;
      issued += 1;
      await once(url);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { sent: issued, statuses, errors, seconds: (performance.now() - started) / 1000, retried, p50: at(0.5), p99: at(0.99) };
}
