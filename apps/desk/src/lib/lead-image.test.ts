/** @module */
import type { Image } from '@dateline/model/core';
import { describe, expect, it } from 'vitest';
import { fieldsOf, leadImageFrom } from './lead-image.ts';

const id = 'c'.repeat(64);
const chosen: Image = { src: `/media/${id}/2000.jpg`, alt: 'The pier', caption: 'At dawn', media: { id, width: 2400, height: 1600 } };

describe('leadImageFrom', () => {
  it('keeps the library reference of the chosen picture, with the words as edited', () => {
    expect(leadImageFrom({ ...fieldsOf(chosen), alt: ' The pier at dawn ', credit: 'Agency' }, chosen)).toEqual({
      src: chosen.src,
      alt: 'The pier at dawn',
      caption: 'At dawn',
      credit: 'Agency',
      media: chosen.media,
    });
  });

  it('drops the reference when another address is typed, and the image when the address is emptied', () => {
    expect(leadImageFrom({ ...fieldsOf(chosen), src: 'https://example.org/other.jpg' }, chosen)).toEqual({
      src: 'https://example.org/other.jpg',
      alt: 'The pier',
      caption: 'At dawn',
    });
    expect(leadImageFrom({ ...fieldsOf(chosen), src: ' ' }, chosen)).toBeUndefined();
    expect(fieldsOf(undefined)).toEqual({ src: '', alt: '', caption: '', credit: '' });
  });
});
