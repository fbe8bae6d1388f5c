/**
 * @module
 * Tests of figures: a stored picture as `<picture>` with AVIF, WebP and JPEG widths and its size,
 * lazy unless it is the lead image; other images as before; caption and credit under either.
 */
import { describe, expect, it } from 'vitest';
import { figureHtml } from './figure-html.ts';

const id = 'e'.repeat(64);
const stored = {
  src: `/media/${id}/1200.jpg`,
  alt: 'The pier "at dawn"',
  caption: 'Boats leaving.',
  credit: 'A. Photographer',
  media: { id, width: 1200, height: 800 },
};

describe('figureHtml', () => {
  it('gives a stored picture AVIF and WebP sources, a JPEG srcset, width and height, lazy below the fold', () => {
    const html = figureHtml(stored);
    expect(html).toContain(
      `<source type="image/avif" srcset="/media/${id}/320.avif 320w, /media/${id}/640.avif 640w, /media/${id}/1024.avif 1024w, /media/${id}/1200.avif 1200w" sizes=`,
    );
    expect(html).toContain(`<source type="image/webp" srcset="/media/${id}/320.webp 320w`);
    expect(html).toMatch(
      new RegExp(
        `<img src="/media/${id}/1024.jpg" srcset="/media/${id}/320.jpg 320w, [^"]+ 1200w" sizes="[^"]+" width="1200" height="800" alt="The pier &quot;at dawn&quot;" loading="lazy" decoding="async">`,
      ),
    );
    expect(html).toContain('<figcaption>Boats leaving. <small class="credit">Credit: A. Photographer</small></figcaption>');
  });

  it('loads the lead picture at once, with high priority', () => {
    expect(figureHtml(stored, { eager: true })).toContain('loading="eager" decoding="async" fetchpriority="high"></picture>');
  });

  it('keeps a plain image a plain <img>', () => {
    expect(figureHtml({ src: 'https://cdn.example.org/pier.jpg', alt: 'Pier' })).toBe(
      '<figure><img src="https://cdn.example.org/pier.jpg" alt="Pier" loading="lazy" decoding="async"></figure>',
    );
  });
});
