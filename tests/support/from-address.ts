/**
 * @module
 * HTTP requests sent from a chosen loopback address (127.0.0.2, 127.0.0.3…), so one test can act
 * as several readers: a proxy in front sees each as a different client. Each request opens its
 * own connection.
 */
import { request } from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * Sends one request from `localAddress` and reads the whole answer (undecoded bytes as text).
 *
 * @example
 * const answer = await sendFrom('127.0.0.2', `${nginx.url}/v1/articles`);
 */
export function sendFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // A connection of its own each time (no keep-alive pool), so no request is ever sent on a
    // connection the server is closing just then.
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
