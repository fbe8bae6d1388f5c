/**
 * @module
 * `dateline import <files, folders or patterns…>`: imports article files and Dateline exports,
 * with progress on standard error and a summary at the end. A file that fails never stops the
 * others; the exit status is 1 only if something failed.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { dateTimestamp, isoTimestamp, MAX_SOURCE_BYTES } from '@dateline/model';
import type { ImportDefaults } from '../services/import-defaults.ts';
import { displayPath, importPaths } from '../services/import-files.ts';
import { formatList } from '../services/import-formats.ts';
import { collectSources } from '../services/import-sources.ts';
import { createMediaContext } from '../services/media/context.ts';
import { fetchImages } from '../services/media/fetch-images.ts';
import { importMedia, mediaFolderOf } from '../services/media/media-transfer.ts';
import { localMediaStorage } from '../services/media/storage.ts';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs, UsageError } from './args.ts';
import { createProgress } from './import-progress.ts';
import { resultLine, summaryLines } from './import-summary.ts';
import type { CliIo } from './io.ts';
import { openStoreFromEnv } from './store-from-env.ts';
import { SUMMARIES } from './summaries.ts';

export { importPaths } from '../services/import-files.ts';

const summary = SUMMARIES.import;

// Derived from the table of formats, so the help names every format the importers read.
const formatsParagraph = wrap(
  `Reads ${formatList()}, each also gzipped (.html.gz…). An export brings its pictures from ` +
    'the companion folder beside it (news.media/ for news.jsonl). Folders are searched recursively; ' +
    "patterns such as 'archive/**/*.md' are expanded (quote them to keep the shell from doing it). " +
    'Files of other types are skipped. Text is read as UTF-8, or Windows-1252 when it is not valid ' +
    'UTF-8; web pages may declare their own <meta charset>.',
);

export const usage = `Usage: dateline import [options] <file, folder or pattern>...

${summary}.

${formatsParagraph}

Each article ends up created, updated (same slug, new content), unchanged,
duplicate (its content is already stored, so it is stored once) or failed,
with the reason. Refused, and not stored: web pages with too little article
text to be a story (lists, forms, error pages), binary files and files over
${MAX_SOURCE_BYTES / 1024 / 1024} MiB. Exported articles and comments keep their ids, slugs, times
and statuses. Importing the same files again changes nothing.

Dates: a story takes its date from its source (a page's metadata or JSON-LD,
front matter, an export). A story whose source gives no date is imported as
a DRAFT, so that an archive never lands on the front page, the feeds and the
news sitemap as today's news; give it a date with --published-at, or publish
it dated now with --status published. A single file named on its own is a
story being published now: undated, it is published as of now (--status
draft keeps it a draft).

Options:
      --status <draft|published>  Status of stories whose source states none
                                  (default: published when dated, else draft).
      --published-at <date>       Date of stories whose source gives none: a day
                                  (2005-01-01, noon UTC) or an ISO date-time;
                                  "mtime" takes each file's modification time.
      --section <name>            Section of stories whose source names none.
      --section-from-folder       The section is the name of each file's folder
                                  (bbc/business/001.txt: Business).
      --author <name>             Author of stories whose source names none
                                  (repeat for several).
      --tag <name>                Tag added to every story (repeat for several).
      --fetch-images              Copy the pictures of imported pages, text and
                                  Markdown into the media library (MEDIA_DIR)
                                  instead of linking to them, with the checks of
                                  an upload; a picture that cannot be fetched or
                                  is refused stays linked, with a warning.
  -v, --verbose                   Print one line per article (and comment) as it
                                  is stored, and the files behind each problem.
  -h, --help                      Show this help.

Progress is shown on standard error; the summary goes to standard output. It
counts the stories that had no date or no byline, the duplicates and the
files refused. Exits with 1 if anything failed, 2 for a bad command line.`;

const OPTIONS = {
  verbose: { type: 'boolean', short: 'v' },
  status: { type: 'string' },
  'published-at': { type: 'string' },
  section: { type: 'string' },
  'section-from-folder': { type: 'boolean' },
  author: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  'fetch-images': { type: 'boolean' },
} as const;

