/**
 * @module
 * `dateline export [--format jsonl] [--output <file>]`: writes every article and comment as JSON
 * Lines, to standard output or to a file that is only replaced once the export is complete.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { displayPath } from '../services/import-files.ts';
import { type ExportCounts, writeExport } from '../services/export-jsonl.ts';
import { exportMedia, mediaFolderOf } from '../services/media/media-transfer.ts';
import { localMediaStorage } from '../services/media/storage.ts';
import type { Store } from '../store/store.ts';
import { EXIT_OK, parseCommandArgs, UsageError } from './args.ts';
import type { CliIo } from './io.ts';
import { openStoreFromEnv } from './store-from-env.ts';
import { SUMMARIES } from './summaries.ts';

const summary = SUMMARIES.export;

export const usage = `Usage: dateline export [--format jsonl] [--output <file>]

${summary}, to read back with dateline import.

Writes a header line, then every article (drafts, scheduled and archived too,
with editors' corrections to its people, places and quotations, its place on
the enrichment queue and its pin to the front page) and every comment (any status, with the e-mail addresses
and notes only moderators see), streaming, so a database of any size fits.
Importing the file into an empty database restores the same ids, slugs, times
and statuses. Accounts and tokens are not in it: dateline backup copies everything.

Options:
  --format jsonl       The output format; JSON Lines is the only one.
  -o, --output <file>  Write to this file (replaced only once the export is
                       complete) instead of standard output. '-' means
                       standard output.
  -h, --help           Show this help.

With --output, the media library goes beside the file, in a companion folder
named after it (news.jsonl: news.media/, with media.jsonl and one folder of
files per picture); dateline import news.jsonl restores it from there.

The file holds e-mail addresses: keep it as private as the database.`;

/**
 * Runs `export`.
 *
 * @example
 * await runExport(['--output', 'backup.jsonl'], processIo());
 */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { format: { type: 'string', default: 'jsonl' }, output: { type: 'string', short: 'o' } },
    true,
  );
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  if (values.format !== 'jsonl') throw new UsageError(`unknown format "${values.format}": the only format is jsonl.`);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}": name the output file with --output.`);
  if (values.output === '') throw new UsageError('--output needs a file name.');
  const output = values.output === undefined || values.output === '-' ? undefined : resolve(io.cwd, values.output);
  const { store, label, config } = await openStoreFromEnv(io);
  try {
    if (!output) {
      try {
        const counts = await writeExport(store, io.stdout ?? lineWriter(io.out));
        if (io.terminal) io.err(describe(counts, label, 'standard output'));
      } catch (err) {
        // The reader stopped reading (`dateline export | head`): what it wanted, it has.
        if ((err as NodeJS.ErrnoException).code !== 'EPIPE') throw err;
      }
      return EXIT_OK;
    }
    const counts = await exportToFile(store, output);
    io.out(describe(counts, label, displayPath(output, io.cwd)));
    const folder = mediaFolderOf(output);
    const pictures = await exportMedia(store, localMediaStorage(config.media.dir), folder);
    if (pictures > 0)
      io.out(`Exported ${pictures.toLocaleString('en')} picture${pictures === 1 ? '' : 's'} to ${displayPath(folder, io.cwd)}`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/** Writes beside `path` and renames at the end, so a failed export never replaces a good file. */
async function exportToFile(store: Store, path: string): Promise<ExportCounts> {
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const file = createWriteStream(partial, { flags: 'wx' });
  try {
    const counts = await writeExport(store, file);
    file.end();
    await finished(file);
    await rename(partial, path);
    return counts;
  } catch (err) {
    file.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}

function describe(counts: ExportCounts, from: string, to: string): string {
  const plural = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
  return `Exported ${plural(counts.articles, 'article')} and ${plural(counts.comments, 'comment')} from ${from} to ${to}`;
}

/** Standard output for callers that capture lines instead of giving a stream (tests). */
function lineWriter(out: (line: string) => void): Writable {
  let rest = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) out(line);
      done();
    },
  });
}
