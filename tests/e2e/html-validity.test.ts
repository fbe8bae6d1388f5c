/**
 * @module
 * Every kind of page the site serves, checked by the W3C's Nu HTML checker (the `vnu-jar`
 * package's jar, on the machine's Java) with errors failing the test: the front page, articles
 * with every block type and with comments, search with results and with filters it cannot use,
 * the index and topic pages, the comment form showing its errors, and the 404 page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SLUG, type Stack, startStack } from './stack.ts';

const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const java = spawnSync('java', ['-version']).status === 0;

let stack: Stack;
let dir: string;

beforeAll(async () => {
  if (!java) return;
  stack = await startStack({ seed: true });
  dir = mkdtempSync(join(tmpdir(), 'dateline-vnu-'));
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!java)('the Nu HTML checker (skipped: no java on PATH)', () => {
  it('finds no error on any kind of page, bad input included', async () => {
    const article = `/articles/${stack.seedSlug ?? SAMPLE_SLUG}`;
    const pages: [string, string, RequestInit?][] = [
      ['front', '/'],
      ['article', article],
      ['every block type', `/articles/${SAMPLE_SLUG}`],
      ['search', '/search'],
      ['search results', '/search?q=ferry'],
      ['search with bad filters', '/search?q=ferry&from=2026-02-30&to=soon&person=Nobody+Here&section=%3Cb%3E'],
      ['sections', '/sections'],
      ['tags', '/tags'],
      ['people', '/people'],
      ['section', '/sections/local'],
      ['not found', '/no/such/page'],
      [
        'comment form with errors',
        `${article}/comments`,
        { method: 'POST', body: new URLSearchParams({ authorName: '', body: '' }), headers: { origin: stack.site.url } },
      ],
    ];
    const files: string[] = [];
    for (const [name, path, init] of pages) {
      const res = await fetch(`${stack.site.url}${path}`, { redirect: 'manual', ...init });
      const html = await res.text();
      expect([name, html.slice(0, 15).toLowerCase()]).toEqual([name, '<!doctype html>']);
      const file = join(dir, `${name.replace(/\W+/g, '-')}.html`);
      writeFileSync(file, html);
      files.push(file);
    }
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'text', ...files], { encoding: 'utf8', timeout: 120_000 });
    const errors = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /\berror:/i.test(line));
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  }, 180_000);
});
