/**
 * @module
 * Tests of the media routes through the app, over a real store and a real folder: upload,
 * renditions served, EXIF gone, orientation applied, the same file kept once, search, where a
 * picture is used, and hostile files refused with nothing stored.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { NOW, save, story, testStore } from '../../testing/fixtures.ts';
import { bearer } from '../../testing/tokens.ts';
import type { Store } from '../../store/store.ts';

let store: Store;
let dir: string;
let app: ReturnType<typeof createApp>;
let editor: Record<string, string>;

beforeEach(async () => {
  store = await testStore();
  dir = await mkdtemp(join(tmpdir(), 'dateline-media-'));
  app = createApp({ store, now: () => NOW, media: { dir, maxBytes: 2 * 1024 * 1024, maxPixels: 30_000_000 } });
  editor = await bearer(store, 'editor');
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** A photo-like JPEG (noise compresses badly, as photos do) with EXIF GPS and camera fields. */
async function photo(width = 2100, height = 1400, exif: Record<string, Record<string, string>> = {}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a6ea5', noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
    .jpeg({ quality: 70 })
    .withExif({
      IFD0: { Make: 'Acme', Model: 'Snapper 9', ...exif.IFD0 },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', ...exif.IFD3 },
    })
    .toBuffer();
}

function upload(bytes: Uint8Array, fields: Record<string, string> = {}, name = 'photo.jpg', headers = editor) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return app.request('/v1/media', { method: 'POST', headers, body: form });
}

const stored = async () => (await readdir(dir).catch(() => [])).length;

// Making renditions takes seconds on a loaded machine.
describe('POST /v1/media', { timeout: 120_000 }, () => {
  it('stores a JPEG once with its renditions, strips EXIF and serves them immutable', async () => {
    const bytes = await photo();
    const res = await upload(bytes, { alt: 'The harbour at dawn', caption: 'Boats leaving', credit: 'A. Photographer' });
    expect(res.status).toBe(201);
    const media = (await res.json()) as {
      id: string;
      width: number;
      height: number;
      type: string;
      renditions: { url: string; width: number; format: string }[];
      share: { url: string };
      image: { src: string; media: unknown };
    };
    expect(media).toMatchObject({ type: 'image/jpeg', width: 2100, height: 1400 });
    expect([...new Set(media.renditions.map((r) => r.width))]).toEqual([320, 640, 1024, 1600, 2000]);
    expect(media.image).toEqual({
      src: `/media/${media.id}/2000.jpg`,
      alt: 'The harbour at dawn',
      caption: 'Boats leaving',
      credit: 'A. Photographer',
      media: { id: media.id, width: 2100, height: 1400 },
    });

    for (const r of media.renditions) {
      const file = await app.request(r.url);
      expect(file.status, r.url).toBe(200);
      expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
      expect(meta.width).toBe(r.width);
      expect({ jpeg: 'jpg', webp: 'webp', heif: 'avif' }[meta.format as string]).toBe(r.format);
      expect(meta.exif).toBeUndefined();
    }
    const share = await app.request(media.share.url);
    expect(await sharp(Buffer.from(await share.arrayBuffer())).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    const etag = share.headers.get('etag')!;
    expect((await app.request(media.share.url, { headers: { 'If-None-Match': etag } })).status).toBe(304);

    // The same file again: kept once, answered 200 with the same record.
    const again = await upload(bytes, {}, 'copy.jpg');
    expect(again.status).toBe(200);
    expect((await again.json()) as { id: string; alt: string }).toMatchObject({ id: media.id, alt: 'The harbour at dawn' });
    expect(await stored()).toBe(1);
  });

  it('applies the EXIF orientation, and never makes a rendition wider than the picture', async () => {
    // 600×400 stored with orientation 6 (rotate 90°): readers see it 400 wide and 600 high.
    const sideways = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#808080' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const res = await upload(sideways, { alt: 'A tall picture' });
    expect(res.status).toBe(201);
    const media = (await res.json()) as { width: number; height: number; renditions: { url: string; width: number }[] };
    expect([media.width, media.height]).toEqual([400, 600]);
    expect([...new Set(media.renditions.map((r) => r.width))]).toEqual([320, 400]);
    const widest = await app.request(media.renditions.at(-1)!.url);
    expect(await sharp(Buffer.from(await widest.arrayBuffer())).metadata()).toMatchObject({ width: 400, height: 600 });
  });

  it('takes PNG, WebP, AVIF and GIF by their content, whatever the file is called', async () => {
    const base = () => sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 10, g: 200, b: 30, alpha: 0.5 } } });
    for (const [type, bytes] of [
      ['image/png', await base().png().toBuffer()],
      ['image/webp', await base().webp().toBuffer()],
      ['image/avif', await base().avif().toBuffer()],
      ['image/gif', await base().gif().toBuffer()],
    ] as const) {
      const res = await upload(bytes, {}, 'misnamed.txt');
      expect(res.status, type).toBe(201);
      expect(((await res.json()) as { type: string }).type).toBe(type);
    }
  });

  it('refuses hostile and broken files with a 4xx naming the field, and stores nothing', async () => {
    const jpeg = await photo(800, 600);
    // 100 megapixels of 1-bit grey: a real PNG of a few kilobytes that decodes to 10000×10000.
    const row = Buffer.alloc(1 + 10000 / 8);
    const bomb = png(10000, 10000, 1, 0, deflateSync(Buffer.concat(Array.from({ length: 10000 }, () => row)), { level: 9 }));
    const cases: [string, Uint8Array, number, RegExp][] = [
      [
        'svg with script',
        Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'),
        415,
        /SVG/,
      ],
      ['html', Buffer.from('<!doctype html><script>alert(1)</script>'), 415, /SVG and other markup/],
      ['polyglot: a GIF header over script', Buffer.from('GIF89a/*\x00\x00*/=1;alert(document.cookie)//'), 422, /could not be read|decode/],
      ['decompression bomb', bomb, 422, /100,000,000 pixels/],
      ['truncated JPEG', jpeg.subarray(0, Math.floor(jpeg.length / 2)), 422, /decoded/],
      ['not a picture', Buffer.from('%PDF-1.7\n'), 415, /not a JPEG/],
      ['empty', Buffer.alloc(0), 422, /empty/],
    ];
    for (const [name, bytes, status, detail] of cases) {
      const res = await upload(bytes, { alt: name });
      expect(res.status, name).toBe(status);
      expect(res.headers.get('content-type'), name).toBe('application/problem+json');
      const body = (await res.json()) as { detail: string; errors: { path: string }[] };
      expect(body.detail, name).toMatch(detail);
      expect(body.errors[0]!.path, name).toBe('file');
    }
    expect(await stored()).toBe(0);
    expect(await store.listMedia({ limit: 10 })).toEqual([]);
  });

  it('refuses a file over MEDIA_MAX_BYTES with 413, a form without a file with 400, and anonymous uploads with 401', async () => {
    const big = await sharp({
      create: { width: 400, height: 400, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
    })
      .png()
      .toBuffer();
    const small = createApp({ store, now: () => NOW, media: { dir, maxBytes: 100 * 1024 } });
    const form = new FormData();
    form.set('file', new File([new Uint8Array(big)], 'big.png'));
    expect(big.length).toBeGreaterThan(200 * 1024);
    const tooBig = await small.request('/v1/media', { method: 'POST', headers: editor, body: form });
    expect(tooBig.status).toBe(413);
    expect(await stored()).toBe(0);
    const noFile = new FormData();
    noFile.set('alt', 'no file');
    const missing = await app.request('/v1/media', { method: 'POST', headers: editor, body: noFile });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('file');
    expect((await upload(await photo(100, 100), {}, 'a.jpg', {})).status).toBe(401);
    expect((await upload(await photo(100, 100), {}, 'a.jpg', await bearer(store, 'moderator'))).status).toBe(403);
    expect((await upload(await photo(100, 100), {}, 'a.jpg', await bearer(store, 'contributor'))).status).toBe(201);
  });
});

