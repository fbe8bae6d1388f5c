/** @module */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MALFORMED_REQUESTS, rawRequest } from '@dateline/http/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeskServer, startDeskServer } from './desk-server.ts';
import { forwardHeaders } from './proxy.ts';

let api: Server;
let desk: DeskServer;
let apiUrl: string;
const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  // A real HTTP server standing in for the API: it records what it was sent and sets a cookie.
  api = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.writeHead(201, { 'content-type': 'application/json', 'set-cookie': ['dateline_session=s1; Path=/; HttpOnly; SameSite=Lax'] });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  desk = await startDeskServer({
    render: (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>page</p>'),
    clientDir: '/nonexistent',
    settings: { host: '127.0.0.1', port: 0, apiUrl },
  });
});

afterAll(async () => {
  await desk?.close();
  await new Promise((r) => api?.close(r));
});

describe('the desk server', () => {
  it.each(MALFORMED_REQUESTS)(
    'answers $name, which Node refuses to parse, with a $status problem and Connection: close',
    async ({ request, status }) => {
      const answer = await rawRequest(desk.url, request);
      // A page may answer the request line first (a 405, a redirect) before the body fails to parse.
      const refusal = answer.text.slice(answer.text.lastIndexOf('HTTP/1.1 '));
      expect([
        refusal.split('\r\n')[0],
        refusal.includes('\r\nContent-Type: application/problem+json\r\n'),
        refusal.includes('\r\nConnection: close\r\n'),
      ]).toEqual([expect.stringMatching(new RegExp(`^HTTP/1.1 ${status} `)), true, true]);
      expect(answer.error).toBeUndefined();
    },
  );

  it('redirects / to /desk/', async () => {
    const response = await fetch(`${desk.url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/desk/');
  });

  it('forwards /v1 to the API unchanged, with the forwarding headers, and its Set-Cookie back', async () => {
    const response = await fetch(`${desk.url}/v1/auth/sign-in?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'a=b', 'x-csrf-token': 't', origin: desk.url },
      body: '{"email":"a@b"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('set-cookie')).toBe('dateline_session=s1; Path=/; HttpOnly; SameSite=Lax');
    expect(await response.json()).toEqual({ ok: true });
    const request = seen.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', url: '/v1/auth/sign-in?x=1', body: '{"email":"a@b"}' });
    expect(request.headers).toMatchObject({
      cookie: 'a=b',
      'x-csrf-token': 't',
      origin: desk.url,
      host: new URL(desk.url).host,
      'x-forwarded-for': '127.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': new URL(desk.url).host,
    });
  });

  it('forwards the renditions of pictures (/media) to the API', async () => {
    const path = `/media/${'a'.repeat(64)}/320.webp`;
    expect((await fetch(`${desk.url}${path}`)).status).toBe(201);
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: path });
  });

  it('answers a client still sending its body when the API answers early and closes (413 to an upload too large), instead of leaving it waiting', async () => {
    // The API answers at once and closes the connection, as it does for a body over its limit.
    const early = createServer((_req, res) => {
      res
        .writeHead(413, { 'content-type': 'application/problem+json', connection: 'close' })
        .end('{"status":413,"detail":"The request body is larger than 1 MB."}');
    });
    await new Promise<void>((r) => early.listen(0, '127.0.0.1', r));
    const front = await startDeskServer({
      render: () => undefined,
      clientDir: '/nonexistent',
      settings: { host: '127.0.0.1', port: 0, apiUrl: `http://127.0.0.1:${(early.address() as AddressInfo).port}` },
    });
    try {
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${front.url}/v1/media`, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream' },
          body: new Uint8Array(8 * 1024 * 1024),
        });
        // The API's answer when it reached the desk before the closed connection did; 502 else.
        expect([413, 502]).toContain(response.status);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        await response.body?.cancel();
      }
    } finally {
      await front.close();
      await new Promise((r) => early.close(r));
    }
  });

  it('renders desk pages with Astro’s handler', async () => {
    expect(await (await fetch(`${desk.url}/desk/sign-in`)).text()).toBe('<p>page</p>');
  });
});

describe('forwardHeaders', () => {
  it('drops hop-by-hop headers and appends to a proxy’s forwarding headers', () => {
    const headers = forwardHeaders(
      {
        connection: 'keep-alive, x-secret',
        'x-secret': '1',
        'keep-alive': '5',
        host: 'news.example',
        'x-forwarded-for': '198.51.100.1',
        'x-forwarded-proto': 'https',
      },
      '127.0.0.1',
      false,
    );
    expect(headers).toEqual({
      host: 'news.example',
      'x-forwarded-for': '198.51.100.1, 127.0.0.1',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'news.example',
    });
  });
});
