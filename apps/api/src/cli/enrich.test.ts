/**
 * @module
 * Tests of `dateline enrich`: the queue an import leaves, reported and worked through, in-process
 * over a SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runInProcess } from '../testing/cli-process.ts';
import { SAMPLES_DIR } from './serve.ts';

let dir: string;
const env = { DATABASE_URL: 'sqlite:data/test.db' };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cli-enrich-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const stable = (text: string) => text.replaceAll(dir, '<tmp>').replace(/ in \d+\.\d s(, [\d,]+ a second)?/, ' in <time>');

describe('dateline enrich', () => {
  it('reports the queue an import left, works through it, and has nothing left to do after', async () => {
    expect((await runInProcess(['import', SAMPLES_DIR], env, dir)).code).toBe(0);
    const before = await runInProcess(['enrich', '--status'], env, dir);
    expect([before.code, stable(before.stdout)]).toEqual([0, 'SQLite <tmp>/data/test.db: 0 articles enriched, 4 queued']);
    const run = await runInProcess(['enrich'], env, dir);
    expect([run.code, stable(run.stdout)]).toEqual([0, 'Enriched 4 articles in <time>; 0 failed\nSQLite <tmp>/data/test.db: 4 articles enriched, 0 queued']);
    const again = await runInProcess(['enrich'], env, dir);
    expect(stable(again.stdout).split('\n')[0]).toBe('Enriched 0 articles in <time>; 0 failed');
  });

  it('queues every article again with --all', async () => {
    // The services read ENRICH from the process's environment, as the real program has it.
    vi.stubEnv('ENRICH', 'inline');
    await runInProcess(['import', SAMPLES_DIR], env, dir);
    vi.unstubAllEnvs();
    expect(stable((await runInProcess(['enrich', '--status'], env, dir)).stdout)).toBe('SQLite <tmp>/data/test.db: 4 articles enriched, 0 queued');
    const run = await runInProcess(['enrich', '--all'], env, dir);
    expect([run.code, run.stderr, stable(run.stdout).split('\n')[0]]).toEqual([0, 'Queued 4 articles', 'Enriched 4 articles in <time>; 0 failed']);
  });

  it('refuses an unknown ENRICH value, naming it', async () => {
    const run = await runInProcess(['enrich', '--status'], { ...env, ENRICH: 'sometimes' }, dir);
    expect([run.code, run.stderr]).toEqual([1, 'dateline enrich: Invalid configuration:\n  ENRICH="sometimes" must be on, inline or off']);
  });
});
