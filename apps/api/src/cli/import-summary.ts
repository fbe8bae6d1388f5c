/**
 * @module
 * The lines `dateline import` prints: one per record with `--verbose`, and the summary at the end.
 */
import { extname } from 'node:path';
import type { ImportDefaults } from '../services/import-defaults.ts';
import type { ImportTally, LabelledReason } from '../services/import-files.ts';
import type { RecordResult } from '../services/import-writer.ts';

const numbers = new Intl.NumberFormat('en');

/**
 * One record's outcome, as `--verbose` prints it.
 *
 * @example
 * resultLine({ label: 'a.txt', kind: 'article', outcome: 'duplicate', slug: 'ferry' }); // 'a.txt: duplicate of ferry'
 */
export function resultLine(result: RecordResult): string {
  if (result.outcome === 'failed') return `${result.label}: failed: ${result.reason}`;
  if (result.kind === 'comment') return `${result.label}: ${result.outcome} comment ${result.id}`;
  if (result.outcome === 'duplicate') return `${result.label}: duplicate of ${result.slug}`;
  return `${result.label}: ${result.outcome} ${result.slug}`;
}

/** What the summary needs besides the tally. */
export interface SummaryContext {
  into: string;
  seconds: number;
  /** The options the import ran with, to say what became of stories without a date or byline. */
  defaults?: ImportDefaults | undefined;
  /** List the files behind each problem. */
  verbose?: boolean | undefined;
}

/**
 * The summary: counts of each outcome, what was skipped, each problem with how many files had it
 * (no date, no byline, duplicate, refused) and what was done about it, and every failure with its
 * reason. Comments get a line only when the import had any; `verbose` lists the files under each
 * problem.
 *
 * @example
 * summaryLines(tally, { into: 'SQLite data/dateline.db', seconds: 1.2 });
 * // ['Imported 3 files into SQLite data/dateline.db in 1.2 s (2 articles a second)', '  articles: 2 created, …',
 * //  '  2 stories had no date: imported as drafts; use --published-at or --status published']
 */
export function summaryLines(tally: ImportTally, context: SummaryContext): string[] {
  const { articles, comments } = tally;
  const handled =
    articles.created +
    articles.updated +
    articles.unchanged +
    articles.duplicate +
    comments.created +
    comments.updated +
    comments.unchanged;
  const rate = context.seconds > 0 ? Math.round(handled / context.seconds) : 0;
  const lines = [
    `Imported ${count(tally.files, 'file')} into ${context.into} in ${context.seconds.toFixed(1)} s (${numbers.format(rate)} a second)`,
    `  articles: ${numbers.format(articles.created)} created, ${numbers.format(articles.updated)} updated, ` +
      `${numbers.format(articles.unchanged)} unchanged, ${count(articles.duplicate, 'duplicate')}, ${numbers.format(articles.failed)} failed`,
  ];
  if (Object.values(comments).some((n) => n > 0)) {
    lines.push(
      `  comments: ${numbers.format(comments.created)} created, ${numbers.format(comments.updated)} updated, ` +
        `${numbers.format(comments.unchanged)} unchanged, ${numbers.format(comments.failed)} failed`,
    );
  }
  if (tally.skipped.length > 0)
    lines.push(`  skipped: ${count(tally.skipped.length, 'file')} of other types (${extensions(tally.skipped)})`);
  lines.push(...problemLines(tally, context.defaults ?? {}, context.verbose === true));
  if (tally.failures.length > 0) lines.push('Failed:', ...tally.failures.map((f) => `  ${f.label}: ${f.reason}`));
  return lines;
}

function problemLines(tally: ImportTally, defaults: ImportDefaults, verbose: boolean): string[] {
  const { ignoredFields, undated, noByline, duplicate, notArticle, unreadable } = tally.problems;
  const lines: string[] = [];
  const add = (n: number, line: string, files: readonly (string | LabelledReason)[]) => {
    if (n === 0) return;
    lines.push(`  ${line}`);
    if (verbose) for (const file of files) lines.push(typeof file === 'string' ? `    ${file}` : `    ${file.label}: ${file.reason}`);
  };
  const fields = countEach(ignoredFields.flatMap((file) => file.reason.split(', ')));
  add(
    ignoredFields.length,
    `${count(ignoredFields.length, 'file')} had front-matter fields that are no article field (${fields}): left out`,
    ignoredFields,
  );
  add(undated.length, `${stories(undated.length)} no date: ${undatedFate(defaults)}`, undated);
  const credited = defaults.authors?.length ? `credited to ${defaults.authors.join(', ')} (--author)` : 'use --author to credit them';
  add(noByline.length, `${stories(noByline.length)} no byline: ${credited}`, noByline);
  add(duplicate.length, `${count(duplicate.length, 'story')} already stored under another file: stored once`, duplicate);
  add(notArticle.length, `${count(notArticle.length, 'file')} refused as not an article (too little article text): not stored`, notArticle);
  add(unreadable.length, `${count(unreadable.length, 'file')} refused as binary or too large: not stored`, unreadable);
  return lines;
}

function stories(n: number): string {
  return `${count(n, 'story')} had`;
}

// What was done with stories whose source gave no date, in the words of the options that did it.
function undatedFate(defaults: ImportDefaults): string {
  const { status, publishedAt } = defaults;
  const dated =
    publishedAt === 'mtime'
      ? "dated by their files' modification time (--published-at mtime)"
      : publishedAt
        ? `dated ${publishedAt} (--published-at)`
        : undefined;
  if (status === 'draft') return `${dated ? `${dated}, ` : ''}imported as drafts (--status draft)`;
  if (dated) return dated;
  if (status === 'published') return 'published, dated now (--status published)';
  if (defaults.oneStory) return 'published, dated now (one file named on its own; --status draft keeps it a draft)';
  return 'imported as drafts; use --published-at or --status published';
}

function count(n: number, noun: string): string {
  return `${numbers.format(n)} ${n === 1 ? noun : noun.replace(/y$/, 'ie')}${n === 1 ? '' : 's'}`;
}

/** `.pdf ×2, .png`: the kinds of file passed over, most common first. */
function extensions(skipped: readonly LabelledReason[]): string {
  return countEach(skipped.map(({ label }) => extname(label).toLowerCase() || 'no extension'));
}

/** `layout ×2, weight`: each value with how often it came, most common first. */
function countEach(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, n]) => (n === 1 ? value : `${value} ×${n}`))
    .join(', ');
}
