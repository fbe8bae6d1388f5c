/**
 * @module
 * How `npm run bench -- --against <commit>` reads the benchmarks' printed figures and judges them
 * (scripts/lib/bench-figures.ts): what a reader of its table relies on. No timing here: the
 * outputs are written out below in the benchmarks' own layouts.
 */
import { describe, expect, it } from 'vitest';
import { runLine } from '../../apps/site/bench/run-line.ts';
import { benchFiles, compareRuns, failedLines, type Figure, figuresOf, formatTable } from '../../scripts/lib/bench-figures.ts';

const HTTP = `1000 articles, SQLite, 50 connections, 2 s per run

GET /v1/articles/{slug}
  api      1059 req/s  p50 36.5 ms  p99  269 ms  cpu   162 µs/req  rss 365 MB
  bare     1828 req/s  p50 25.5 ms  p99  159 ms  cpu   106 µs/req  rss 365 MB
  api/bare throughput 58%, by CPU per request 65%
  target (>= 70% of bare, p99 <= 10 ms): NOT met

GET /v1/search
  api      1667 req/s  p50   26 ms  p99   95 ms  cpu    97 µs/req  rss 384 MB
`;

const SEARCH = `search benchmark: 2,000 articles, 200 queries; load average 14.2 9.9 4.6 on 2 CPUs
                                  SQLite                                      PostgreSQL
import rate (store writes)        521/s (target ≥ 3,000/s)                    55/s (target ≥ 2,500/s)
  by CPU time (writing thread)    2,467/s (target ≥ 3,000/s)                  204/s (target ≥ 2,500/s)
MISSED: SQLite import ≥ 3,000 articles/s (wall)
`;

const cpu = (value: number, name = 'sqlite listTags cpu'): Figure[] => [{ name, value, unit: 'µs/call', better: 'lower' }];

describe('reading figures from a benchmark output', () => {
  it('names each figure by its heading and the words before it, and reads its unit', () => {
    const figures = figuresOf(HTTP);
    expect(figures).toContainEqual({ name: 'GET /v1/articles/{slug} › api · cpu', value: 162, unit: 'µs/req', better: 'lower' });
    expect(figures).toContainEqual({ name: 'GET /v1/articles/{slug} › bare', value: 1828, unit: 'req/s', better: 'higher' });
    expect(figures).toContainEqual({ name: 'GET /v1/search › api · p99', value: 95, unit: 'ms', better: 'lower' });
  });

  it('names lines indented under a heading by the heading up to its colon, without the settings of the run after it', () => {
    const output =
      'media usage: 2,000 articles on SQLite (stored in 4.1 s), 100 lookups\n  usage index  median 0.022 ms  CPU 0.079 ms a lookup\n';
    expect(figuresOf(output).at(-1)).toMatchObject({ name: 'media usage › usage index median · CPU', unit: 'ms a lookup', value: 0.079 });
  });

  it('leaves out targets, sizes and shares, which are not speeds', () => {
    const figures = figuresOf(HTTP);
    expect(figures.some((f) => f.value === 10 || f.value === 365 || f.value === 58)).toBe(false);
    expect(figuresOf(SEARCH).some((f) => f.value === 3000 || f.value === 2500)).toBe(false);
  });

  it('names a figure alike in every run when the scores printed before it change', () => {
    const line = (f1: string) => `scrapinghub-aeb: 145 pages\n  parseHtml (Dateline)   precision ${f1}  F1 ${f1}  2.9 pages/s\n`;
    expect(figuresOf(line('0.979'))[0]!.name).toBe(figuresOf(line('0.981'))[0]!.name);
    expect(figuresOf(line('0.979'))[0]).toMatchObject({ name: 'scrapinghub-aeb › parseHtml precision F1', unit: 'pages/s' });
  });

  it('names figures of an aligned table by their column header, and reads thousands with commas', () => {
    const figures = figuresOf(SEARCH);
    expect(figures.find((f) => f.value === 55)?.name).toBe('import rate [PostgreSQL]');
    expect(figures.find((f) => f.value === 2467)).toMatchObject({
      name: 'import rate › by CPU time [SQLite]',
      unit: '/s',
      better: 'higher',
    });
  });

  it('reads no figure from a line of a run that served no request, and names that line as failed', () => {
    // As the page benchmark printed such a run before it said FAILED: a division by zero requests.
    const page = (cpu: string) =>
      `page benchmark: /articles/x (the seed article, 96.0 KiB)\n` +
      `uncached render (PAGE_CACHE=off)             0 req/s    0.0% of ceiling  p50    0 ms  p99    0 ms  cpu ${cpu} ms/req + api ${cpu}  site rss 120 MB  []\n` +
      `page cache hits                           2400 req/s   48.0% of ceiling  p50   18 ms  p99   60 ms  cpu 0.200 ms/req  site rss 140 MB  [200×4800]\n`;
    for (const cpu of ['Infinity', 'NaN']) {
      const names = figuresOf(page(cpu)).map((f) => f.name);
      expect(names.filter((name) => name.startsWith('uncached'))).toEqual([]);
      expect(names).toContain('page cache hits · cpu');
      expect(failedLines(page(cpu))).toEqual(['uncached render']);
    }
    expect(failedLines(page('1.250'))).toEqual([]);
    expect(figuresOf(page('1.250')).find((f) => f.name === 'uncached render · cpu')?.value).toBe(1.25);
  });

  it("reads the page benchmark's line of a run that served no request as failed, and of one that did as figures", () => {
    const run = { rps: 0, p50: 0, p99: 0, statuses: 'errors×0 timeouts×50', total: 0, cpuMs: 850, apiCpuMs: 40, rssMb: 120 };
    const none = runLine('uncached render (PAGE_CACHE=off)', run, 5000, 2);
    expect(none).toMatch(/FAILED: served no request/);
    expect(none).not.toMatch(/Infinity|NaN/);
    expect(figuresOf(none)).toEqual([]);
    expect(failedLines(none)).toEqual(['uncached render']);
    const some = runLine('uncached render (PAGE_CACHE=off)', { ...run, rps: 25, total: 50, statuses: '200×50' }, 5000, 2);
    expect(figuresOf(some).find((f) => f.name === 'uncached render · cpu')).toMatchObject({ value: 17, unit: 'ms/req' });
    expect(failedLines(some)).toEqual([]);
  });

  it('lists the files and arguments of a bench script', () => {
    expect(benchFiles('node bench/import.ts && node bench/http.ts --log && echo done')).toEqual([
      ['bench/import.ts'],
      ['bench/http.ts', '--log'],
    ]);
  });
});

