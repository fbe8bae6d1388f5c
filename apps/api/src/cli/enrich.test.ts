/**
 * @module
 * Tests of `dateline enrich`: the queue an import leaves, reported and worked through, in-process
 * over a SQLite file.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../store/sqlite/store.ts';
import type { Store } from '../store/store.ts';
import { runInProcess } from '../testing/cli-process.ts';
import { named, said } from '../testing/entity-fixtures.ts';
import { NOW, save, story } from '../testing/fixtures.ts';
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
    expect([run.code, stable(run.stdout)]).toEqual([
      0,
      'Enriched 4 articles in <time>; 0 failed\nSQLite <tmp>/data/test.db: 4 articles enriched, 0 queued',
    ]);
    const again = await runInProcess(['enrich'], env, dir);
    expect(stable(again.stdout).split('\n')[0]).toBe('Enriched 0 articles in <time>; 0 failed');
  });

  it('queues every article again with --all', async () => {
    // The services read ENRICH from the process's environment, as the real program has it.
    vi.stubEnv('ENRICH', 'inline');
    await runInProcess(['import', SAMPLES_DIR], env, dir);
    vi.unstubAllEnvs();
    expect(stable((await runInProcess(['enrich', '--status'], env, dir)).stdout)).toBe(
      'SQLite <tmp>/data/test.db: 4 articles enriched, 0 queued',
    );
    const run = await runInProcess(['enrich', '--all'], env, dir);
    expect([run.code, run.stderr, stable(run.stdout).split('\n')[0]]).toEqual([
      0,
      'Queued 4 articles',
      'Enriched 4 articles in <time>; 0 failed',
    ]);
  });

  it('brings stored stories up to the current extractor with --all: pages and listings follow, editors’ corrections stay', async () => {
    mkdirSync(join(dir, 'data'));
    const path = join(dir, 'data', 'test.db');
    const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
    // Stories as an older extractor left them: "He" an organisation, Putin a person and an organisation.
    // The command works on this SQLite file whichever database the other tests use.
    const open = async () => {
      const opened = openSqliteStore(path);
      await opened.migrate();
      return opened;
    };
    let store: Store = await open();
    const he = named('organization', 'He');
    await save(
      store,
      story(1, {
        headline: 'Putin visits Kirkwall',
        body: [
          paragraph('Vladimir Putin arrived in Kirkwall on Monday for talks with Orkney Islands Council.'),
          paragraph('“We are ready,” Mr Putin said. He met the harbour master, Ines Calder.'),
        ],
        mentions: [
          he,
          named('organization', 'Vladimir Putin'),
          named('person', 'Putin', 2),
          named('place', 'Kirkwall'),
          named('organization', 'Orkney Islands Council'),
        ],
        quotes: [said('Putin', 'We are ready,', 1)],
      }),
      'a1',
    );
    await save(
      store,
      story(2, {
        headline: 'Council backs new pier',
        body: [
          paragraph('Orkney Council backed a new pier on Monday, the BBC reported.'),
          paragraph('Harbour master Ines Calder said the work would start in May.'),
        ],
        mentions: [he, named('organization', 'Orkney Council'), named('person', 'Ines Calder')],
        quotes: [],
      }),
      'a2',
    );
    await save(
      store,
      story(3, { headline: 'Putin backs pier', body: [paragraph('“It is good,” said Mr Putin on Tuesday.')], mentions: [he], quotes: [] }),
      'a3',
    );
    // An editor took Kirkwall off the first story, and merged the council's short name into its full one.
    await store.updateEntities('putin-visits-kirkwall', {
      corrections: [{ op: 'remove', entity: { type: 'place', slug: 'kirkwall' } }],
      now: NOW,
    });
    await store.mergeEntities({ type: 'organization', from: 'orkney-council', into: 'orkney-islands-council', createdBy: null, now: NOW });
    expect(await store.getEntity('he', { now: NOW })).toMatchObject({ type: 'organization', articleCount: 3 });
    await store.close();

    const run = await runInProcess(['enrich', '--all'], env, dir);
    expect([run.code, run.stderr, stable(run.stdout).split('\n')[0]]).toEqual([
      0,
      'Queued 3 articles',
      'Enriched 3 articles in <time>; 0 failed',
    ]);

    store = await open();
    try {
      const count = async (slug: string, type: 'person' | 'place' | 'organization') =>
        (await store.getEntity(slug, { now: NOW, type }))?.articleCount ?? 0;
      expect(await store.getEntity('he', { now: NOW })).toBeNull();
      // The surname alone in the third story joins the full name the first one gives.
      expect([
        await count('vladimir-putin', 'person'),
        await count('vladimir-putin', 'organization'),
        await count('putin', 'person'),
      ]).toEqual([2, 0, 0]);
      const filtered = await store.listArticles({ limit: 10, now: NOW, person: 'vladimir-putin' });
      expect(filtered.items.map((a) => a.slug).sort()).toEqual(['putin-backs-pier', 'putin-visits-kirkwall']);
      expect((await store.listQuotes({ limit: 10, now: NOW, speaker: 'vladimir-putin' })).items.map((q) => q.text).sort()).toEqual([
        'It is good,',
        'We are ready,',
      ]);
      // Editors' corrections outlive the new extractor.
      expect([await count('orkney-islands-council', 'organization'), await count('orkney-council', 'organization')]).toEqual([2, 0]);
      expect((await store.getArticle('putin-visits-kirkwall', { now: NOW }))?.mentions?.map((m) => m.entity.slug)).not.toContain(
        'kirkwall',
      );
      expect(await count('kirkwall', 'place')).toBe(0);
      expect(await count('ines-calder', 'person')).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('refuses an unknown ENRICH value, naming it', async () => {
    const run = await runInProcess(['enrich', '--status'], { ...env, ENRICH: 'sometimes' }, dir);
    expect([run.code, run.stderr]).toEqual([1, 'dateline enrich: Invalid configuration:\n  ENRICH="sometimes" must be on, inline or off']);
  });
});
