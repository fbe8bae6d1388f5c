/**
 * @module
 * Tests of `dateline import`: the summary and exit codes (in-process), progress on a terminal,
 * and plain progress lines from the real program when standard error is not a terminal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runChild, runInProcess } from '../testing/cli-process.ts';
import { writeFile, writeNewsroom } from '../testing/import-fixtures.ts';
import type { CliIo } from './io.ts';
import { runCli } from './main.ts';

let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cli-import-'));
  env = { DATABASE_URL: 'sqlite:data/test.db' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The output with the temporary folder and the timing (which varies) replaced. */
function stable(text: string): string {
  return text.replaceAll(dir, '<tmp>').replace(/ in \d+\.\d s \([\d,]+ a second\)/, ' in <time>');
}

describe('dateline import', () => {
  it('summarises a mixed folder, lists each failure, and exits 1 because one file failed', async () => {
    writeNewsroom(dir);
    const run = await runInProcess(['import', 'newsroom', 'missing.md'], env, dir);
    expect(run.code).toBe(1);
    expect(stable(run.stdout)).toMatchInlineSnapshot(`
      "Imported 8 files into SQLite <tmp>/data/test.db in <time>
        articles: 6 created, 0 updated, 0 unchanged, 1 duplicate, 2 failed
        skipped: 1 file of other types (.pdf)
        6 stories had no date: imported as drafts; use --published-at or --status published
        5 stories had no byline: use --author to credit them
        1 story already stored under another file: stored once
      Failed:
        newsroom/f-broken.json: not valid JSON: Expected double-quoted property name in JSON at position 28 (line 1 column 29)
        missing.md: no such file or folder"
    `);
    // Eight files and no progress line: a small import only prints its summary.
    expect(run.stderr).toBe('');
  });

  it('prints one line per article with --verbose, and changes nothing when run again (exit 0)', async () => {
    writeFile(dir, 'in/ferry.txt', 'Ferry timetable changes next week\n\nThe first crossing moves to six in the morning.\n');
    writeFile(dir, 'in/notes.odt', 'not an article');
    const first = await runInProcess(['import', '--verbose', 'in'], env, dir);
    expect([first.code, stable(first.stdout)]).toEqual([
      0,
      [
        'in/ferry.txt: created ferry-timetable-changes-next-week',
        'in/notes.odt: skipped: unsupported file type .odt',
        'Imported 1 file into SQLite <tmp>/data/test.db in <time>',
        '  articles: 1 created, 0 updated, 0 unchanged, 0 duplicates, 0 failed',
        '  skipped: 1 file of other types (.odt)',
        '  1 story had no date: imported as drafts; use --published-at or --status published',
        '    in/ferry.txt',
        '  1 story had no byline: use --author to credit them',
        '    in/ferry.txt',
      ].join('\n'),
    ]);
    const again = await runInProcess(['import', 'in/*.txt'], env, dir);
    expect([again.code, stable(again.stdout).split('\n')[1]]).toEqual([
      0,
      '  articles: 0 created, 0 updated, 1 unchanged, 0 duplicates, 0 failed',
    ]);
  });

  it('names the front-matter keys it left out, with the files that had them under --verbose', async () => {
    writeFile(dir, 'in/a.md', '---\ntitle: Ferry returns\nlayout: post\n---\nThe ferry sailed again.\n');
    writeFile(dir, 'in/b.md', '---\ntitle: Tram trial ends\nlayout: post\nstandfrist: Sundays only.\n---\nThe late tram stops in May.\n');
    const run = await runInProcess(['import', '--verbose', 'in'], env, dir);
    expect(run.code).toBe(0);
    expect(stable(run.stdout).split('\n').slice(4, 7)).toEqual([
      '  2 files had front-matter fields that are no article field (layout ×2, standfrist): left out',
      '    in/a.md: layout',
      '    in/b.md: layout, standfrist',
    ]);
  });

  it('refuses binary and oversized files with the reason in its summary, and drops stray control characters', async () => {
    const random = new Uint8Array(200_000);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    writeFile(dir, 'in/photo.txt', random);
    writeFile(dir, 'in/page.html', random);
    writeFile(dir, 'in/huge.txt', `Huge\n\n${'All work and no play. '.repeat(300_000)}`);
    writeFile(dir, 'in/escapes.txt', 'Stray bytes\n\nA bell\u0007 and an escape\u001b crept in.\n');
    const run = await runInProcess(['import', 'in'], env, dir);
    expect(run.code).toBe(1);
    const failed = stable(run.stdout).split('Failed:\n')[1]?.split('\n').sort();
    expect(failed).toEqual([
      expect.stringMatching(/^ {2}in\/huge\.txt: The text has 6,600,\d+ characters, more than the 1,000,000 an article may have\.$/),
    ]);
    expect(run.stdout).toContain('2 files refused as binary or too large');
    expect(run.stdout).toContain('1 created');
  });

  it('prints its help on --help, and rejects a bad option or no files with exit 2', async () => {
    const help = await runInProcess(['import', '--help'], env, dir);
    expect([help.code, help.stdout.split('\n')[0]]).toEqual([0, 'Usage: dateline import [options] <file, folder or pattern>...']);
    const bad = await runInProcess(['import', '--dry-run', 'x.txt'], env, dir);
    expect([bad.code, bad.stderr.split('\n')[0]]).toEqual([2, "dateline import: Unknown option '--dry-run'."]);
    const none = await runInProcess(['import', '--verbose'], env, dir);
    expect([none.code, none.stderr.split('\n')[0]]).toEqual([2, 'dateline import: import needs at least one file or folder.']);
  });

  it('rejects a bad status, date or section choice with exit 2, naming the option', async () => {
    const first = async (args: string[]) => {
      const run = await runInProcess(['import', ...args, 'x.txt'], env, dir);
      return [run.code, run.stderr.split('\n')[0]];
    };
    expect(await first(['--status', 'live'])).toEqual([2, 'dateline import: --status must be draft or published, not "live".']);
    expect(await first(['--published-at', 'last year'])).toEqual([
      2,
      'dateline import: --published-at must be a date (2005-01-01), an ISO date-time (2005-01-01T09:30:00Z) or mtime, not "last year".',
    ]);
    expect(await first(['--section', 'News', '--section-from-folder'])).toEqual([
      2,
      'dateline import: use --section or --section-from-folder, not both.',
    ]);
  });

  it('publishes the undated story of a single file named on its own, dated now, as it would a story sent to the API', async () => {
    writeFile(dir, 'ferry.txt', 'Ferry timetable changes next week\n\nThe first crossing moves to six in the morning.\n');
    const run = await runInProcess(['import', 'ferry.txt'], env, dir);
    expect(stable(run.stdout).split('\n')[2]).toBe(
      '  1 story had no date: published, dated now (one file named on its own; --status draft keeps it a draft)',
    );
    const drafted = await runInProcess(['import', '--status', 'draft', 'ferry.txt'], env, dir);
    expect(stable(drafted.stdout).split('\n')[2]).toBe('  1 story had no date: imported as drafts (--status draft)');
  });

  it('says what it did with stories that lacked a date or byline, as the options chose', async () => {
    writeFile(dir, 'in/ferry.txt', 'Ferry timetable changes next week\n\nThe first crossing moves to six in the morning.\n');
    const run = await runInProcess(['import', '--status', 'published', '--author', 'News Desk', 'in'], env, dir);
    expect(stable(run.stdout).split('\n').slice(2)).toEqual([
      '  1 story had no date: published, dated now (--status published)',
      '  1 story had no byline: credited to News Desk (--author)',
    ]);
  });

  it('draws a progress bar on a terminal and clears it before the summary', async () => {
    writeNewsroom(dir);
    let drawn = '';
    const out: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => out.push(`stderr: ${l}`),
      env,
      cwd: dir,
      terminal: { columns: 100, write: (t) => (drawn += t) },
    };
    expect(await runCli(['import', 'newsroom'], io)).toBe(1);
    const frames = drawn.split('\r\x1b[K').filter(Boolean);
    expect(frames[0]?.replace(/\d+\/s/, 'N/s')).toBe('  0% [--------------------] 0/8 files · 0 articles · N/s · newsroom/a-ferry.txt');
    expect(drawn.endsWith('\r\x1b[K')).toBe(true);
    expect(out[0]).toMatch(/^Imported 8 files/);
  });
});

describe('the real program', () => {
  it('writes a plain progress line every 500 files when standard error is not a terminal', { timeout: 30_000 }, async () => {
    for (let n = 1; n <= 1001; n += 1)
      writeFile(dir, `bulk/${String(n).padStart(4, '0')}.txt`, `Bulletin number ${n}\n\nItem ${n} of the night.\n`);
    const run = await runChild(['import', join(dir, 'bulk')], { DATABASE_URL: `sqlite:${join(dir, 'bulk.db')}` });
    expect(run.code).toBe(0);
    expect(run.stderr.replace(/ [\d,]+ a second/g, ' N a second').split('\n')).toEqual([
      expect.stringMatching(/^Progress: 500 of 1,001 files \(49%\), [\d,]+ articles, N a second$/),
      expect.stringMatching(/^Progress: 1,000 of 1,001 files \(99%\), [\d,]+ articles, N a second$/),
      '',
    ]);
    expect(run.stdout).toMatch(/\n {2}articles: 1,001 created, 0 updated, 0 unchanged, 0 duplicates, 0 failed\n/);
  });
});
