/**
 * @module
 * Tests of `dateline import --fetch-images` against a local HTTP server started here (never the
 * internet): a page's pictures are copied into the media library, checked as uploads are, and
 * the stored article points at them; a refused picture stays linked, with a warning.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/store.ts';
import { runInProcess } from '../testing/cli-process.ts';
import { writeFile } from '../testing/import-fixtures.ts';

let server: Server;
let origin: string;
const requests: string[] = [];
beforeAll(async () => {
  const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2a6f97' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Acme' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
    .toBuffer();
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/pier.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
    else if (req.url === '/evil.svg')
      res
        .writeHead(200, { 'content-type': 'image/svg+xml' })
        .end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-fetch-images-'));
  requests.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = () => `<!doctype html><html><head><title>Pier reopens</title>
<meta property="og:image" content="${origin}/pier.jpg"></head><body><article><h1>Pier reopens after repairs</h1>
<p>The pier reopened on Monday after three months of repairs, the council said.</p>
<figure><img src="${origin}/pier.jpg" alt="The pier at dawn"><figcaption>The pier on Monday.</figcaption></figure>
<p>Boats tied up along it again by the afternoon, and the café opened its doors.</p>
<img src="${origin}/evil.svg" alt="A drawing">
<p>Work on the breakwater continues until the summer, and the ferry to the islands will use the
new berth from June, when the last of the stone has been laid and the railings painted.</p>
<p>Fishermen said the months without the pier had cost them dearly, landing their catch further
along the coast and driving it back by road.</p></article></body></html>`;

describe('dateline import --fetch-images', () => {
  it('copies the pictures into the media library and points the article at them', { timeout: 60_000 }, async () => {
    writeFile(dir, 'in/pier.html', page());
    const env = { DATABASE_URL: 'sqlite:data/test.db', MEDIA_DIR: 'media' };
    const run = await runInProcess(['import', '--fetch-images', 'in'], env, dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`warning: picture ${origin}/evil.svg not copied: SVG and other markup are not accepted`));
    // The same picture, as lead image and in the body, is fetched once.
    expect(requests.filter((r) => r === '/pier.jpg')).toHaveLength(1);

    const store = openSqliteStore(join(dir, 'data/test.db'));
    try {
      const [summary] = (await store.listArticles({ limit: 1, now: new Date(), includeHidden: true })).items;
      const article = (await store.getArticle(summary!.slug, { includeHidden: true, now: new Date() }))!;
      const [media] = await store.listMedia({ limit: 10 });
      expect(media).toMatchObject({ type: 'image/jpeg', width: 900, height: 600 });
      expect(article.leadImage).toMatchObject({ src: `/media/${media!.id}/900.jpg`, media: { id: media!.id, width: 900, height: 600 } });
      const images = article.body.filter((b) => b.type === 'image');
      expect(images[0]).toMatchObject({ alt: 'The pier at dawn', caption: 'The pier on Monday.', media: { id: media!.id } });
      expect(images[1]).toMatchObject({ src: `${origin}/evil.svg` });
      expect(images[1]).not.toHaveProperty('media');
      expect(readdirSync(join(dir, 'media', media!.id))).toContain('share.jpg');
      expect((await sharp(join(dir, 'media', media!.id, '900.jpg')).metadata()).exif).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('links the pictures as before without the flag', async () => {
    writeFile(dir, 'in/pier.html', page());
    const run = await runInProcess(['import', 'in'], { DATABASE_URL: 'sqlite:data/test.db', MEDIA_DIR: 'media' }, dir);
    expect(run.code).toBe(0);
    expect(requests).toEqual([]);
  });
});
