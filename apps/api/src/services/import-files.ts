/**
 * @module
 * `dateline import` without the terminal: reads every source in order, stores its records in
 * batches and counts what became of each. A file that fails never stops the others.
 */
import { isAbsolute, relative } from 'node:path';
import type { ArticleInput } from '@dateline/model';
import type { SaveOutcome, Store } from '../store/store.ts';
import { applyImportDefaults, type ImportDefaults } from './import-defaults.ts';
import { collectSources, type ImportSource } from './import-sources.ts';
import { readRecords, type RefusalProblem } from './import-records.ts';
import { createImportWriter, type ImportWriterOptions, type RecordResult } from './import-writer.ts';

/** A file or record and why it was passed over or failed, by its label (path, and place in the file). */
export interface LabelledReason {
  label: string;
  reason: string;
}

/** What an import did. */
export interface ImportTally {
  /** Files read, whether or not their records could be stored. */
  files: number;
  articles: Record<SaveOutcome | 'failed', number>;
  comments: Record<'created' | 'updated' | 'unchanged' | 'failed', number>;
  /** Files of types the importers do not read. */
  skipped: LabelledReason[];
  /** Every article, comment, file or argument that failed, in order. */
  failures: LabelledReason[];
  /** Each problem an import meets, with the files (labels) that had it, in order. */
  problems: ImportProblems;
}

/**
 * The problems of an import, each with the files that had it: front-matter keys left out, stories
 * stored without a date or a byline in their source, stories already stored, and files refused as not articles or as
 * binary or too large.
 */
interface ImportProblems {
  /** Front-matter keys that are no article field, left out: the reason lists them. */
  ignoredFields: LabelledReason[];
  undated: string[];
  noByline: string[];
  duplicate: string[];
  notArticle: LabelledReason[];
  unreadable: LabelledReason[];
}

/** How to import, and who to tell as it goes. */
export interface ImportFilesOptions extends Partial<Omit<ImportWriterOptions, 'onResult'>> {
  /** Relative arguments are resolved against it, and paths are shown relative to it. */
  cwd: string;
  /** Each record's outcome, in order (labels as in the tally). */
  onResult?: (result: RecordResult) => void;
  onSkipped?: (skipped: LabelledReason) => void;
  /** A file refused: not an article, binary or too large. */
  onRefused?: (refused: LabelledReason & { problem: RefusalProblem }) => void;
  /** What to say about stories whose sources do not say it (status, date, section, author, tags). */
  defaults?: ImportDefaults;
  /** Before each file is read: its label, its position from 0, and how many files there are. */
  onFile?: (label: string, index: number, total: number) => void;
  /** Changes each article read from a page, text or Markdown file before it is stored (`--fetch-images`). */
  transformInput?: ((input: ArticleInput) => Promise<ArticleInput>) | undefined;
}

/**
 * Imports the files, folders and glob patterns in `args` (see `collectSources`).
 *
 * @example
 * const tally = await importPaths(store, ['archive/', 'extra/*.md'], { cwd: process.cwd() });
 * console.log(tally.articles.created, tally.failures);
 */
export async function importPaths(store: Store, args: readonly string[], options: ImportFilesOptions): Promise<ImportTally> {
  return importSources(store, await collectSources(args, options.cwd), options);
}

/**
 * Imports `sources` in order: one transaction per batch of records (`batchSize`, default 500),
 * each record with its own outcome. The whole is one `importInBulk` of as many articles as there
 * are files: on PostgreSQL a first load of a large archive into no stories builds the search indexes once
 * at its end, and is kept whole or not at all.
 *
 * @example
 * const tally = await importSources(store, await collectSources(['archive/'], cwd), { cwd });
 */
export async function importSources(store: Store, sources: readonly ImportSource[], options: ImportFilesOptions): Promise<ImportTally> {
  const files = sources.filter((s) => s.kind === 'file').length;
  return store.importInBulk(files, (bulk) => importEach(bulk, sources, options));
}

async function importEach(store: Store, sources: readonly ImportSource[], options: ImportFilesOptions): Promise<ImportTally> {
  const tally: ImportTally = {
    files: 0,
    articles: { created: 0, updated: 0, unchanged: 0, duplicate: 0, failed: 0 },
    comments: { created: 0, updated: 0, unchanged: 0, failed: 0 },
    skipped: [],
    failures: [],
    problems: { ignoredFields: [], undated: [], noByline: [], duplicate: [], notArticle: [], unreadable: [] },
  };
  const { problems } = tally;
  const lacking = new Map<string, { undated: boolean; noByline: boolean }>();
  const writer = createImportWriter(store, {
    batchSize: options.batchSize,
    now: options.now,
    newId: options.newId,
    onResult: (result) => {
      if (result.kind === 'article') tally.articles[result.outcome] += 1;
      else tally.comments[result.outcome] += 1;
      if (result.outcome === 'failed') tally.failures.push({ label: result.label, reason: result.reason });
      if (result.kind === 'article') {
        const lack = lacking.get(result.label);
        lacking.delete(result.label);
        if (result.outcome === 'duplicate') problems.duplicate.push(result.label);
        else if (result.outcome !== 'failed' && lack) {
          if (lack.undated) problems.undated.push(result.label);
          if (lack.noByline) problems.noByline.push(result.label);
        }
      }
      options.onResult?.(result);
    },
  });
  const files = sources.filter((s) => s.kind === 'file').length;
  for (const source of sources) {
    const label = displayPath(source.path, options.cwd);
    if (source.kind === 'skipped') {
      tally.skipped.push({ label, reason: source.reason });
      await writer.later(() => options.onSkipped?.({ label, reason: source.reason }));
    } else if (source.kind === 'missing') {
      await writer.add({ kind: 'failed', reason: source.reason }, label);
    } else {
      options.onFile?.(label, tally.files, files);
      tally.files += 1;
      for await (const read of readRecords(source.path, source.format)) {
        const record =
          read.kind === 'input' && options.transformInput ? { ...read, input: await options.transformInput(read.input) } : read;
        const at = record.at ?? '';
        if (record.kind === 'refused') {
          const refused = { label: `${label}${at}`, reason: record.reason, problem: record.problem };
          (record.problem === 'not_article' ? problems.notArticle : problems.unreadable).push({
            label: refused.label,
            reason: refused.reason,
          });
          await writer.later(() => options.onRefused?.(refused));
          continue;
        }
        if (record.kind === 'input') {
          if (record.warnings)
            problems.ignoredFields.push({ label: `${label}${at}`, reason: record.warnings.map((w) => w.field).join(', ') });
          const completed = applyImportDefaults(record.input, options.defaults ?? {}, source.path);
          lacking.set(`${label}${at}`, { undated: completed.undated, noByline: completed.noByline });
          await writer.add({ ...record, input: completed.input }, `${label}${at}`, `${source.path}${at}`);
          continue;
        }
        await writer.add(record, `${label}${at}`, `${source.path}${at}`);
      }
    }
  }
  await writer.flush();
  return tally;
}

/**
 * `path` as the person who typed the command would write it: relative to `cwd` when inside it.
 *
 * @example
 * displayPath('/srv/news/archive/a.txt', '/srv/news'); // 'archive/a.txt'
 */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
