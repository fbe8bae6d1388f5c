/**
 * @module
 * Reading benchmark figures from what the benchmarks print, and judging an old tree's figures
 * against a new tree's (`npm run bench -- --against <commit>`, scripts/bench-compare.mjs).
 *
 * The benchmarks print aligned text for people. An older commit cannot be taught another format,
 * so the comparison reads that text, the same way for both trees: a figure is a number followed by
 * a unit of time (`µs/call`, `ms`, `s`) or of rate (`req/s`, `521/s`, `uploads a minute`), named by
 * the words before it on its line, the line it is indented under and the column header above it.
 * Counts, sizes and shares are not figures here: they are not speeds.
 */

/** One speed figure a benchmark printed. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  better: 'lower' | 'higher';
}

/** One row of the comparison table. */
export interface Row {
  bench: string;
  name: string;
  unit: string;
  old: number[];
  new: number[];
  /** Relative change of the new median against the old, positive when slower (or fewer a second). */
  change: number | null;
  verdict: 'slower' | 'faster' | 'same' | 'only in new' | 'only in old';
}

// A number (1,234.5 or 0.25 or 12) and the unit after it: a rate (…/s, … a minute) or a time.
const FIGURE =
  /(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?([a-z]*\/s)\b|\s([a-z]+ a (?:minute|second))\b|\s?(µs|us|ms|s|min)(\/[a-z]+|\s+a\s+[a-z]+)?(?![\w%]))/g;
// Targets and ceilings printed beside a figure are settings, not measurements.
const SETTING = /\((?:target|ceiling)[^)]*\)/gi;
// A line that states a target (`met: p50 ≤ 2 ms`, `target (>= 70%): NOT met`) repeats a setting too.
const TARGET_LINE = /[≥≤]|[<>]=/;
const ANSI = /\u001b\[[0-9;]*m/g;
// A run that measured nothing: a division by its zero requests (`cpu Infinity ms/req`, `NaN`), or
// the benchmark saying so (`FAILED: served no request`). The numbers on such a line (`0 req/s`,
// `p50 0 ms`) are not measurements either.
const FAILED_LINE = /(?<![\w.])-?(?:Infinity|NaN)(?![\w])|\bFAILED\b/;

// Scores, shares and thousands printed before a figure (`F1 0.979`, `58%`, `1,782 texts`) differ
// between trees and runs; a figure's name leaves them out, but keeps small counts (`limit 20`).
// Words in brackets are left out too: they are what a later commit most often reworded
// (`by CPU time (writing thread)` became `by CPU time`), and the words before them name the figure.
const MEASURE = /(?<![\w.])(?:\d+\.\d+|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?%)(?![\w%])/g;
const clean = (text: string) =>
  text
    .replace(/\([^()]*\)/g, ' ')
    .replace(MEASURE, ' ')
    .replace(/[()[\];,]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:/·|-]+|[\s:/·|-]+$/g, '');

/** A heading's label: the part before a colon when what follows it holds numbers (settings of the run). */
function headingLabel(text: string): string {
  const colon = text.indexOf(': ');
  return clean(colon > 0 && /\d/.test(text.slice(colon)) ? text.slice(0, colon) : text);
}

/** Column headers of an aligned table: a line indented by 10 or more, of words apart by 2+ spaces. */
function columnsOf(line: string): { at: number; name: string }[] | null {
  if (!/^\s{10,}\S/.test(line) || /\d/.test(line)) return null;
  const columns = [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index, name: m[0] }));
  return columns.length >= 2 ? columns : null;
}

/**
 * The speed figures in a benchmark's output, in the order printed, each named by its place.
 *
 * @example
 * figuresOf('GET /v1/articles\n  api  1059 req/s  cpu 162 µs/req\n');
 * // [{ name: 'GET /v1/articles › api', value: 1059, unit: 'req/s', better: 'higher' },
 * //  { name: 'GET /v1/articles › api · cpu', value: 162, unit: 'µs/req', better: 'lower' }]
 */
export function figuresOf(output: string): Figure[] {
  return read(output).figures;
}

/**
 * The lines of a benchmark's output that measured nothing (see FAILED_LINE), named as their
 * figures would be: `figuresOf` leaves their numbers out.
 *
 * @example
 * failedLines('GET /page\n  uncached   0 req/s  cpu Infinity ms/req\n'); // ['GET /page › uncached']
 */
export function failedLines(output: string): string[] {
  return read(output).failed;
}

