/**
 * @module
 * Stopping the API (SIGTERM, as an orchestrator does during a deploy) while an editor's upload is
 * still arriving: the request in flight is finished and its article stored, new connections are
 * refused, and the process then exits cleanly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventArticle } from '../support/invented-articles.ts';
import { editorToken } from '../support/api-calls.ts';
import { startApi, type Running } from '../support/processes.ts';

/** Resolves once `check()` holds, polling; rejects after `seconds`. */
async function until(check: () => boolean, seconds: number, what: string): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What the server has sent on `socket` so far, and a promise of all of it once it closes the connection. */
function record(socket: Socket): { text: () => string; closed: Promise<string> } {
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (text += chunk));
  const closed = new Promise<string>((resolve, reject) => {
    socket.once('end', () => resolve(text));
    socket.once('error', reject);
  });
  return { text: () => text, closed };
}

describe('SIGTERM while a request is in flight', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-faults-'));
  const file = join(dir, 'dateline.db');
  const databaseUrl = `sqlite:${file}`;
  let api: Running;
  let token: string;

  beforeAll(async () => {
    [token, api] = await Promise.all([editorToken(databaseUrl), startApi(databaseUrl)]);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the slow upload and stores its article, refuses new connections, then exits 0', async () => {
    const story = inventArticle(7, 'late');
    const body = Buffer.from(story.markdown);
    const half = Math.floor(body.length / 2);
    const { port } = new URL(api.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const answer = record(socket);
    // With Expect: 100-continue the server says when it has taken the request in hand; from then
    // on the request is in flight, waiting for the rest of its body.
    socket.write(
      `POST /v1/articles HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: text/markdown\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
    );
    await until(() => answer.text().includes('100 Continue'), 10, 'the 100 Continue');
    socket.write(body.subarray(0, half));

    const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
    api.child.kill('SIGTERM');
    await until(() => /SIGTERM received/.test(api.output()), 10, 'the stop message');
    const refused = await fetch(`${api.url}/healthz`).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
    expect(api.child.exitCode).toBeNull();

    socket.write(body.subarray(half));
    const response = await answer.closed;
    expect(response).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 201 /);
    expect(response).toContain(`"headline":"${story.headline}"`);
    expect(await exited).toBe(0);

    const db = new DatabaseSync(file, { readOnly: true });
    const stored = db.prepare('SELECT headline FROM articles WHERE slug = ?').get(story.slug);
    db.close();
    expect(stored).toEqual({ headline: story.headline });
  });
});
