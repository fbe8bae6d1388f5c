import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientErrors } from './client-error.ts';
import { MALFORMED_REQUESTS, rawRequest } from './raw-request.ts';

let server: Server;
let url: string;
beforeAll(async () => {
  server = answerClientErrors(
    createServer((req, res) => {
      // A GET is answered at once; a POST once its body is read, as an API handler would.
      if (req.method === 'GET') res.end('ok');
      else req.resume().on('end', () => res.end('ok'));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('answerClientErrors', () => {
  it.each(MALFORMED_REQUESTS)('answers $name with a $status problem and closes the connection', async ({ request, status }) => {
    const answer = await rawRequest(url, request);
    expect(answer.error).toBeUndefined();
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ status, detail: expect.any(String) });
  });

  it('refuses a malformed request after an answered one on the same connection, in order', async () => {
    const answer = await rawRequest(url, 'GET / HTTP/1.1\r\nHost: x\r\n\r\nFROB / HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('HTTP/1.1 501 Not Implemented');
  });

  it('leaves well-formed requests alone', async () => {
    const answer = await rawRequest(url, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(answer).toMatchObject({ status: 200, body: 'ok' });
  });
});