/** The figures of `output`, and the names of its lines that measured nothing. */
function read(output: string): { figures: Figure[]; failed: string[] } {
  const figures: Figure[] = [];
  const failed: string[] = [];
  const seen = new Map<string, number>();
  // The labels of the lines above, by indentation, for lines indented under them.
  const parents: { indent: number; label: string }[] = [];
  let columns: { at: number; name: string }[] | null = null;
  for (const raw of output.replace(ANSI, '').split('\n')) {
    const line = raw.replace(SETTING, (m) => ' '.repeat(m.length)).trimEnd();
    if (!line.trim() || TARGET_LINE.test(line)) continue;
    const header = columnsOf(line);
    if (header) {
      columns = header;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    while (parents.length && parents.at(-1)!.indent >= indent) parents.pop();
    const broken = FAILED_LINE.exec(line);
    let matches = [...line.matchAll(FIGURE)];
    const before = line.slice(0, Math.min(matches[0]?.index ?? line.length, broken?.index ?? line.length));
    const subject = clean(before);
    const prefix = parents.map((p) => p.label).join(' › ');
    if (broken) {
      failed.push([prefix, subject].filter(Boolean).join(' › '));
      matches = [];
    }
    let end = 0;
    matches.forEach((m, i) => {
      // Numbers between two figures (a count printed beside them) would make the name vary.
      const local = i === 0 ? '' : clean(line.slice(end, m.index).replace(/(?<![\w.])\d[\d,.]*(?!\w)/g, ''));
      end = m.index + m[0].length;
      const unit = m[2] !== undefined ? m[2] || '/s' : (m[3] ?? `${m[4]}${(m[5] ?? '').replace(/\s+/g, ' ')}`);
      const column = columns?.filter((c) => c.at <= m.index + 2).at(-1)?.name;
      const label = [prefix, subject].filter(Boolean).join(' › ') + (local ? ` · ${local}` : '');
      // Two figures of one name in a line (`p50 / p99  0.90 ms / 13.01 ms`) are told apart by their order.
      let name = column ? `${label} [${column}]` : label;
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      if (count > 1) name += ` (${count})`;
      const value = Number(m[1]!.replaceAll(',', ''));
      figures.push({ name, value, unit, better: m[2] !== undefined || m[3] !== undefined ? 'higher' : 'lower' });
    });
    parents.push({ indent, label: headingLabel(before) });
  }
  return { figures, failed };
}

/**
 * The figures worth comparing: CPU-time ones when the benchmark prints any (they move least with
 * the machine's load), else all of them.
 *
 * @example
 * preferCpu([{ name: 'api', value: 1, unit: 'req/s', better: 'higher' }, { name: 'api · cpu', value: 9, unit: 'µs', better: 'lower' }]);
 * // [{ name: 'api · cpu', … }]
 */
function preferCpu(figures: Figure[]): Figure[] {
  // The words after the last `·` are the figure's own (`listTags cpu · wall` is the wall time).
  const cpu = figures.filter((f) => /\bcpu\b/i.test(f.name.split(' · ').at(-1)!));
  return cpu.length ? cpu : figures;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const spread = (xs: number[]) => (xs.length > 1 ? Math.max(...xs) - Math.min(...xs) : 0);

/**
 * One row per figure of one benchmark, from each tree's runs (`null` when the tree has no such
 * benchmark). The medians are compared; a difference larger than the spread between the runs of
 * either tree (the most the same code moved in this run) is a verdict, anything else is `same`.
 * Figures that came out the same in every run of both trees (settings echoed) are left out.
 *
 * @example
 * compareRuns('api/http', [[cpu(100)], [cpu(104)]], [[cpu(130)], [cpu(128)]]);
 * // [{ name: 'api · cpu', old: [100, 104], new: [130, 128], change: 0.265…, verdict: 'slower', … }]
 */
export function compareRuns(bench: string, oldRuns: Figure[][] | null, newRuns: Figure[][] | null): Row[] {
  const byName = (runs: Figure[][] | null) => {
    const map = new Map<string, Figure[]>();
    for (const run of runs ?? []) for (const f of preferCpu(run)) map.set(f.name, [...(map.get(f.name) ?? []), f]);
    return map;
  };
  const olds = byName(oldRuns);
  const news = byName(newRuns);
  const rows: Row[] = [];
  for (const name of new Set([...olds.keys(), ...news.keys()])) {
    const o = (olds.get(name) ?? []).map((f) => f.value);
    const n = (news.get(name) ?? []).map((f) => f.value);
    const first = (olds.get(name) ?? news.get(name))![0]!;
    const all = [...o, ...n];
    if (all.length > 1 && all.every((v) => v === all[0])) continue;
    const row: Row = { bench, name, unit: first.unit, old: o, new: n, change: null, verdict: 'same' };
    if (!o.length || !n.length) {
      row.verdict = o.length ? 'only in old' : 'only in new';
    } else {
      const [mo, mn] = [median(o), median(n)];
      const worse = first.better === 'lower' ? mn - mo : mo - mn;
      row.change = mo === 0 ? null : worse / Math.abs(mo);
      const noise = Math.max(spread(o), spread(n));
      if (Math.abs(worse) > noise) row.verdict = worse > 0 ? 'slower' : 'faster';
    }
    rows.push(row);
  }
  return rows;
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/**
 * The comparison as an aligned text table: benchmark figure, the old and new runs, the change
 * (+ is slower) and the verdict.
 *
 * @example
 * formatTable(compareRuns('api/http', oldRuns, newRuns));
 * // 'benchmark figure  unit  old  new  change  verdict\napi/http api · cpu  µs/req  100, 104  130, 128  +26.5%  SLOWER'
 */
export function formatTable(rows: Row[]): string {
  const verdict = { slower: 'SLOWER (beyond the spread)', faster: 'faster', same: 'same (within the spread)' } as Record<string, string>;
  const lines = [['benchmark figure', 'unit', 'old runs', 'new runs', 'change', 'verdict']];
  for (const r of rows) {
    const change = r.change === null ? '' : `${r.change > 0 ? '+' : ''}${(r.change * 100).toFixed(1)}%`;
    lines.push([
      `${r.bench} ${r.name}`,
      r.unit,
      r.old.map(fmt).join(', '),
      r.new.map(fmt).join(', '),
      change,
      verdict[r.verdict] ?? r.verdict,
    ]);
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l) => l.map((cell, i) => (i === l.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

/**
 * The benchmark files a package's `bench` script runs (`node bench/a.ts && node bench/b.ts`), with
 * the arguments the script gives them.
 *
 * @example
 * benchFiles('node bench/import.ts && node bench/http.ts --log'); // [['bench/import.ts'], ['bench/http.ts', '--log']]
 */
export function benchFiles(script: string): string[][] {
  return script
    .split('&&')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0] === 'node' && words.length > 1)
    .map((words) => words.slice(1));
}
