/**
 * @module
 * Pictures in the desk, in Chromium: uploaded through the file picker, a drop and a paste (with
 * refused files explained), described in the editor, refused for publishing until each has a
 * text alternative, served as renditions without EXIF and shown on the site with srcset and
 * size; the media library searches, tells where a picture is used, reuses it in another story and
 * deletes it, after a second yes, only once nothing uses it; a picture's words are changed on its
 * page; a lead image chosen from the library (or uploaded in its own field) is the site's
 * `og:image` and a `<picture>`; axe finds nothing on the library, a picture's page or the editor.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Block } from '@dateline/model';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { type Browser, openBrowser } from '../support/browser.ts';
import { completeSetupForm, type DeskStack, setupLink, startDeskStack } from './desk-stack.ts';

const MAX_BYTES = 3 * 1024 * 1024;

let dir: string;
let stack: DeskStack;
let browser: Browser;
let page: Page;
let slug = '';
/** The pasted picture's library id: the one reused in a second story and deleted. */
let reusedId = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-desk-media-'));
  stack = await startDeskStack({ MEDIA_DIR: join(dir, 'media'), MEDIA_MAX_BYTES: String(MAX_BYTES) });
  browser = await openBrowser({ javaScript: true });
  page = await browser.context.newPage();
  await completeSetupForm(page, await setupLink(stack), { name: 'Ed Editor', email: 'ed@example.org' });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A photo-like picture (noise compresses as photos do). */
function photo(width: number, height: number, background: string) {
  return sharp({ create: { width, height, channels: 3, background, noise: { type: 'gaussian', mean: 110, sigma: 25 } } });
}

