/**
 * @module
 * Debian's Chromium, driven by playwright-core: a fresh profile in a temporary folder per run,
 * no first-run screens, no background traffic. `CHROMIUM_PATH` overrides where it is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The command-line switches every browser run gets, Lighthouse's included. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A browser with a fresh profile. Without JavaScript unless asked: the site needs none, and a
 * reader who has it turned off must be able to do everything these tests do.
 *
 * @example
 * const browser = await openBrowser();
 * const page = await browser.context.newPage();
 */
export async function openBrowser(options: { javaScript?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'dateline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: CHROMIUM_FLAGS,
    javaScriptEnabled: options.javaScript ?? false,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