describe('the library', { timeout: 120_000 }, () => {
  it('searches by alt text and caption, changes the words, tells where a picture is used, and deletes only an unused one', async () => {
    const pier = (await (await upload(await photo(700, 500), { alt: 'The pier at dawn' })).json()) as { id: string; image: object };
    const ferry = (await (await upload(await photo(710, 500), { alt: 'A ferry', caption: 'Leaving the harbour at dawn' })).json()) as {
      id: string;
    };
    const search = async (q: string) =>
      (
        (await (await app.request(`/v1/media?q=${encodeURIComponent(q)}`, { headers: editor })).json()) as { items: { id: string }[] }
      ).items.map((m) => m.id);
    // Both uploaded at the same (pinned) time: compare as sets.
    expect((await search('dawn')).sort()).toEqual([ferry.id, pier.id].sort());
    expect(await search('HARBOUR dawn')).toEqual([ferry.id]);
    expect(await search('100%')).toEqual([]);

    const patched = await app.request(`/v1/media/${pier.id}`, {
      method: 'PATCH',
      headers: { ...editor, 'Content-Type': 'application/json' },
      body: JSON.stringify({ caption: 'Fishing boats', credit: null }),
    });
    expect(await patched.json()).toMatchObject({ alt: 'The pier at dawn', caption: 'Fishing boats', credit: null });
    expect(await search('fishing')).toEqual([pier.id]);

    await save(store, story(1, { slug: 'pier-story', leadImage: { ...(pier.image as { src: string; alt: string }), alt: 'The pier' } }));
    const used = (await (await app.request(`/v1/media/${pier.id}`, { headers: editor })).json()) as { usedBy: { slug: string }[] };
    expect(used.usedBy.map((u) => u.slug)).toEqual(['pier-story']);
    const refused = await app.request(`/v1/media/${pier.id}`, { method: 'DELETE', headers: editor });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/pier-story/);

    expect((await app.request(`/v1/media/${ferry.id}`, { method: 'DELETE', headers: editor })).status).toBe(204);
    expect((await app.request(`/media/${ferry.id}/320.jpg`)).status).toBe(404);
    expect((await app.request(`/v1/media/${ferry.id}`, { headers: editor })).status).toBe(404);
    expect(await readdir(dir)).toEqual([pier.id]);
  });

  it('changes the words of a picture for a contributor, refusing a field that is too long by name', async () => {
    const harbour = (await (await upload(await photo(720, 500), { alt: 'Harbour wall' })).json()) as { id: string };
    const patch = (id: string, body: unknown, headers = editor) =>
      app.request(`/v1/media/${id}`, {
        method: 'PATCH',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const tooLong = await patch(harbour.id, { alt: 'x'.repeat(501) });
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['alt']);
    expect((await patch('f'.repeat(64), { alt: 'Nothing' })).status).toBe(404);
    expect((await patch(harbour.id, { alt: 'Harbour' }, await bearer(store, 'moderator'))).status).toBe(403);
    const changed = await patch(
      harbour.id,
      { alt: 'The harbour wall at low tide', caption: 'Low tide', credit: 'Harbour office' },
      await bearer(store, 'contributor'),
    );
    expect(await changed.json()).toMatchObject({ alt: 'The harbour wall at low tide', caption: 'Low tide', credit: 'Harbour office' });
    expect(await (await app.request(`/v1/media/${harbour.id}`, { headers: editor })).json()).toMatchObject({
      alt: 'The harbour wall at low tide',
      usedBy: [],
    });
  });

  it('lets a picture be deleted once the story that used it no longer does', async () => {
    const gull = (await (await upload(await photo(730, 500), { alt: 'A gull' })).json()) as {
      id: string;
      image: { src: string; alt: string };
    };
    const used = await save(store, story(2, { slug: 'gull-story', body: [{ type: 'image', ...gull.image }] }));
    expect((await app.request(`/v1/media/${gull.id}`, { method: 'DELETE', headers: editor })).status).toBe(409);
    await save(store, story(2, { slug: 'gull-story' }), used.id);
    expect(((await (await app.request(`/v1/media/${gull.id}`, { headers: editor })).json()) as { usedBy: unknown[] }).usedBy).toEqual([]);
    expect((await app.request(`/v1/media/${gull.id}`, { method: 'DELETE', headers: editor })).status).toBe(204);
  });

  it('follows a story through the articles API: created with the lead image, edited without it, a revision restored, deleted', async () => {
    const buoy = (await (await upload(await photo(740, 500), { alt: 'A buoy' })).json()) as {
      id: string;
      image: { src: string; alt: string };
    };
    const send = (method: string, path: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: { ...editor, 'Content-Type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const usedBy = async () =>
      ((await (await app.request(`/v1/media/${buoy.id}`, { headers: editor })).json()) as { usedBy: { slug: string }[] }).usedBy.map(
        (u) => u.slug,
      );
    expect((await send('POST', '/v1/articles', story(4, { slug: 'buoy-story', leadImage: buoy.image }))).status).toBe(201);
    expect(await usedBy()).toEqual(['buoy-story']);
    expect((await send('PATCH', '/v1/articles/buoy-story', { leadImage: null })).status).toBe(200);
    expect(await usedBy()).toEqual([]);
    const revisions = (await (await app.request('/v1/articles/buoy-story/revisions', { headers: editor })).json()) as {
      items: { id: string }[];
    };
    expect((await send('POST', `/v1/articles/buoy-story/revisions/${revisions.items.at(-1)!.id}/restore`)).status).toBe(200);
    expect(await usedBy()).toEqual(['buoy-story']);
    expect((await send('DELETE', '/v1/articles/buoy-story')).status).toBe(204);
    expect(await usedBy()).toEqual([]);
  });

  it('answers 404 for an unknown rendition name and 400 for a malformed id', async () => {
    const media = (await (await upload(await photo(500, 400), { alt: 'x' })).json()) as { id: string };
    expect((await app.request(`/media/${media.id}/999.jpg`)).status).toBe(404);
    expect((await app.request(`/media/${media.id}/..%2F..%2Fetc.jpg`)).status).toBe(404);
    expect((await app.request('/media/not-a-hash/320.jpg')).status).toBe(400);
  });
});

/** A PNG of `width`×`height` with the given bit depth and colour type around `idat`. */
function png(width: number, height: number, depth: number, colour: number, idat: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(depth, 8);
  ihdr.writeUInt8(colour, 9);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