/** A JPEG carrying EXIF camera and GPS fields. */
async function jpegWithExif(): Promise<Buffer> {
  return photo(1800, 1200, '#31708e')
    .jpeg({ quality: 75 })
    .withExif({
      IFD0: { Make: 'Acme', Model: 'Snapper 9', Copyright: 'Somebody' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer();
}

async function openEditor(path: string): Promise<void> {
  await page.goto(`${stack.desk.url}${path}`);
  await page.waitForSelector('html[data-editor-ready]');
}

async function saved(): Promise<void> {
  await page
    .waitForFunction(() => document.getElementById('save-status')?.textContent === 'Saved', null, { timeout: 20_000 })
    .catch(async (error) => {
      throw new Error(`${error}; the status says: ${await page.locator('#save-status').textContent()}`);
    });
}

/** Waits for the upload line of `name` to say it is done or refused, and returns its text. */
async function uploadLine(name: string): Promise<{ state: string; text: string }> {
  const line = page.locator('#media-uploads li', { hasText: name }).last();
  await line.locator('xpath=self::*[@data-state]').waitFor({ timeout: 60_000 });
  return { state: (await line.getAttribute('data-state')) ?? '', text: (await line.textContent()) ?? '' };
}

/** Waits until the element's text matches `pattern`, and returns it. */
async function textOf(selector: string, pattern: RegExp): Promise<string> {
  await page
    .waitForFunction(
      ([sel, source]) => new RegExp(source!).test(document.querySelector(sel!)?.textContent ?? ''),
      [selector, pattern.source],
      { timeout: 20_000 },
    )
    .catch(async (error) => {
      throw new Error(`${error}; ${selector} says: ${await page.locator(selector).textContent()}`);
    });
  return (await page.locator(selector).textContent()) ?? '';
}

/** The editor's images. */
const images = () => page.locator('.ProseMirror figure.desk-image');

/** Describes an image in its own fields, with the keyboard. */
async function describe_(image: Locator, words: { alt: string; caption?: string; credit?: string }): Promise<void> {
  for (const [field, text] of Object.entries(words)) {
    await image.locator(`input[data-image-field="${field}"]`).focus();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
}

/** The story as the API has it, read with the page's session. */
async function stored(storySlug: string): Promise<Article> {
  return page.evaluate(async (s) => (await fetch(`/v1/articles/${s}`)).json(), storySlug);
}

/** Dispatches `event` ('drop' or 'paste') carrying a file on `selector`, as a browser does. */
async function sendFile(selector: string, event: 'drop' | 'paste', file: { name: string; type: string; bytes: Buffer }): Promise<void> {
  await page.locator(selector).evaluate(
    (el, { event, name, type, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type }));
      const box = el.getBoundingClientRect();
      const init = { bubbles: true, cancelable: true, composed: true };
      el.dispatchEvent(
        event === 'drop'
          ? new DragEvent('drop', { ...init, dataTransfer: data, clientX: box.left + 5, clientY: box.top + box.height / 2 })
          : new ClipboardEvent('paste', { ...init, clipboardData: data }),
      );
    },
    { event, name: file.name, type: file.type, base64: file.bytes.toString('base64') },
  );
}

describe('pictures in the desk', () => {
  it('uploads through the file picker, a drop and a paste, explains refused files, and keeps each as a library picture', async () => {
    await openEditor('/desk/stories/new');
    await page.getByLabel('Headline').fill('Harbour reopens after the storm');
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('The boats went out again on Monday, the harbour master said.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The moorings held through the night.');

    // What the upload line showed on its way: a progress bar, filled as the file was sent.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('#media-uploads progress');
        if (bar) seen.push(`${bar.getAttribute('aria-label')} ${(bar as HTMLProgressElement).value}`);
      }).observe(document.getElementById('media-uploads')!, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.setInputFiles('#media-file', { name: 'harbour.jpg', mimeType: 'image/jpeg', buffer: await jpegWithExif() });
    expect(await uploadLine('harbour.jpg')).toMatchObject({
      state: 'done',
      text: 'harbour.jpg added: describe it in its text alternative field.',
    });
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progress.at(-1)).toBe('Upload of harbour.jpg 100');
    // The new picture is selected with its text alternative focused, ready to describe.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.dataset.imageField)).toBe('alt');

    const png = await photo(900, 600, '#7a5c3e').png().toBuffer();
    await sendFile('.ProseMirror > p >> nth=0', 'drop', { name: 'quay.png', type: 'image/png', bytes: png });
    expect(await uploadLine('quay.png')).toMatchObject({ state: 'done' });

    await page.locator('.ProseMirror > p').last().click();
    const webp = await photo(1000, 700, '#2f6b3a').webp().toBuffer();
    await sendFile('.ProseMirror', 'paste', { name: 'cottage.webp', type: 'image/webp', bytes: webp });
    expect(await uploadLine('cottage.webp')).toMatchObject({ state: 'done' });
    await expect(images().count()).resolves.toBe(3);

    // Refused files say why, from the API's problem, and insert nothing.
    await page.setInputFiles('#media-file', {
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    });
    expect(await uploadLine('logo.svg')).toEqual({
      state: 'refused',
      text: expect.stringMatching(/^logo\.svg was not uploaded: SVG and other markup are not accepted/),
    });
    await page.setInputFiles('#media-file', {
      name: 'notes.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('Minutes of the harbour committee.\n'),
    });
    expect(await uploadLine('notes.jpg')).toEqual({
      state: 'refused',
      text: expect.stringMatching(/^notes\.jpg was not uploaded: The file is not a JPEG, PNG, WebP, AVIF or GIF picture\./),
    });
    await page.setInputFiles('#media-file', { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(MAX_BYTES + 256 * 1024, 7) });
    // MEDIA_MAX_BYTES is the desk's as well as the API's: refused before it is sent.
    expect(await uploadLine('huge.jpg')).toEqual({
      state: 'refused',
      text: 'huge.jpg was not uploaded: it is too large (3.3 MB; the most accepted is 3 MB).',
    });
    await expect(images().count()).resolves.toBe(3);

    // The library picture is in the document as the model's image with its size, for srcset.
    await saved();
    slug = new URL(page.url()).pathname.split('/').at(-1)!;
    const body = (await stored(slug)).body.filter((b): b is Extract<Block, { type: 'image' }> => b.type === 'image');
    // Each where it was put: the drop after the first paragraph, the paste after the second
    // (the cursor's), the file picker's before the paste's, at the cursor then.
    expect(body.map((b) => [b.media?.width, b.media?.height, b.alt])).toEqual([
      [900, 600, ''],
      [1000, 700, ''],
      [1800, 1200, ''],
    ]);
    expect(body.map((b) => b.src)).toEqual(body.map((b) => `/media/${b.media!.id}/${b.media!.width}.jpg`));
    // The editor shows each through the desk with a small rendition.
    const shown = await images()
      .locator('img')
      .evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => ({ src: new URL(img.src).pathname, loaded: img.complete && img.naturalWidth > 0 })),
      );
    expect(shown.map((s) => s.src)).toEqual([
      `/media/${body[0]!.media!.id}/640.webp`,
      `/media/${body[1]!.media!.id}/640.webp`,
      `/media/${body[2]!.media!.id}/640.webp`,
    ]);
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.desk-image img')].every((img) => img.complete && img.naturalWidth > 0),
    );
    reusedId = body[1]!.media!.id;
  });

  it('refuses to publish until every picture has a text alternative, naming the one that lacks it', async () => {
    await describe_(images().nth(2), {
      alt: 'Fishing boats leaving the harbour at dawn',
      caption: 'The fleet on Monday morning.',
      credit: 'A. Photographer',
    });
    await describe_(images().nth(1), { alt: 'The lighthouse keeper’s cottage', caption: 'Whitewashed walls above the quay.' });
    await page.getByRole('button', { name: 'Publish now' }).click();
    expect(await textOf('#action-message', /^Not published/)).toBe(
      'Not published: Image 1 in the story text has no text alternative: describe what it shows in its “Text alternative” field before publishing.',
    );
    // The image without one is where the cursor goes.
    expect(
      await images()
        .nth(0)
        .locator('input[data-image-field="alt"]')
        .evaluate((input) => input === document.activeElement),
    ).toBe(true);
    await saved();
    expect((await stored(slug)).status).toBe('draft');

    // The API says the same when asked directly (scheduling skips the desk's own check).
    const schedule = new Date(Date.now() + 2 * 86_400_000);
    await page.getByLabel(/Publish at/).fill(schedule.toISOString().slice(0, 16));
    await page.getByRole('button', { name: 'Schedule' }).click();
    expect(await textOf('#action-message', /^Not done/)).toMatch(
      /^Not done: .*Image 1 in the story text has no text alternative: describe what it shows/,
    );

    expect(await axeViolations(page)).toEqual([]);
    await describe_(images().nth(0), { alt: 'Ropes coiled on the quay' });
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.waitForFunction(() => document.getElementById('action-message')?.textContent === 'Published.', null, { timeout: 20_000 });
    const article = await stored(slug);
    expect(article.status).toBe('published');
    expect(article.body.filter((b) => b.type === 'image')).toMatchObject([
      { alt: 'Ropes coiled on the quay' },
      { alt: 'The lighthouse keeper’s cottage', caption: 'Whitewashed walls above the quay.' },
      { alt: 'Fishing boats leaving the harbour at dawn', caption: 'The fleet on Monday morning.', credit: 'A. Photographer' },
    ]);
  });

  it('serves the renditions immutable and without EXIF, and the site shows them with srcset, width and height', async () => {
    const reader = await browser.context.newPage();
    expect((await reader.goto(`${stack.site.url}/articles/${slug}`))?.status()).toBe(200);
    const pictures = await reader.locator('main > article picture').evaluateAll((els) =>
      els.map((picture) => {
        const img = picture.querySelector('img')!;
        return {
          sources: [...picture.querySelectorAll('source')].map((s) => ({ type: s.type, srcset: s.getAttribute('srcset') ?? '' })),
          srcset: img.getAttribute('srcset') ?? '',
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
          alt: img.alt,
        };
      }),
    );
    expect(pictures.map((p) => [p.width, p.height, p.alt])).toEqual([
      ['900', '600', 'Ropes coiled on the quay'],
      ['1000', '700', 'The lighthouse keeper’s cottage'],
      ['1800', '1200', 'Fishing boats leaving the harbour at dawn'],
    ]);
    for (const picture of pictures) expect(picture.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    // The photo with EXIF: 320, 640, 1024, 1600 and 1800 pixels wide in three encodings.
    const photo = pictures[2]!;
    const urls = [...photo.sources.flatMap((s) => s.srcset.split(', ')), ...photo.srcset.split(', ')].map((entry) => entry.split(' ')[0]!);
    expect(urls).toHaveLength(15);
    const formats = { avif: ['image/avif', 'heif'], webp: ['image/webp', 'webp'], jpg: ['image/jpeg', 'jpeg'] } as const;
    for (const url of urls) {
      const res = await fetch(new URL(url, stack.site.url));
      expect(res.status, url).toBe(200);
      expect(res.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      const [type, format] = formats[url.slice(url.lastIndexOf('.') + 1) as keyof typeof formats];
      expect(res.headers.get('content-type'), url).toBe(type);
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(meta.format, url).toBe(format);
      expect(meta.width, url).toBe(Number(/\/(\d+)\.\w+$/.exec(url)![1]));
      // The camera and the place it was taken are gone.
      expect([meta.exif, meta.iptc, meta.xmp], url).toEqual([undefined, undefined, undefined]);
    }
    await reader.close();
  });

  it('finds a picture by its alt text and caption in the library, reuses it in a second story, lists both uses and deletes it only once unused', async () => {
    await page.goto(`${stack.desk.url}/desk/media`);
    await expect(page.locator('#media-items > li').count()).resolves.toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Alt text or caption').fill('keeper cottage');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=keeper\+cottage$/);
    await expect(page.locator('#media-items > li').allTextContents()).resolves.toEqual([
      expect.stringContaining('The lighthouse keeper’s cottage'),
    ]);
    await page.getByLabel('Alt text or caption').fill('whitewashed');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=whitewashed$/);
    await expect(page.locator('#media-items > li').count()).resolves.toBe(1);
    await page.getByLabel('Alt text or caption').fill('submarine');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('#media-none').textContent()).resolves.toBe('No picture matches.');

    // A second story takes the picture from the library, with its words, using the keyboard.
    await openEditor('/desk/stories/new');
    await page.getByLabel('Headline').fill('Cottage listed as a heritage site');
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('The council listed the cottage on Tuesday.');
    await page.getByRole('button', { name: 'Insert from the library' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#media-library-q:focus');
    await page.keyboard.type('cottage');
    await page.keyboard.press('Enter');
    const choice = page.locator('#media-library-results button');
    await textOf('#media-library-status', /^1 picture\.$/);
    await expect(choice.count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await choice.first().focus();
    await page.keyboard.press('Enter');
    await expect(images().count()).resolves.toBe(1);
    await saved();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.dataset.imageField)).toBe('alt');
    const second = new URL(page.url()).pathname.split('/').at(-1)!;
    expect((await stored(second)).body.at(-1)).toMatchObject({
      type: 'image',
      alt: 'The lighthouse keeper’s cottage',
      caption: 'Whitewashed walls above the quay.',
      media: { id: reusedId },
    });

    await page.goto(`${stack.desk.url}/desk/media/${reusedId}`);
    const uses = await page.locator('#media-uses a').evaluateAll((links) => links.map((a) => `${a.textContent} ${a.getAttribute('href')}`));
    expect(uses.sort()).toEqual([
      `Cottage listed as a heritage site /desk/stories/${second}`,
      `Harbour reopens after the storm /desk/stories/${slug}`,
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete this picture' }).click();
    // Nothing goes before a second, explicit yes; "No" is where the focus lands.
    await expect(page.locator('#media-delete-confirm').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('media-delete-no');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page.locator('#media-delete-confirm').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('media-delete');
    await page.getByRole('button', { name: 'Delete this picture' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    expect(await textOf('#media-message', /Not deleted/)).toMatch(
      new RegExp(
        `^Not deleted: The picture is used by 2 articles \\((${second}, ${slug}|${slug}, ${second})\\); remove it from them first\\.$`,
      ),
    );

    // Removed from both stories in the editor, it can go.
    for (const story of [second, slug]) {
      await openEditor(`/desk/stories/${story}`);
      const before = await images().count();
      await page.locator(`.ProseMirror figure.desk-image:has(img[src*="${reusedId}"]) img`).click();
      await page.keyboard.press('Delete');
      await expect(images().count()).resolves.toBe(before - 1);
      await saved();
    }
    await page.goto(`${stack.desk.url}/desk/media/${reusedId}`);
    await expect(page.locator('#media-uses').textContent()).resolves.toBe('No story uses this picture.');
    await page.getByRole('button', { name: 'Delete this picture' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.waitForURL(/\/desk\/media\?deleted=1$/);
    await expect(page.locator('#media-items > li').count()).resolves.toBe(2);
    expect((await fetch(`${stack.site.url}/media/${reusedId}/320.webp`)).status).toBe(404);
  });

  it('changes a picture’s words on its page, and a lead image chosen from the library is the site’s og:image and a <picture>', async () => {
    const found = await page.evaluate(async () => (await (await fetch('/v1/media?q=ropes')).json()) as { items: { id: string }[] });
    const ropes = found.items[0]!.id;
    await page.goto(`${stack.desk.url}/desk/media/${ropes}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Text alternative').fill('Mooring ropes coiled on the quay');
    await page.getByLabel('Caption').fill('Ready for the first boats.');
    await page.getByLabel('Credit').fill('Harbour office');
    await page.getByRole('button', { name: 'Save the words' }).click();
    await textOf('#media-saved', /^Saved\.$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Mooring ropes coiled on the quay');
    await page.reload();
    expect(await page.getByLabel('Credit').inputValue()).toBe('Harbour office');
    expect(await page.evaluate(async (id) => (await fetch(`/v1/media/${id}`)).json(), ropes)).toMatchObject({
      alt: 'Mooring ropes coiled on the quay',
      caption: 'Ready for the first boats.',
      credit: 'Harbour office',
    });

    // A new story takes it as its lead image from the library, with the words just written.
    await openEditor('/desk/stories/new');
    await page.getByLabel('Headline').fill('Quay repairs finished ahead of the season');
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('The last stones were set on Friday.');
    await page.getByRole('button', { name: 'Choose from the library' }).click();
    await page.waitForSelector('#media-library-q:focus');
    await expect(page.locator('#media-library-heading').textContent()).resolves.toBe('Choose a lead image');
    await page.keyboard.type('mooring');
    await page.keyboard.press('Enter');
    await textOf('#media-library-status', /^1 picture\.$/);
    await page.locator('#media-library-results button').first().click();
    expect(await page.locator('#lead-alt').inputValue()).toBe('Mooring ropes coiled on the quay');
    expect(await page.locator('#lead-credit').inputValue()).toBe('Harbour office');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lead-alt');
    await page.waitForFunction(
      () =>
        (document.getElementById('lead-thumb') as HTMLImageElement).complete &&
        !(document.getElementById('lead-thumb') as HTMLImageElement).hidden,
    );
    await expect(images().count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saved();
    const lead = new URL(page.url()).pathname.split('/').at(-1)!;
    expect((await stored(lead)).leadImage).toEqual({
      src: `/media/${ropes}/900.jpg`,
      alt: 'Mooring ropes coiled on the quay',
      caption: 'Ready for the first boats.',
      credit: 'Harbour office',
      media: { id: ropes, width: 900, height: 600 },
    });
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.waitForFunction(() => document.getElementById('action-message')?.textContent === 'Published.', null, { timeout: 20_000 });

    const reader = await browser.context.newPage();
    expect((await reader.goto(`${stack.site.url}/articles/${lead}`))?.status()).toBe(200);
    // The 1200×630 crop made for sharing, at the site's public origin.
    expect(new URL((await reader.locator('meta[property="og:image"]').getAttribute('content'))!).pathname).toBe(
      `/media/${ropes}/share.jpg`,
    );
    expect(await reader.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200');
    expect(await reader.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const picture = reader.locator('main > article picture').first();
    expect(await picture.locator('img').getAttribute('alt')).toBe('Mooring ropes coiled on the quay');
    expect(await picture.locator('img').getAttribute('srcset')).toContain(`/media/${ropes}/320.jpg 320w`);
    expect((await fetch(new URL(`/media/${ropes}/share.jpg`, stack.site.url))).status).toBe(200);
    await reader.close();

    // The library knows the story uses it as its lead image.
    await page.goto(`${stack.desk.url}/desk/media/${ropes}`);
    await expect(page.locator('#media-uses a').allTextContents()).resolves.toContain('Quay repairs finished ahead of the season');
  });

  it('uploads a lead image from its own field, and removes it', async () => {
    await openEditor('/desk/stories/new');
    await page.getByLabel('Headline').fill('Lighthouse lamp replaced');
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('The new lamp was lit on Saturday.');
    await page.setInputFiles('#lead-file', {
      name: 'lamp.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo(1200, 800, '#8e6a31').jpeg({ quality: 75 }).toBuffer(),
    });
    expect(await textOf('#lead-status', /lead image/)).toBe('lamp.jpg is the lead image: describe it in its text alternative.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lead-alt');
    await page.keyboard.type('The lighthouse lamp');
    await saved();
    const lamp = new URL(page.url()).pathname.split('/').at(-1)!;
    expect((await stored(lamp)).leadImage).toMatchObject({ alt: 'The lighthouse lamp', media: { width: 1200, height: 800 } });
    await page.getByRole('button', { name: 'Remove the lead image' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lead-library-button');
    // Saved by autosave, however quickly: asked until the story has no lead image.
    await expect.poll(async () => (await stored(lamp)).leadImage, { timeout: 20_000 }).toBeUndefined();
  });
});
