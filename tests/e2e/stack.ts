/**
 * @module
 * What the browser tests run against: the real API on a temporary SQLite database with the
 * sample articles, the seed article imported by the CLI when ../shared is there, and the built
 * site in front.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedPath } from '../support/paths.ts';
import { runCli, startApi, startSite, type Running, type SiteOptions } from '../support/processes.ts';

const SEED_HEADLINE = 'Xi and Putin Sign Joint Pact to Deepen Strategic Ties Amid Rising Global Tensions';
/** A sample with every block type, a lead image and tags: the article page when the seed is absent. */
export const SAMPLE_SLUG = 'eastbrook-council-approves-riverside-path';
/** The sample whose comments are held for a moderator. */
export const PRE_MODERATED_SLUG = 'library-stays-open-until-midnight-for-exam-season';

export interface Stack {
  api: Running;
  site: Running;
  /** The seed article's slug, or null when ../shared is absent. */
  seedSlug: string | null;
  stop(): Promise<void>;
}

/**
 * Starts the API (samples loaded, the seed imported when asked and available) and the site.
 *
 * @example
 * const stack = await startStack({ seed: true });
 */
export async function startStack(options: { seed?: boolean; apiEnv?: Record<string, string>; site?: SiteOptions } = {}): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-'));
  const databaseUrl = `sqlite:${join(dir, 'dateline.db')}`;
  const api = await startApi(databaseUrl, ['--samples'], options.apiEnv);
  let seedSlug: string | null = null;
  try {
    if (options.seed && seedPath) {
      const result = await runCli(['import', '--status', 'published', seedPath], { DATABASE_URL: databaseUrl });
      if (result.code !== 0) throw new Error(`importing the seed failed:\n${result.output}`);
      const list = (await (await fetch(`${api.url}/v1/articles?limit=100`)).json()) as { items: { slug: string; headline: string }[] };
      seedSlug = list.items.find((a) => a.headline === SEED_HEADLINE)?.slug ?? null;
      if (!seedSlug) throw new Error('the seed was imported but the API does not list it');
    }
    const site = await startSite(api.url, options.site);
    return {
      api,
      site,
      seedSlug,
      stop: async () => {
        await Promise.all([site.stop(), api.stop()]);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await api.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
