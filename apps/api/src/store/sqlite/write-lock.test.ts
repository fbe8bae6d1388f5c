/**
 * @module
 * The API on a SQLite file whose write lock another connection holds (an import in another
 * process): authenticated reads still answer, and a request that must write answers 503 with
 * `Retry-After` once its busy timeout runs out, instead of failing with a 500.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createToken } from '../../services/tokens.ts';
import { postComment } from '../../testing/comments.ts';
import { NOW, save, story } from '../../testing/fixtures.ts';
import type { Store } from '../store.ts';
import { openSqliteStore } from './store.ts';

describe('a SQLite database locked by another connection', () => {
  let dir: string;
  let store: Store;
  let writer: DatabaseSync;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-lock-'));
    // A short busy timeout keeps the test quick; the default would only make it wait longer.
    store = openSqliteStore(join(dir, 'dateline.db'), { busyTimeoutMs: 200 });
    await store.migrate();
    writer = new DatabaseSync(join(dir, 'dateline.db'));
  });

  afterEach(async () => {
    if (writer.isTransaction) writer.exec('ROLLBACK');
    writer.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers authenticated reads, leaving the token use unrecorded', async () => {
    const article = await save(store, story(1));
    const { secret } = await createToken(store, { name: 'desk', role: 'editor' });
    const app = createApp({ store, now: () => NOW });
    writer.exec('BEGIN IMMEDIATE');

    const res = await app.request(`/v1/articles/${article.slug}`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { headline: string }).headline).toBe(article.headline);

    writer.exec('COMMIT');
    expect((await store.listTokens())[0]?.lastUsedAt).toBeNull();
    await app.request(`/v1/articles/${article.slug}`, { headers: { Authorization: `Bearer ${secret}` } });
    expect((await store.listTokens())[0]?.lastUsedAt).toBe(NOW.toISOString());
  });

  it('answers a write it cannot make with 503 and Retry-After, then takes it once the lock is free', async () => {
    const article = await save(store, story(1));
    const app = createApp({ store, now: () => NOW });
    writer.exec('BEGIN IMMEDIATE');

    const refused = await postComment(app, article.slug, { authorName: 'Ana', body: 'Thanks for this.' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ status: 503, detail: expect.stringMatching(/try again/i) });

    writer.exec('COMMIT');
    expect((await postComment(app, article.slug, { authorName: 'Ana', body: 'Thanks for this.' })).status).toBe(201);
  });
});