describe('judging the new tree against the old', () => {
  it('flags a figure worse by more than the spread between the runs of one tree', () => {
    const [row] = compareRuns('api/plain-stores', [cpu(100), cpu(104)], [cpu(130), cpu(128)]);
    expect(row).toMatchObject({ verdict: 'slower', old: [100, 104], new: [130, 128] });
    expect(row!.change).toBeCloseTo(27 / 102);
    expect(formatTable([row!])).toMatch(/api\/plain-stores sqlite listTags cpu .*\+26\.5%\s+SLOWER/);
  });

  it('calls a difference within that spread the same, and a lower rate slower', () => {
    expect(compareRuns('b', [cpu(100), cpu(140)], [cpu(125), cpu(130)])[0]!.verdict).toBe('same');
    const rate = (value: number): Figure[] => [{ name: 'api', value, unit: 'req/s', better: 'higher' }];
    expect(compareRuns('b', [rate(1000), rate(1010)], [rate(900), rate(905)])[0]!.verdict).toBe('slower');
    expect(compareRuns('b', [rate(900), rate(905)], [rate(1000), rate(1010)])[0]!.verdict).toBe('faster');
  });

  it('compares CPU-time figures where a benchmark prints them, and says which exist in one tree only', () => {
    const run = (wall: number, c: number): Figure[] => [
      { name: 'api', value: wall, unit: 'req/s', better: 'higher' },
      { name: 'api · cpu', value: c, unit: 'µs/req', better: 'lower' },
    ];
    expect(compareRuns('api/http', [run(1000, 90), run(800, 95)], [run(500, 91), run(700, 92)]).map((r) => r.name)).toEqual(['api · cpu']);
    const line = (c: number) => figuresOf(`sqlite     listTags    cpu    ${c} µs/call  wall    97.7 µs/call\n`);
    expect(compareRuns('api/plain-stores', [line(70), line(72)], [line(60), line(61)]).map((r) => r.name)).toEqual(['sqlite listTags cpu']);
    expect(compareRuns('api/rotation', null, [cpu(5), cpu(6)])[0]).toMatchObject({ verdict: 'only in new', old: [], change: null });
  });

  it('leaves out a figure that came out the same in every run (a setting echoed back)', () => {
    expect(compareRuns('b', [cpu(2), cpu(2)], [cpu(2), cpu(2)])).toEqual([]);
  });
});
