/**
 * @module
 * Tests that everything naming the importable formats follows the one table of them: file
 * lookup, the folder message, `dateline import --help`, the API's text bodies and its parser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { usage } from '../cli/import.ts';
import { createApp } from '../app.ts';
import { testStore } from '../testing/fixtures.ts';
import { formatOf } from './article-files.ts';
import { type ArticleFormat, IMPORT_FORMATS, readerOfMediaType, TEXT_FORMATS } from './import-formats.ts';
import { collectSources } from './import-sources.ts';
import { TASKS } from './untrusted/untrusted-tasks.ts';

const formats = Object.entries(IMPORT_FORMATS) as [ArticleFormat, (typeof IMPORT_FORMATS)[ArticleFormat]][];
const extensions = formats.flatMap(([, f]) => f.extensions);

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the table of import formats', () => {
  it('gives the format of a file from any of its extensions, in any case and gzipped', () => {
    for (const [name, format] of formats) {
      for (const extension of format.extensions) {
        expect(formatOf(`archive/story${extension}`)).toBe(name);
        expect(formatOf(`archive/STORY${extension.toUpperCase()}.gz`)).toBe(name);
      }
    }
    expect(formatOf('photo.jpg')).toBeUndefined();
  });

  it('names every extension when a folder holds nothing to import', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-formats-'));
    const [missing] = await collectSources([dir], dir);
    expect(missing).toMatchObject({ kind: 'missing' });
    const reason = missing!.kind === 'missing' ? missing!.reason : '';
    for (const extension of extensions) expect(reason).toContain(extension);
    expect(reason).toBe('no .md, .txt, .html, .htm, .json or .jsonl files in this folder');
  });

  it('is what dateline import --help lists', () => {
    const help = usage.replaceAll(/\s+/g, ' ');
    for (const [, format] of formats) expect(help).toContain(`${format.description} (${format.extensions.join(', ')})`);
  });

  it('gives the API its text media types and their parsers, and the OpenAPI document its bodies', async () => {
    expect(TEXT_FORMATS).toEqual(['text/markdown', 'text/plain', 'text/html']);
    expect(TASKS.parse('text/markdown', '---\ntitle: Ferry returns\n---\nIt sailed.', undefined).input.headline).toBe('Ferry returns');
    expect(readerOfMediaType('text/plain').parse('Ferry returns\n\nIt sailed at dawn.', undefined).headline).toBe('Ferry returns');
    const store = await testStore();
    try {
      const doc = (await (await createApp({ store }).request('/openapi.json')).json()) as {
        paths: Record<string, { post: { requestBody: { description: string; content: Record<string, unknown> } } }>;
      };
      const body = doc.paths['/v1/articles']!.post.requestBody;
      expect(Object.keys(body.content)).toEqual(['application/json', ...TEXT_FORMATS]);
      for (const type of TEXT_FORMATS) expect(body.description).toContain(type);
      expect(body.description).toContain('text/html (web pages)');
    } finally {
      await store.close();
    }
  });
});
