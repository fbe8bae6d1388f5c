/**
 * @module
 * An import killed outright (SIGKILL: a crash, the OOM killer, a pulled plug) part-way through a
 * big folder: whatever it stored is whole (every stored article as written, with its authors and
 * tags), the database opens afterwards, and importing the folder again completes it, each article
 * once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Article } from '@dateline/model';
import { afterAll, describe, expect, it } from 'vitest';
import { writeInventedArticles, type InventedArticle } from '../support/invented-articles.ts';
import { cliEntry, repoRoot } from '../support/paths.ts';
import { runCli, startApi, type Running } from '../support/processes.ts';
import { listAll } from '../support/api-calls.ts';

/** More than one of the importer's batches (500 articles a transaction), so it can be cut between commits. */
const FOLDER_SIZE = 600;

/** The articles the database holds now, read by a separate connection. */
function storedCount(file: string): number {
  if (!existsSync(file)) return 0;
  const db = new DatabaseSync(file, { readOnly: true, timeout: 1000 });
  try {
    return Number((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);
  } catch {
    return 0; // not migrated yet
  } finally {
    db.close();
  }
}

/** The paragraphs of a stored article's body, as text. */
function paragraphs(article: Article): string[] {
  return article.body.flatMap((block) =>
    block.type === 'paragraph' ? [block.content.map((run) => ('text' in run ? run.text : '')).join('')] : [],
  );
}

describe('an import killed with SIGKILL part-way through a big folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-faults-'));
  const file = join(dir, 'dateline.db');
  let api: Running | undefined;
  let started: ChildProcess | undefined;

  afterAll(async () => {
    // A failed check must not leave the import running on into the next test.
    if (started?.exitCode === null && started.signalCode === null) started.kill('SIGKILL');
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves only whole articles, and importing again completes the folder with each article once', async () => {
    const written = writeInventedArticles(join(dir, 'archive'), FOLDER_SIZE, 'archive');
    const bySlug = new Map<string, InventedArticle>(written.map((a) => [a.slug, a]));
    const importing = spawn(process.execPath, [cliEntry, 'import', join(dir, 'archive')], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: `sqlite:${file}` },
      stdio: 'ignore',
    });
    started = importing;
    const exited = new Promise((resolve) => importing.once('exit', resolve));
    // Started alongside: its start-up takes as long as the import's first batch on a busy machine.
    // Without background enrichment, which would rewrite the imported articles while they are checked.
    const apiStarting = startApi(`sqlite:${file}`, [], { ENRICH: 'off' }).then((running) => (api = running));
    // Killed as soon as something is stored, with the rest of the folder still to go.
    const deadline = Date.now() + 60_000;
    while (importing.exitCode === null && Date.now() < deadline && storedCount(file) === 0) await new Promise((r) => setTimeout(r, 25));
    importing.kill('SIGKILL');
    await exited;
    expect(importing.signalCode, 'the import finished before it could be killed').toBe('SIGKILL');

    const served = await apiStarting;
    const listing = (await (await fetch(`${served.url}/v1/articles?limit=100`)).json()) as { total: number; items: { slug: string }[] };
    expect(listing.total).toBeGreaterThan(0);
    expect(listing.total).toBeLessThan(FOLDER_SIZE);
    // Every stored article still has its tag links: the listing by tag counts it.
    const byTag = (await (await fetch(`${served.url}/v1/articles?tag=archive&limit=1`)).json()) as { total: number };
    expect(byTag.total).toBe(listing.total);

    const slugs = await listAll(served.url);
    expect(slugs.length).toBe(listing.total);
    for (const slug of slugs) {
      const source = bySlug.get(slug);
      expect(source, `an article that was never written: ${slug}`).toBeDefined();
      const article = Article.parse(await (await fetch(`${served.url}/v1/articles/${slug}`)).json());
      expect(article.headline).toBe(source!.headline);
      expect(paragraphs(article)).toEqual(source!.paragraphs);
      expect(article.authors.length).toBe(1);
    }

    const again = await runCli(['import', join(dir, 'archive')], { DATABASE_URL: `sqlite:${file}` });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain(`${FOLDER_SIZE - slugs.length} created, 0 updated, ${slugs.length} unchanged, 0 duplicates, 0 failed`);
    const db = new DatabaseSync(file, { readOnly: true });
    const rows = db.prepare('SELECT headline, count(*) AS n FROM articles GROUP BY headline').all() as { headline: string; n: number }[];
    db.close();
    expect(rows.length).toBe(FOLDER_SIZE);
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
  });
});