/**
 * The import defaults the command line asks for; throws `UsageError` naming a bad value.
 *
 * @example
 * importDefaults({ status: 'draft', 'section-from-folder': true }); // { status: 'draft', sectionFromFolder: true }
 */
function importDefaults(values: {
  status?: string;
  'published-at'?: string;
  section?: string;
  'section-from-folder'?: boolean;
  author?: string[];
  tag?: string[];
}): ImportDefaults {
  const out: ImportDefaults = {};
  if (values.status !== undefined) {
    if (values.status !== 'draft' && values.status !== 'published')
      throw new UsageError(`--status must be draft or published, not "${values.status}".`);
    out.status = values.status;
  }
  const at = values['published-at'];
  if (at !== undefined) {
    const date = at === 'mtime' ? 'mtime' : (isoTimestamp(at) ?? dateTimestamp(at));
    if (!date)
      throw new UsageError(`--published-at must be a date (2005-01-01), an ISO date-time (2005-01-01T09:30:00Z) or mtime, not "${at}".`);
    out.publishedAt = date;
  }
  if (values.section !== undefined && values['section-from-folder'])
    throw new UsageError('use --section or --section-from-folder, not both.');
  const section = values.section?.trim();
  if (values.section !== undefined && !section) throw new UsageError('--section needs a name.');
  if (section) out.section = section;
  if (values['section-from-folder']) out.sectionFromFolder = true;
  const authors = (values.author ?? []).map((a) => a.trim());
  if (authors.some((a) => a === '')) throw new UsageError('--author needs a name.');
  if (authors.length > 0) out.authors = authors;
  const tags = (values.tag ?? []).map((t) => t.trim());
  if (tags.some((t) => t === '')) throw new UsageError('--tag needs a name.');
  if (tags.length > 0) out.tags = tags;
  return out;
}

/** `text` broken into lines of at most `width` characters, between words. */
function wrap(text: string, width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].join('\n');
}

/** Whether `path` is a file (not a folder, a pattern or nothing). */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Runs `import`.
 *
 * @example
 * await runImport(['story.txt', 'archive/', 'pages/*.html'], processIo());
 */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder.');
  const defaults = importDefaults(values);
  if (positionals.length === 1 && isFile(resolve(io.cwd, positionals[0]!))) defaults.oneStory = true;
  const { store, label, config } = await openStoreFromEnv(io);
  const media = values['fetch-images'] ? createMediaContext(config.media) : undefined;
  // An export's pictures first, so its articles find them.
  for (const source of await collectSources(positionals, io.cwd)) {
    if (source.kind !== 'file' || source.format !== 'jsonl') continue;
    const folder = mediaFolderOf(source.path);
    const restored = await importMedia(store, localMediaStorage(config.media.dir), folder);
    if (restored.pictures > 0)
      io.err(
        `Restored ${restored.pictures.toLocaleString('en')} picture${restored.pictures === 1 ? '' : 's'} from ${displayPath(folder, io.cwd)}`,
      );
    for (const failure of restored.failures) io.err(`warning: ${failure}`);
  }
  const started = performance.now();
  const progress = createProgress({ terminal: io.terminal, line: io.err });
  const verbose = values.verbose === true;
  try {
    const tally = await importPaths(store, positionals, {
      cwd: io.cwd,
      defaults,
      onFile: (file, index, total) => progress.file(file, index, total),
      onResult: (result) => {
        progress.record(result.kind);
        if (verbose) progress.print(io.out, resultLine(result));
      },
      transformInput: media
        ? (input) =>
            fetchImages(input, {
              store,
              media,
              now: new Date(),
              onProblem: (p) => progress.print(io.err, `warning: picture ${p.src} not copied: ${p.reason}`),
            })
        : undefined,
      onSkipped: (skipped) => {
        if (verbose) progress.print(io.out, `${skipped.label}: skipped: ${skipped.reason}`);
      },
      onRefused: (refused) => {
        if (verbose) progress.print(io.out, `${refused.label}: refused: ${refused.reason}`);
      },
    });
    progress.done();
    for (const line of summaryLines(tally, { into: label, seconds: (performance.now() - started) / 1000, defaults, verbose })) io.out(line);
    return tally.failures.length > 0 ? EXIT_FAILURE : EXIT_OK;
  } finally {
    progress.done();
    await store.close();
  }
}
