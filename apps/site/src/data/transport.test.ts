/** @module */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { apiFetch } from './transport.ts';

let server: Server | undefined;

async function listen(handler: RequestListener): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('apiFetch', () => {
  it('gives the status, headers and body of the answer, and sends the request headers', async () => {
    const url = await listen((req, res) => {
      res
        .writeHead(200, { 'content-type': 'application/json', etag: '"v1"' })
        .end(JSON.stringify({ asked: req.headers['if-none-match'], path: req.url }));
    });
    const res = await apiFetch(`${url}/v1/articles/x?limit=5`, { headers: { 'If-None-Match': '"v0"' } });
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(await res.json()).toEqual({ asked: '"v0"', path: '/v1/articles/x?limit=5' });
  });

  it('sends a JSON body with a POST', async () => {
    const url = await listen((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, body })));
    });
    const res = await apiFetch(`${url}/v1/x`, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ method: 'POST', body: '{"a":1}' });
  });

  it('fails with the deadline when the answer stalls halfway', async () => {
    const url = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"items":[');
    });
    const failure = apiFetch(`${url}/slow`, { signal: AbortSignal.timeout(100) });
    await expect(failure).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('fails with a TypeError when the answer is cut off', async () => {
    const url = await listen((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"items":[', () => res.destroy());
    });
    await expect(apiFetch(`${url}/cut`)).rejects.toBeInstanceOf(TypeError);
  });

  it('asks again on a new connection when the API drops a kept-alive one it had left open', async () => {
    let requests = 0;
    const url = await listen((req, res) => {
      requests += 1;
      // The second request on the first connection: the API has just closed it.
      if (requests === 2) return req.socket.destroy();
      res.writeHead(200, { 'content-type': 'application/json' }).end(String(requests));
    });
    expect(await (await apiFetch(`${url}/a`)).json()).toBe(1);
    expect(await (await apiFetch(`${url}/a`)).json()).toBe(3);
  });

  it('fails with a TypeError when nothing listens', async () => {
    const url = await listen(() => {});
    server!.close();
    await expect(apiFetch(`${url}/x`)).rejects.toBeInstanceOf(TypeError);
  });
});
