/**
 * @module
 * Tests that a backup restores pictures: `dateline export --output` writes the media library
 * into the companion folder, and `dateline import` of the file restores records and files into
 * another database and media folder.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { runInProcess } from '../testing/cli-process.ts';
import { NOW, save, story } from '../testing/fixtures.ts';
import { bearer } from '../testing/tokens.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-export-media-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('export and import with pictures', () => {
  it('writes the library beside the export and restores it into another database and folder', { timeout: 60_000 }, async () => {
    const store = openSqliteStore(join(dir, 'data/news.db'));
    await store.migrate();
    const app = createApp({ store, now: () => NOW, media: { dir: join(dir, 'media') } });
    const form = new FormData();
    form.set(
      'file',
      new File(
        [
          new Uint8Array(
            await sharp({ create: { width: 800, height: 500, channels: 3, background: '#123456' } })
              .png()
              .toBuffer(),
          ),
        ],
        'pier.png',
      ),
    );
    form.set('alt', 'The pier');
    const media = (await (
      await app.request('/v1/media', { method: 'POST', headers: await bearer(store, 'editor'), body: form })
    ).json()) as { id: string; image: { src: string; alt: string } };
    await save(store, story(1, { slug: 'pier', leadImage: media.image }));
    await store.close();

    const exported = await runInProcess(
      ['export', '--output', 'backup.jsonl'],
      { DATABASE_URL: 'sqlite:data/news.db', MEDIA_DIR: 'media' },
      dir,
    );
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('Exported 1 picture to backup.media');
    expect(readFileSync(join(dir, 'backup.media/media.jsonl'), 'utf8')).toContain(`"id":"${media.id}"`);
    expect(readdirSync(join(dir, 'backup.media', media.id)).sort()).toEqual(readdirSync(join(dir, 'media', media.id)).sort());

    const imported = await runInProcess(
      ['import', 'backup.jsonl'],
      { DATABASE_URL: 'sqlite:data/restored.db', MEDIA_DIR: 'restored-media' },
      dir,
    );
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('Restored 1 picture from backup.media');
    expect(readdirSync(join(dir, 'restored-media', media.id))).toContain('share.jpg');
    const restored = openSqliteStore(join(dir, 'data/restored.db'));
    try {
      expect(await restored.getMedia(media.id)).toMatchObject({ alt: 'The pier', width: 800, height: 500 });
      expect(await restored.mediaUsage(media.id)).toEqual([{ slug: 'pier', headline: 'Harbour report number 1', status: 'published' }]);
    } finally {
      await restored.close();
    }
  });

  it('writes no companion folder when the library is empty', async () => {
    const run = await runInProcess(
      ['export', '--output', 'backup.jsonl'],
      { DATABASE_URL: 'sqlite:data/news.db', MEDIA_DIR: 'media' },
      dir,
    );
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'backup.media'))).toBe(false);
  });
});
