/**
 * @module
 * Lighthouse 13 against Debian's Chromium, started by chrome-launcher with the same switches and
 * a throwaway profile, once or as the median of several runs: as a phone (Lighthouse's default:
 * mobile emulation, a slow 4G network and a four times slower processor, all simulated) or as a
 * desktop (its desktop settings).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, chromiumPath } from './browser.ts';

type RunnerResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

/** Which device Lighthouse plays. */
export type FormFactor = 'mobile' | 'desktop';

/** Lighthouse marks an audit passed from this score up (its report's green). */
const PASSED_SCORE = 0.9;

/** Audits that are not pass or fail: facts to read, checks for a person, or nothing to check here. */
const UNSCORED = new Set(['informative', 'manual', 'notApplicable']);

/** Category scores from 0 to 100, what kept each below 100, and every audit that did not pass. */
export interface LighthouseResult {
  scores: Record<string, number>;
  /** Per category, the audits that lost points, e.g. `color-contrast (0)`. */
  shortfalls: Record<string, string[]>;
  /** Every audit scored below {@link PASSED_SCORE}, or that could not run, e.g. `largest-contentful-paint (0.71): 2.9 s`. */
  failed: string[];
  /** Lab figures worth printing, in milliseconds (and the layout shift as it is). */
  metrics: Record<string, number>;
  /** The performance score of every run, in the order they ran. */
  performanceByRun: number[];
}

/**
 * Chromium's omnibox popup is a WebUI page with a renderer of its own; when its script runs during
 * the page's first style recalculation, Lighthouse's trace processing blames the page for a forced
 * reflow (the page runs no script). Without the popup the page is measured alone.
 */
const LIGHTHOUSE_FLAGS = [...CHROMIUM_FLAGS, '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'];

/**
 * Audits that time a single main-thread task (the longest one, multiplied by four as a phone). On a
 * machine busy with other work one run's parse or layout task can stretch past the line where the
 * page runs no script, so these count as failed only when they fail in every run, as Lighthouse
 * CI's optimistic aggregation reads them; the rest are read from the median run.
 */
const SINGLE_TASK_AUDITS = new Set(['max-potential-fid']);

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/**
 * Runs Lighthouse on `url` as `formFactor`, `runs` times (each in a fresh Chromium), and reports
 * the median run as Lighthouse picks it (closest to the median first paint and time to interactive,
 * as Lighthouse CI does with its default three runs); writes that run's HTML report to `reportPath`
 * when given. One run's simulated timings follow how busy the machine was during its trace, and a
 * phone's slower processor is simulated by multiplying them.
 *
 * @example
 * const { scores, failed } = await runLighthouse('http://127.0.0.1:4321/articles/x', { formFactor: 'mobile', runs: 3 });
 */
export async function runLighthouse(
  url: string,
  options: { formFactor?: FormFactor; reportPath?: string; runs?: number } = {},
): Promise<LighthouseResult> {
  const results: RunnerResult[] = [];
  for (let i = 0; i < (options.runs ?? 1); i++) results.push(await runOnce(url, options.formFactor ?? 'mobile'));
  const median = computeMedianRun(results.map((r) => r.lhr));
  const chosen = results.find((r) => r.lhr === median)!;
  if (options.reportPath) writeFileSync(options.reportPath, String(chosen.report));
  const summary = summarise(chosen.lhr);
  const failedInEveryRun = (id: string) => results.every((r) => failedAudits(r.lhr).some((entry) => auditId(entry) === id));
  return {
    ...summary,
    failed: summary.failed.filter((entry) => !SINGLE_TASK_AUDITS.has(auditId(entry)) || failedInEveryRun(auditId(entry))),
    performanceByRun: results.map((r) => Math.round((r.lhr.categories.performance?.score ?? 0) * 100)),
  };
}

async function runOnce(url: string, formFactor: FormFactor): Promise<RunnerResult> {
  const profile = mkdtempSync(join(tmpdir(), 'dateline-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: LIGHTHOUSE_FLAGS, userDataDir: profile });
  try {
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'html' }, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result;
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

function summarise(lhr: RunnerResult['lhr']): Omit<LighthouseResult, 'performanceByRun'> {
  const { categories, audits } = lhr;
  const scores: Record<string, number> = {};
  const shortfalls: Record<string, string[]> = {};
  for (const [id, category] of Object.entries(categories)) {
    scores[id] = Math.round((category.score ?? 0) * 100);
    shortfalls[id] = category.auditRefs
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id} (${audits[ref.id]?.score})`);
  }
  const metrics: Record<string, number> = {};
  for (const id of METRICS) {
    const value = audits[id]?.numericValue;
    if (value !== undefined) metrics[id] = id === 'cumulative-layout-shift' ? Number(value.toFixed(3)) : Math.round(value);
  }
  return { scores, shortfalls, failed: failedAudits(lhr), metrics };
}

/** The audit's id at the head of a {@link failedAudits} entry. */
const auditId = (entry: string): string => entry.slice(0, entry.indexOf(' '));

/** Every audit of one run scored below {@link PASSED_SCORE} or that could not run, with its score and value. */
function failedAudits(lhr: RunnerResult['lhr']): string[] {
  return Object.values(lhr.audits)
    .filter((audit) => {
      if (audit.scoreDisplayMode === 'error') return true;
      if (UNSCORED.has(audit.scoreDisplayMode)) return false;
      return audit.score !== null && audit.score < PASSED_SCORE;
    })
    .map(
      (audit) =>
        `${audit.id} (${audit.score})${audit.displayValue ? `: ${audit.displayValue}` : ''}${audit.errorMessage ? `: ${audit.errorMessage}` : ''}`,
    );
}
