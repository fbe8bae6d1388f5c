/**
 * @module
 * Tests that every save, by the API or by an import, validates what it was given once and checks
 * the article it completes once: the schemas' own parse methods are counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Article, ArticleInput } from '@dateline/model';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../store/store.ts';
import { NOW, story, testStore } from '../testing/fixtures.ts';
import { writeFile } from '../testing/import-fixtures.ts';
import { createArticle, patchArticle, replaceArticle } from './article-editing.ts';
import { importArticle } from './articles.ts';
import { importPaths } from './import-files.ts';
import type { RecordResult } from './import-writer.ts';
import { TASKS } from './untrusted/untrusted-tasks.ts';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-save-'));
  store = await testStore(join(dir, 'test.db'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** How often the input schema and the article schema validated something while `work` ran. */
async function validations(work: () => Promise<unknown>): Promise<{ input: number; article: number }> {
  const spies = [
    vi.spyOn(ArticleInput, 'parse'),
    vi.spyOn(ArticleInput, 'safeParse'),
    vi.spyOn(Article, 'parse'),
    vi.spyOn(Article, 'safeParse'),
  ];
  try {
    await work();
    const [inputParse, inputSafe, articleParse, articleSafe] = spies.map((spy) => spy.mock.calls.length);
    return { input: inputParse! + inputSafe!, article: articleParse! + articleSafe! };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

const once = { input: 1, article: 1 };
const later = new Date(NOW.getTime() + 60_000);

describe('one validation per save', () => {
  it('API create, replace and patch each validate the incoming article once', async () => {
    let kind = '';
    expect(await validations(async () => ({ kind } = await createArticle(store, story(1), { now: NOW })))).toEqual(once);
    expect(kind).toBe('created');
    const slug = (await store.listArticles({ order: 'newest', limit: 1, now: NOW, includeHidden: true })).items[0]!.slug;
    const edited = story(1, { standfirst: 'Calmer by evening.' });
    expect(await validations(async () => ({ kind } = await replaceArticle(store, slug, edited, { now: later })))).toEqual(once);
    expect(kind).toBe('updated');
    expect(
      await validations(async () => ({ kind } = await patchArticle(store, slug, { standfirst: 'Calm all day.' }, { now: later }))),
    ).toEqual(once);
    expect(kind).toBe('updated');
  });

  it('a PUT of what is stored validates once and changes nothing', async () => {
    await createArticle(store, story(2), { now: NOW });
    const slug = (await store.listArticles({ order: 'newest', limit: 1, now: NOW, includeHidden: true })).items[0]!.slug;
    let kind = '';
    expect(await validations(async () => ({ kind } = await replaceArticle(store, slug, story(2), { now: later })))).toMatchObject({
      input: 1,
    });
    expect(kind).toBe('unchanged');
  });

  it('importArticle validates once, whether the article is new or replaces the one from the same source', async () => {
    let outcome = '';
    const importKey = '/news/harbour.md';
    expect(await validations(async () => ({ outcome } = await importArticle(store, story(3), { importKey, now: NOW })))).toEqual(once);
    expect(outcome).toBe('created');
    const changed = story(3, { standfirst: 'Busier than last year.' });
    expect(await validations(async () => ({ outcome } = await importArticle(store, changed, { importKey, now: later })))).toEqual(once);
    expect(outcome).toBe('updated');
  });

  it('dateline import validates a new file once, and a changed file imported again once', async () => {
    const results: RecordResult[] = [];
    const run = () => importPaths(store, ['harbour.txt'], { cwd: dir, now: () => NOW, onResult: (r) => results.push(r) });
    writeFile(dir, 'harbour.txt', 'Harbour reopens\n\nThe harbour reopened on Monday.\n');
    expect(await validations(run)).toEqual(once);
    writeFile(dir, 'harbour.txt', 'Harbour reopens\n\nThe harbour reopened on Monday, a day late.\n');
    expect(await validations(run)).toEqual(once);
    expect(results.map((r) => r.outcome)).toEqual(['created', 'updated']);
  });

  it('dateline import validates a Markdown file once, and names the field of one that is invalid', async () => {
    const results: RecordResult[] = [];
    const run = () => importPaths(store, ['harbour.md'], { cwd: dir, now: () => NOW, onResult: (r) => results.push(r) });
    writeFile(dir, 'harbour.md', '---\ntitle: Harbour reopens\ntags: harbour\n---\nThe harbour reopened on Monday.\n');
    expect(await validations(run)).toEqual(once);
    writeFile(dir, 'harbour.md', `---\ntitle: Harbour reopens\n---\n## ${'Long '.repeat(70)}\n\nThe harbour reopened.\n`);
    expect(await validations(run)).toEqual({ input: 1, article: 0 });
    expect(results.map((r) => (r.outcome === 'failed' ? r.reason.split(':', 3).join(':') : r.outcome))).toEqual([
      'created',
      'invalid article: body[0].text: Too big',
    ]);
  });

  it('a Markdown body sent to the API is validated once, by the save', async () => {
    const md = '---\ntitle: Harbour reopens\nstatus: draft\n---\nThe harbour reopened on Monday.\n';
    let kind = '';
    // The worker's task, run here so that its validations are counted too.
    expect(
      await validations(
        async () => ({ kind } = await createArticle(store, TASKS.parse('text/markdown', md, undefined).input, { now: NOW })),
      ),
    ).toEqual(once);
    expect(kind).toBe('created');
  });
});
