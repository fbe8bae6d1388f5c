/**
 * @module
 * Tests of revision reads shared per turn of the event loop, over a real SQLite store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { save, story } from '../testing/fixtures.ts';
import { openSqliteStore } from './sqlite/store.ts';
import type { Store } from './store.ts';
import { withTurnRevisions } from './turn-revisions.ts';

const nextTurn = () => new Promise((done) => setImmediate(done));

let dir: string;
let store: Store;
let other: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-turn-'));
  store = openSqliteStore(join(dir, 'db.sqlite'));
  await store.migrate();
  // Another process's connection to the same database.
  other = openSqliteStore(join(dir, 'db.sqlite'));
});
afterEach(async () => {
  await store.close();
  await other.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('withTurnRevisions', () => {
  it('asks the database once for all the reads of one turn', async () => {
    const read = vi.spyOn(store, 'articleRevision');
    const shared = withTurnRevisions(store);
    const revisions = await Promise.all([shared.articleRevision(), shared.articleRevision(), shared.articleRevision()]);
    expect(new Set(revisions).size).toBe(1);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('sees a write by another connection in the next turn', async () => {
    const shared = withTurnRevisions(store);
    const before = await shared.articleRevision();
    const comments = await shared.commentRevision();
    await save(other, story(1));
    await nextTurn();
    expect(await shared.articleRevision()).toBeGreaterThan(before);
    expect(await shared.commentRevision()).toBe(comments);
  });

  it('leaves everything else to the store', async () => {
    const shared = withTurnRevisions(store);
    await save(shared, story(2));
    expect((await store.listArticles({ limit: 5, now: new Date('2030-01-01T00:00:00Z') })).items.map((a) => a.slug)).toEqual([
      'harbour-report-number-2',
    ]);
  });
});
