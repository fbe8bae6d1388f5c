/**
 * @module
 * Lighthouse 13 with its desktop settings (simulated throttling) against Debian's Chromium,
 * started by chrome-launcher with the same switches and a throwaway profile.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from './browser.ts';

/** Category scores from 0 to 100, and what kept each below 100. */
export interface LighthouseScores {
  scores: Record<string, number>;
  /** Per category, the audits that lost points, e.g. `color-contrast (0)`. */
  shortfalls: Record<string, string[]>;
}

/**
 * Runs Lighthouse on `url` and writes the HTML report to `reportPath` when given.
 *
 * @example
 * const { scores } = await runLighthouse('http://127.0.0.1:4321/articles/x');
 */
export async function runLighthouse(url: string, reportPath?: string): Promise<LighthouseScores> {
  const profile = mkdtempSync(join(tmpdir(), 'dateline-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: CHROMIUM_FLAGS, userDataDir: profile });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'html' }, desktopConfig);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (reportPath) writeFileSync(reportPath, String(result.report));
    const { categories, audits } = result.lhr;
    const scores: Record<string, number> = {};
    const shortfalls: Record<string, string[]> = {};
    for (const [id, category] of Object.entries(categories)) {
      scores[id] = Math.round((category.score ?? 0) * 100);
      shortfalls[id] = category.auditRefs
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${audits[ref.id]?.score})`);
    }
    return { scores, shortfalls };
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
