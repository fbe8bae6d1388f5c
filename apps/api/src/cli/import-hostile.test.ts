/**
 * @module
 * `dateline import` of a corpus of hostile files, on both databases: binary and oversized files,
 * control characters, pathological Markdown, HTML and plain text, deep JSON. Each file is
 * imported or refused with its reason in the summary; the command never crashes, stores no
 * control character, and finishes within seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../testing/cli-process.ts';
import { writeFile } from '../testing/import-fixtures.ts';
import { createTestDatabase } from '../testing/postgres.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-hostile-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const random = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (Math.imul(i + seed, 2654435761) >>> 24) & 0xff);

/** The hostile corpus: file name, content, and whether it is stored, fails with a reason, or is refused unread as binary. */
const CORPUS: [string, string | Uint8Array, boolean | 'binary'][] = [
  ['ok.txt', 'A plain story\n\nIt imports, as it should.\n', true],
  ['controls.txt', 'Bells\u0007 and escapes\n\nESC\u001b[31m sequences and a backspace\u0008.\n', true],
  ['nul.txt', 'A NUL\n\nA NUL\u0000 byte makes a file binary.\n', 'binary'],
  ['photo.txt', random(300_000, 1), 'binary'],
  ['page.html', random(300_000, 2), 'binary'],
  ['notes.md', random(100_000, 3), 'binary'],
  ['huge.txt', `Huge\n\n${'All work and no play. '.repeat(260_000)}`, false],
  ['stars.md', `# Stars\n\n${'*a'.repeat(30_000)}`, false],
  ['brackets.md', `# Brackets\n\n${'['.repeat(60_000)}${']'.repeat(60_000)}`, false],
  ['quotes.md', `# Quotes\n\n${'>'.repeat(6_000)} deep`, false],
  ['lists.md', `# Lists\n\n${'- '.repeat(6_000)}deep`, false],
  ['lines.txt', `Lines\n\n${'a line\n'.repeat(60_000)}`, false],
  ['json-like.txt', `JSON as prose\n\n${'{"a":'.repeat(20_000)}`, true],
  [
    'deep.html',
    `<html><head><title>Deep</title></head><body><article><h1>Deep</h1><p>A paragraph of the story, long enough to count.</p>${'<div>'.repeat(12_000)}x${'</div>'.repeat(12_000)}</article></body></html>`,
    false,
  ],
  [
    'base.html',
    `<html><head><base href="https://attacker.example/"><title>Base</title></head><body><article><h1>Base</h1><p>A story with <a href="/more">a relative link</a> and enough words to be an article.</p>${'<p>The harbour reopened on Monday after a winter of repairs to its walls, and the first ferries of the season came in on time, the harbour master said.</p>'.repeat(8)}</article></body></html>`,
    true,
  ],
  ['deep.json', `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, false],
  [
    'nul.json',
    JSON.stringify({
      headline: 'NUL\u0000 headline',
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text with a NUL\u0000.' }] }],
    }),
    true,
  ],
  ['empty.md', '', false],
  ['headline.txt', `${'h'.repeat(20_000)}\n\nbody`, false],
  ['utf16.txt', Uint8Array.from([0xff, 0xfe, ...[...'Wide story\n\nIn UTF-16.\n'].flatMap((c) => [c.charCodeAt(0), 0])]), true],
];

async function importCorpus(env: Record<string, string>) {
  for (const [name, content] of CORPUS) writeFile(dir, `in/${name}`, content);
  const started = performance.now();
  const run = await runInProcess(['import', 'in'], env, dir);
  const ms = performance.now() - started;
  const exported = await runInProcess(['export'], env, dir);
  return { run, ms, exported };
}

function expectHandled({ run, ms, exported }: Awaited<ReturnType<typeof importCorpus>>) {
  expect(run.code).toBe(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  const failed = (run.stdout.split('Failed:\n')[1] ?? '').split('\n').map((line) => line.trim().split(':')[0]);
  const refused = CORPUS.filter(([, , stored]) => stored === false).map(([name]) => `in/${name}`);
  expect(failed.sort()).toEqual(refused.sort());
  expect(run.stdout).toContain(`${CORPUS.filter(([, , stored]) => stored === 'binary').length} files refused as binary or too large`);
  const stored = CORPUS.filter(([, , ok]) => ok === true).length;
  expect(run.stdout).toContain(`${stored} created`);
  expect(exported.code).toBe(0);
  expect(exported.stdout).not.toMatch(/\\u000[0-8]|\\u001b|attacker\.example/);
  // Every file is handled within its limits: the whole corpus in seconds, not minutes.
  expect(ms).toBeLessThan(60_000);
}

describe('dateline import of hostile files', () => {
  it('imports or refuses each file of the corpus on SQLite', { timeout: 120_000 }, async () => {
    expectHandled(await importCorpus({ DATABASE_URL: 'sqlite:data/test.db', ENRICH: 'inline' }));
  });

  it('imports or refuses each file of the corpus on PostgreSQL', { timeout: 120_000 }, async () => {
    const db = await createTestDatabase();
    try {
      expectHandled(await importCorpus({ DATABASE_URL: await db.schemaUrl(), DATABASE_POOL_SIZE: '2', ENRICH: 'inline' }));
    } finally {
      await db.drop();
    }
  });
});
