/**
 * @module
 * `dateline import <files, folders or patterns…>`: imports article files and Dateline exports,
 * with progress on standard error and a summary at the end. A file that fails never stops the
 * others; the exit status is 1 only if something failed.
 */
import { displayPath, importPaths } from '../services/import-files.ts';
import { collectSources } from '../services/import-sources.ts';
import { importMedia, mediaFolderOf } from '../services/media/media-transfer.ts';
import { localMediaStorage } from '../services/media/storage.ts';
import { createMediaContext } from '../services/media/context.ts';
import { fetchImages } from '../services/media/fetch-images.ts';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs, UsageError } from './args.ts';
import { createProgress } from './import-progress.ts';
import { resultLine, summaryLines } from './import-summary.ts';
import type { CliIo } from './io.ts';
import { openStoreFromEnv } from './store-from-env.ts';
import { SUMMARIES } from './summaries.ts';

export { importPaths } from '../services/import-files.ts';

export const summary = SUMMARIES.import;

export const usage = `Usage: dateline import [--verbose] <file, folder or pattern>...

${summary}.

Reads plain text (.txt), Markdown with YAML front matter (.md), web pages
(.html, .htm), articles as JSON (.json: one, or an array) and Dateline exports
(.jsonl, from dateline export, with its pictures from the companion folder
beside it, news.media/ for news.jsonl). Folders are searched recursively; patterns such
as 'archive/**/*.md' are expanded (quote them to keep the shell from doing it).
Files of other types are skipped. Text is read as UTF-8, or Windows-1252 when
it is not valid UTF-8; web pages may declare their own <meta charset>.

Each article ends up created, updated (same slug, new content), unchanged,
duplicate (its content is already stored, so it is stored once) or failed,
with the reason. Exported articles and comments keep their ids, slugs, times
and statuses. Importing the same files again changes nothing.

Options:
  -v, --verbose       Print one line per article (and comment) as it is stored.
      --fetch-images  Copy the pictures of imported pages, text and Markdown into
                      the media library (MEDIA_DIR) instead of linking to them,
                      with the checks of an upload; a picture that cannot be
                      fetched or is refused stays linked, with a warning.
  -h, --help     Show this help.

Progress is shown on standard error; the summary goes to standard output.
Exits with 1 if anything failed, 2 for a bad command line.`;

/**
 * Runs `import`.
 *
 * @example
 * await runImport(['story.txt', 'archive/', 'pages/*.html'], processIo());
 */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { verbose: { type: 'boolean', short: 'v' }, 'fetch-images': { type: 'boolean' } }, true);
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder.');
  const { store, label, config } = await openStoreFromEnv(io);
  // An export's pictures first, so its articles find them.
  for (const source of await collectSources(positionals, io.cwd)) {
    if (source.kind !== 'file' || source.format !== 'jsonl') continue;
    const folder = mediaFolderOf(source.path);
    const restored = await importMedia(store, localMediaStorage(config.media.dir), folder);
    if (restored.pictures > 0) io.err(`Restored ${restored.pictures.toLocaleString('en')} picture${restored.pictures === 1 ? '' : 's'} from ${displayPath(folder, io.cwd)}`);
    for (const failure of restored.failures) io.err(`warning: ${failure}`);
  }
  const media = values['fetch-images'] ? createMediaContext(config.media) : undefined;
  const started = performance.now();
  const progress = createProgress({ terminal: io.terminal, line: io.err });
  const verbose = values.verbose === true;
  try {
    const tally = await importPaths(store, positionals, {
      cwd: io.cwd,
      onFile: (file, index, total) => progress.file(file, index, total),
      onResult: (result) => {
        progress.record(result.kind);
        if (verbose) progress.print(io.out, resultLine(result));
      },
      transformInput: media
        ? (input) => fetchImages(input, { store, media, now: new Date(), onProblem: (p) => progress.print(io.err, `warning: picture ${p.src} not copied: ${p.reason}`) })
        : undefined,
      onSkipped: (skipped) => {
        if (verbose) progress.print(io.out, `${skipped.label}: skipped: ${skipped.reason}`);
      },
    });
    progress.done();
    for (const line of summaryLines(tally, { into: label, seconds: (performance.now() - started) / 1000 })) io.out(line);
    return tally.failures.length > 0 ? EXIT_FAILURE : EXIT_OK;
  } finally {
    progress.done();
    await store.close();
  }
}
