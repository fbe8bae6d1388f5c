import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, PUBLIC_FILE } from './static-files.ts';
import { startTestSite, type TestSite } from './test-site.ts';

let dir: string;
let site: TestSite;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-static-'));
  await mkdir(join(dir, '_astro'));
  await mkdir(join(dir, 'samples'));
  await writeFile(join(dir, '_astro', 'global.Bx1c9.css'), 'body{margin:0}');
  await writeFile(join(dir, 'samples', 'ferry.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, 'samples', 'a photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
  await writeFile(join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
  await writeFile(join(dir, 'notes.unknown'), 'x');
  await writeFile(join(dir, '..', 'outside.txt'), 'secret').catch(() => {});
  site = await startTestSite({ clientDir: dir });
});

afterAll(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A request with the path exactly as written (fetch would resolve `..`). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${site.url}/`, { path }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  it.each([
    ['/_astro/global.Bx1c9.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['/samples/ferry.svg', 'image/svg+xml', PUBLIC_FILE],
    ['/samples/a%20photo.jpg', 'image/jpeg', PUBLIC_FILE],
    ['/favicon.ico', 'image/x-icon', PUBLIC_FILE],
    ['/notes.unknown', 'application/octet-stream', PUBLIC_FILE],
  ])('serves %s as %s, cached with %s', async (path, type, cacheControl) => {
    const res = await fetch(`${site.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('cache-control')).toBe(cacheControl);
    expect(Number(res.headers.get('content-length'))).toBe((await res.arrayBuffer()).byteLength);
  });

  it('serves the bytes of the file, and confirms an unchanged one with 304', async () => {
    const res = await fetch(`${site.url}/samples/ferry.svg?v=2`);
    expect(await res.text()).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const again = await fetch(`${site.url}/samples/ferry.svg`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('leaves every other path to the pages, without rendering for a file', async () => {
    const before = site.renders.total;
    expect((await fetch(`${site.url}/samples/missing.svg`)).status).toBe(404);
    expect((await fetch(`${site.url}/samples/ferry.svg`, { method: 'POST' })).status).toBe(405);
    expect(site.renders.total).toBe(before + 1);
  });

  it('serves nothing outside the client folder', async () => {
    for (const path of ['/../outside.txt', '/samples/../../outside.txt', '/%2e%2e/outside.txt']) {
      const res = await rawGet(path);
      expect(res.body).not.toContain('secret');
      expect(res.status).toBe(404);
    }
  });

  it('refuses a path that is not valid percent-encoding', async () => {
    expect((await rawGet('/samples/%E0%A4%A.svg')).status).toBe(400);
  });
});
