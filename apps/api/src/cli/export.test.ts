/**
 * @module
 * Tests of `dateline export`: options and exit codes (in-process), a file that is only replaced
 * by a complete export, and the real program streaming to a pipe that `import` reads back.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runChild, runInProcess } from '../testing/cli-process.ts';
import { writeNewsroom } from '../testing/import-fixtures.ts';

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cli-export-'));
  env = { DATABASE_URL: 'sqlite:data/test.db' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dateline export', () => {
  it('writes a header and one line per article to --output, and says so', async () => {
    writeNewsroom(dir);
    await runInProcess(['import', '--status', 'published', 'newsroom'], env, dir);
    const run = await runInProcess(['export', '--output', 'backup.jsonl'], env, dir);
    expect([run.code, run.stdout.replaceAll(dir, '<tmp>'), run.stderr]).toEqual([
      0,
      'Exported 6 articles and 0 comments from SQLite <tmp>/data/test.db to backup.jsonl',
      '',
    ]);
    const lines = readFileSync(join(dir, 'backup.jsonl'), 'utf8').split('\n');
    expect(lines).toHaveLength(8);
    expect(JSON.parse(lines[0]!)).toEqual({ type: 'dateline-export', version: 1, exportedAt: expect.any(String) });
    expect(
      lines
        .slice(1, 7)
        .map((l) => (JSON.parse(l) as { article: { status: string } }).article.status)
        .sort(),
    ).toEqual(['draft', 'published', 'published', 'published', 'published', 'published']);
    expect(lines[7]).toBe('');
  });

  it('writes to standard output by default', async () => {
    const run = await runInProcess(['export'], env, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\{"type":"dateline-export","version":1,"exportedAt":"[^"]+"\}$/);
  });

  it('prints its help on --help, and rejects a bad format, a stray argument or an unknown option with exit 2', async () => {
    const help = await runInProcess(['export', '--help'], env, dir);
    expect([help.code, help.stdout.split('\n')[0]]).toEqual([0, 'Usage: dateline export [--format jsonl] [--output <file>]']);
    const errors = await Promise.all(
      [['--format', 'csv'], ['backup.jsonl'], ['--gzip'], ['--output']].map(async (args) => {
        const run = await runInProcess(['export', ...args], env, dir);
        return `${run.code} ${run.stderr.split('\n')[0]}`;
      }),
    );
    expect(errors).toEqual([
      '2 dateline export: unknown format "csv": the only format is jsonl.',
      '2 dateline export: unexpected argument "backup.jsonl": name the output file with --output.',
      "2 dateline export: Unknown option '--gzip'.",
      "2 dateline export: Option '-o, --output <value>' argument missing.",
    ]);
  });

  it('keeps the old file when the export cannot be written, and leaves nothing partial', async () => {
    writeFileSync(join(dir, 'backup.jsonl'), 'yesterday\n');
    const run = await runInProcess(['export', '--output', 'no-such-folder/backup.jsonl'], env, dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^dateline export: No such file or folder: .*no-such-folder\/[^\n]*$/);
    expect(readFileSync(join(dir, 'backup.jsonl'), 'utf8')).toBe('yesterday\n');
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });
});

describe('the real program', () => {
  it('streams an export to a pipe that import reads back into an empty database', { timeout: 30_000 }, async () => {
    writeNewsroom(dir);
    const from = { DATABASE_URL: `sqlite:${join(dir, 'from.db')}` };
    await runInProcess(['import', '--status', 'published', 'newsroom'], from, dir);
    const exported = await runChild(['export'], from);
    expect([exported.code, exported.stderr]).toEqual([0, '']);
    writeFileSync(join(dir, 'piped.jsonl'), exported.stdout);
    const to = { DATABASE_URL: `sqlite:${join(dir, 'to.db')}` };
    const imported = await runChild(['import', join(dir, 'piped.jsonl')], to);
    expect([imported.code, imported.stdout.split('\n')[1]]).toEqual([
      0,
      '  articles: 6 created, 0 updated, 0 unchanged, 0 duplicates, 0 failed',
    ]);
    const again = await runInProcess(['export'], to, dir);
    expect(again.stdout.split('\n').slice(1)).toEqual(exported.stdout.split('\n').slice(1, -1));
  });
});
