/**
 * @module
 * The lines `dateline import` prints: one per record with `--verbose`, and the summary at the end.
 */
import { extname } from 'node:path';
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

/**
 * The summary: counts of each outcome, what was skipped, and every failure with its reason.
 * Comments get a line only when the import had any.
 *
 * @example
 * summaryLines(tally, { into: 'SQLite data/dateline.db', seconds: 1.2 });
 * // ['Imported 3 files into SQLite data/dateline.db in 1.2 s (2 articles a second)', '  articles: 2 created, …']
 */
export function summaryLines(tally: ImportTally, context: { into: string; seconds: number }): string[] {
  const { articles, comments } = tally;
  const handled = articles.created + articles.updated + articles.unchanged + articles.duplicate + comments.created + comments.updated + comments.unchanged;
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
  if (tally.skipped.length > 0) lines.push(`  skipped: ${count(tally.skipped.length, 'file')} of other types (${extensions(tally.skipped)})`);
  if (tally.failures.length > 0) lines.push('Failed:', ...tally.failures.map((f) => `  ${f.label}: ${f.reason}`));
  return lines;
}

function count(n: number, noun: string): string {
  return `${numbers.format(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** `.pdf ×2, .png`: the kinds of file passed over, most common first. */
function extensions(skipped: readonly LabelledReason[]): string {
  const counts = new Map<string, number>();
  for (const { label } of skipped) {
    const extension = extname(label).toLowerCase() || 'no extension';
    counts.set(extension, (counts.get(extension) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([extension, n]) => (n === 1 ? extension : `${extension} ×${n}`))
    .join(', ');
}
