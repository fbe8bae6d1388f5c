/**
 * @module
 * The walking skeleton, end to end: the real API process on a fresh SQLite file with the sample
 * articles, the built site in front of it, and the seed article imported by the CLI while both run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noSharedReason, seedPath } from '../support/paths.ts';
import { runCli, startApi, startSite, type Running } from '../support/processes.ts';

const SEED_HEADLINE = 'Xi and Putin Sign Joint Pact to Deepen Strategic Ties Amid Rising Global Tensions';

/**
 * The page at `url` once it shows `text`, or as it is after 15 s: the site serves a page it
 * rendered before a change for up to its page cache's time to live (PAGE_CACHE_TTL_MS, 5 s).
 */
async function pageShowing(url: string, text: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const html = await (await fetch(url)).text();
    if (html.includes(text) || Date.now() > deadline) return html;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('quick start: API and site on a fresh database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-'));
  const databaseUrl = `sqlite:${join(dir, 'dateline.db')}`;
  let api: Running;
  let site: Running;

  beforeAll(async () => {
    api = await startApi(databaseUrl, ['--samples']);
    // The seed is imported while the site runs and looked for at once: its page cache would
    // answer from before the import for a few seconds.
    site = await startSite(api.url, { env: { PAGE_CACHE: 'off' } });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([site?.stop(), api?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the sample articles from the API, newest first', async () => {
    const res = await fetch(`${api.url}/v1/articles`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { slug: string; publishedAt: string }[] };
    expect(body.items.length).toBeGreaterThanOrEqual(4);
    const dates = body.items.map((a) => a.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('lists the samples on the front page and renders a sample article with every block type', async () => {
    const front = await (await fetch(`${site.url}/`)).text();
    expect(front).toContain('Harbour ferry returns after winter repairs');
    const res = await fetch(`${site.url}/articles/eastbrook-council-approves-riverside-path`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/<h1[^>]*>Eastbrook council approves riverside path after two-year debate<\/h1>/);
    expect(page).toMatch(/<h2[^>]*>What changes for residents<\/h2>/);
    expect(page).toMatch(/<blockquote/);
    expect(page).toMatch(/<ul/);
    expect(page).toMatch(/<figure/);
    expect(page).toMatch(/<a [^>]*href="https:\/\/example.org\/planning\/riverside-path"/);
  });

  it('answers 404 for an article that does not exist', async () => {
    expect((await fetch(`${api.url}/v1/articles/no-such-story`)).status).toBe(404);
    expect((await fetch(`${site.url}/articles/no-such-story`)).status).toBe(404);
  });

  it.skipIf(!seedPath)(`imports the seed while both run, and the site shows it${seedPath ? '' : ` (${noSharedReason})`}`, async () => {
    const result = await runCli(['import', '--status', 'published', seedPath!], { DATABASE_URL: databaseUrl });
    expect(result.code, result.output).toBe(0);
    const list = await (await fetch(`${api.url}/v1/articles`)).json();
    const seed = (list as { items: { slug: string; headline: string }[] }).items.find((a) => a.headline === SEED_HEADLINE);
    expect(seed).toBeDefined();

    const front = await pageShowing(`${site.url}/`, SEED_HEADLINE);
    expect(front).toContain(SEED_HEADLINE);
    const page = await (await fetch(`${site.url}/articles/${seed!.slug}`)).text();
    expect(page).toMatch(/<h2[^>]*>Ukraine War Casts Shadow Over Putin’s Victory Day Parade<\/h2>/);
    expect(page).toMatch(/<h2[^>]*>Drone Strikes and Global Tensions Frame Putin’s Victory Day Parade<\/h2>/);
    // The scraped comment widget is not part of the story (the site's own comment box may say the same words).
    const article = JSON.stringify(await (await fetch(`${api.url}/v1/articles/${seed!.slug}`)).json());
    expect(article).not.toContain('There are no comments');
    expect(article).not.toContain('Add yours');
  });
});
