/**
 * @module
 * A full disk, simulated by a SQLite database that may not grow past a few more pages
 * (`max_page_count`, which fails writes with the same SQLITE_FULL a full disk gives): writes get
 * a 503 with `Retry-After` rather than a 500, reads go on, and `/readyz` reports it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { NOW, story } from '../../testing/fixtures.ts';
import { bearer } from '../../testing/tokens.ts';
import type { Store } from '../store.ts';
import { openSqliteStore } from './store.ts';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-full-'));
  const path = join(dir, 'full.db');
  const setup = openSqliteStore(path);
  await setup.migrate();
  await setup.close();
  const probe = new DatabaseSync(path);
  const { page_count: pages } = probe.prepare('PRAGMA page_count').get() as { page_count: number };
  probe.close();
  store = openSqliteStore(path, { maxPageCount: pages + 4 });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a full disk', () => {
  it('answers writes with 503 and Retry-After, keeps serving reads, and makes /readyz report it', async () => {
    const app = createApp({ store, now: () => NOW });
    const editor = await bearer(store, 'editor');
    const statuses: number[] = [];
    let full: Response | undefined;
    for (let n = 1; n <= 200 && !full; n++) {
      const res = await app.request('/v1/articles', {
        method: 'POST',
        headers: { ...editor, 'Content-Type': 'application/json' },
        body: JSON.stringify(
          story(n, {
            body: [{ type: 'paragraph', content: [{ type: 'text', text: `Day ${n}. ${'The harbour was busy. '.repeat(200)}` }] }],
          }),
        ),
      });
      statuses.push(res.status);
      if (res.status !== 201) full = res;
    }
    expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);
    expect(full?.status).toBe(503);
    expect(full?.headers.get('retry-after')).toBe('60');
    expect(await full?.json()).toMatchObject({ detail: expect.stringMatching(/disk is full/) });
    expect((await app.request('/v1/articles')).status).toBe(200);
    const ready = await app.request('/readyz');
    expect([ready.status, ready.headers.get('retry-after')]).toEqual([503, '60']);
    expect((await app.request('/healthz')).status).toBe(200);
    // Up to 200 stories are written before the file fills: about 4 s on a busy machine.
  }, 30_000);
});
