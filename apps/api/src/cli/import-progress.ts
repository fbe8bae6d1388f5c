/**
 * @module
 * How far an import has got, on standard error: a bar redrawn in place on a terminal, and
 * otherwise (a log file, CI) a plain line every so many files or seconds.
 */
import type { Terminal } from './io.ts';

/** Where progress goes, and how often. */
export interface ProgressOptions {
  /** Draw a bar here when standard error is a terminal. */
  terminal?: Terminal | undefined;
  /** Otherwise, write whole lines here. */
  line: (text: string) => void;
  /** Milliseconds on a monotonic clock; tests pass their own. */
  clock?: () => number;
  /** Plain lines: one after this many files… */
  everyFiles?: number;
  /** …or after this many milliseconds, whichever comes first. */
  everyMs?: number;
}

/** Tells the display what the import is doing. */
export interface Progress {
  /** A file is about to be read: its label, its position from 0, and how many files there are. */
  file(label: string, index: number, total: number): void;
  /** One more article or comment has an outcome. */
  record(kind: 'article' | 'comment'): void;
  /** Writes a line with `write` without garbling the bar. */
  print(write: (line: string) => void, line: string): void;
  /** Takes the bar away (the summary follows). */
  done(): void;
}

const BAR_WIDTH = 20;
const REDRAW_MS = 100;
const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

function count(n: number, noun: string): string {
  return `${numbers.format(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A progress display. Plain lines default to every 500 files or 10 seconds, so a big import
 * writes a few dozen lines rather than one per file.
 *
 * @example
 * const progress = createProgress({ terminal: io.terminal, line: io.err });
 * progress.file('archive/a.txt', 0, 120);
 * progress.record('article');
 * progress.done();
 */
export function createProgress(options: ProgressOptions): Progress {
  const clock = options.clock ?? (() => performance.now());
  const everyFiles = options.everyFiles ?? 500;
  const everyMs = options.everyMs ?? 10_000;
  const start = clock();
  let filesDone = 0;
  let total = 0;
  let current = '';
  let articles = 0;
  let comments = 0;
  let lastLine = { at: start, files: 0 };
  let lastDraw = -Infinity;
  let drawn = false;
  const { terminal } = options;

  const status = () => {
    const elapsed = (clock() - start) / 1000;
    const rate = elapsed > 0 ? (articles + comments) / elapsed : 0;
    const stored = comments > 0 ? `${count(articles, 'article')}, ${count(comments, 'comment')}` : count(articles, 'article');
    return { percent: total > 0 ? Math.floor((100 * filesDone) / total) : 0, stored, rate: (rate < 10 ? decimal : numbers).format(rate) };
  };

  const draw = (force = false) => {
    if (!terminal) return;
    const now = clock();
    if (!force && now - lastDraw < REDRAW_MS) return;
    lastDraw = now;
    const { percent, stored, rate } = status();
    const filled = Math.round((BAR_WIDTH * percent) / 100);
    const bar = `${String(percent).padStart(3)}% [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
    const text = `${bar} ${numbers.format(filesDone)}/${numbers.format(total)} files · ${stored} · ${rate}/s · `;
    terminal.write(`\r\x1b[K${text}${fitLeft(current, terminal.columns - text.length - 1)}`);
    drawn = true;
  };

  const clear = () => {
    if (terminal && drawn) terminal.write('\r\x1b[K');
    drawn = false;
  };

  const maybeLine = () => {
    if (terminal) return;
    const now = clock();
    if (filesDone - lastLine.files < everyFiles && now - lastLine.at < everyMs) return;
    lastLine = { at: now, files: filesDone };
    const { percent, stored, rate } = status();
    options.line(`Progress: ${numbers.format(filesDone)} of ${numbers.format(total)} files (${percent}%), ${stored}, ${rate} a second`);
  };

  return {
    file: (label, index, count) => {
      filesDone = index;
      total = count;
      current = label;
      maybeLine();
      draw(index === 0);
    },
    record: (kind) => {
      if (kind === 'article') articles += 1;
      else comments += 1;
      // A big export is one file: its lines still get their progress line now and then.
      maybeLine();
      draw();
    },
    print: (write, line) => {
      clear();
      write(line);
      draw(true);
    },
    done: () => {
      filesDone = total;
      clear();
    },
  };
}

/** The end of `text` in at most `width` characters: the file name matters more than its folders. */
function fitLeft(text: string, width: number): string {
  if (width <= 1) return '';
  return text.length <= width ? text : `…${text.slice(text.length - width + 1)}`;
}
