/**
 * @module
 * Several processes working one enrichment queue, on each database: real child processes
 * (testing/enrich-process.ts) on one SQLite file or one PostgreSQL schema.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { prepareArticle } from '@dateline/model';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOW, story } from '../testing/fixtures.ts';
import { STORE_KINDS, storeHarness, type TestDb } from '../testing/store-harness.ts';
import type { Store } from '../store/store.ts';
import { enrichQueued } from './enrichment.ts';

const CHILD = fileURLToPath(new URL('../testing/enrich-process.ts', import.meta.url));

/** `count` articles stored without mentions, so on the queue; their ids. */
async function queued(store: Store, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const id = `q${String(n).padStart(4, '0')}`;
    const {
      mentions: _m,
      quotes: _q,
      ...unenriched
    } = prepareArticle(story(n, { headline: `Ferry report ${n} from Oslo` }), { id, now: NOW });
    await store.saveArticle(unenriched, `h${n}`);
    ids.push(id);
  }
  return ids;
}

interface Worker {
  child: ChildProcess;
  /** The ids it began enriching, so far. */
  enriching: string[];
  ready: Promise<void>;
  exited: Promise<number | null>;
}

function worker(db: TestDb, env: Record<string, string> = {}): Worker {
  const child = spawn(process.execPath, [CHILD], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: db.url, ...env }, stdio: 'pipe' });
  const enriching: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<void>((resolve) => {
    let buffer = '';
    child.stdout?.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') resolve();
        const id = /^enriching (\S+)$/.exec(line)?.[1];
        if (id) enriching.push(id);
      }
    });
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) console.error(stderr);
      resolve(code);
    }),
  );
  return { child, enriching, ready, exited };
}

const waitFor = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
};

for (const kind of STORE_KINDS) {
  describe(`enrichment queue shared by processes (${kind})`, () => {
    const harness = storeHarness(kind);
    const running: ChildProcess[] = [];
    beforeAll(() => harness.setup());
    afterEach(async () => {
      for (const child of running.splice(0)) child.kill('SIGKILL');
      await harness.cleanup();
    });
    afterAll(() => harness.teardown());

    it('two processes enrich every queued story, none of them twice', async () => {
      const db = await harness.fresh();
      const store = await db.openMigrated();
      const ids = await queued(store, 120);
      // 120 stories of at least 10 ms each: a process alone needs over a second, so the other
      // takes part however late the machine schedules it.
      const workers = [worker(db, { ARTICLE_MS: '10' }), worker(db, { ARTICLE_MS: '10' })];
      running.push(...workers.map((w) => w.child));
      await Promise.all(workers.map((w) => w.ready));
      for (const w of workers) w.child.stdin?.write('go\n');
      expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);

      const [a, b] = workers.map((w) => w.enriching) as [string[], string[]];
      expect(a.filter((id) => b.includes(id))).toEqual([]);
      expect([...a, ...b].sort()).toEqual(ids);
      // Both took part: otherwise the test would prove nothing about sharing.
      expect([a.length > 0, b.length > 0]).toEqual([true, true]);
      expect(await store.enrichmentStatus()).toEqual({ enriched: 120, queued: 0, failing: [] });
    }, 60_000);

    it('takes up the batch of a process that died once its claim runs out', async () => {
      const db = await harness.fresh();
      const store = await db.openMigrated();
      await queued(store, 12);
      const doomed = worker(db, { HANG: '1', LEASE_MS: '1500', BATCH_SIZE: '4' });
      running.push(doomed.child);
      await doomed.ready;
      const claimedAt = Date.now();
      doomed.child.stdin?.write('go\n');
      await waitFor(() => doomed.enriching.length > 0);
      doomed.child.kill('SIGKILL');
      await doomed.exited;

      // Its four are still claimed: another worker leaves them alone until the claim runs out.
      const before = await enrichQueued(store);
      expect(before.enriched).toBe(8);
      expect((await store.enrichmentStatus()).queued).toBe(4);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, claimedAt + 1600 - Date.now())));
      const after = await enrichQueued(store);
      expect(after.enriched).toBe(4);
      expect(await store.enrichmentStatus()).toEqual({ enriched: 12, queued: 0, failing: [] });
    }, 60_000);
  });
}
