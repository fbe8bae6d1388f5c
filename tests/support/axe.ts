/**
 * @module
 * axe-core in a page: WCAG 2 A and AA (2.0 to 2.2) and best practices. Injected as a page
 * evaluation rather than a script tag, so it runs under any Content-Security-Policy. It waits on
 * timers, so the browser must have JavaScript on (see `openBrowser`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A violation, short enough to read in a test failure. */
export interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * The accessibility violations axe finds on the page as it is now.
 *
 * @example
 * expect(await axeViolations(page)).toEqual([]);
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const results = await page.evaluate(
    async ([axeSource, tags]) => {
      // Indirect eval: the source runs as a script in the page and defines window.axe.
      // biome-ignore lint/security/noGlobalEval: axe-core's own bundled source, run in the test browser's page
      (0, eval)(axeSource as string);
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: tags as string[] }, resultTypes: ['violations'] });
    },
    [source, AXE_TAGS] as const,
  );
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
