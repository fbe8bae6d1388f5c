/**
 * @module
 * `dateline import <files or folders…>`: imports article files, reporting one line per file. A
 * file that fails never stops the others.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { collectArticleFiles, describeFailure, readArticleFile } from '../services/article-files.ts';
import { type ImportResult, importArticle } from '../services/articles.ts';
import type { SaveOutcome, Store } from '../store/store.ts';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs, UsageError } from './args.ts';
import type { CliIo } from './io.ts';
import { openStoreFromEnv } from './store-from-env.ts';

export const summary = 'Import article files (.txt plain text, .md Markdown with YAML front matter)';

export const usage = `Usage: dateline import <file or folder>...

${summary}.
Folders are searched recursively. Each file is reported as created, updated,
unchanged (same content as stored), duplicate (its content is already stored
under another slug) or failed, with the reason. Articles are published unless
their front matter says otherwise. Exits with 1 if any file failed.`;

/** How many files ended each way. */
export type ImportTally = Record<SaveOutcome | 'failed', number>;

/**
 * Imports every article file under `paths` into `store`, calling `report` with one line per file.
 * Relative paths are resolved against `cwd` and reported relative to it.
 *
 * @example
 * const tally = await importPaths(store, ['samples/'], { cwd: process.cwd(), report: console.log });
 */
export async function importPaths(
  store: Store,
  paths: readonly string[],
  options: { cwd: string; report: (line: string) => void; now?: () => Date },
): Promise<ImportTally> {
  const tally: ImportTally = { created: 0, updated: 0, unchanged: 0, duplicate: 0, failed: 0 };
  const show = (path: string) => {
    const rel = relative(options.cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
  for (const entry of await collectArticleFiles(paths.map((p) => resolve(options.cwd, p)))) {
    if ('error' in entry) {
      tally.failed += 1;
      options.report(`${show(entry.path)}: failed: ${entry.error}`);
      continue;
    }
    try {
      const result = await importArticle(store, await readArticleFile(entry.path), options.now ? { now: options.now() } : {});
      tally[result.outcome] += 1;
      options.report(`${show(entry.path)}: ${describeResult(result)}`);
    } catch (err) {
      tally.failed += 1;
      options.report(`${show(entry.path)}: failed: ${describeFailure(err)}`);
    }
  }
  return tally;
}

function describeResult(result: ImportResult): string {
  if (result.outcome === 'duplicate') return `duplicate of ${result.slug}`;
  return `${result.outcome} ${result.slug}`;
}

/**
 * Runs `import`.
 *
 * @example
 * await runImport(['story.txt', 'archive/'], processIo());
 */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {}, true);
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder.');
  const { store, label } = await openStoreFromEnv(io);
  try {
    const tally = await importPaths(store, positionals, { cwd: io.cwd, report: io.out });
    const files = Object.values(tally).reduce((a, b) => a + b, 0);
    const parts = (Object.entries(tally) as [string, number][]).map(([k, n]) => `${n} ${k}`).join(', ');
    io.out(`${files} file${files === 1 ? '' : 's'} into ${label}: ${parts}`);
    return tally.failed > 0 ? EXIT_FAILURE : EXIT_OK;
  } finally {
    await store.close();
  }
}
