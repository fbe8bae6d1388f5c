import { describe, expect, it } from 'vitest';
import { mediaIdsOf } from './media-uses.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const ref = (id: string) => ({ id, width: 800, height: 600 });

describe('mediaIdsOf', () => {
  it('finds the lead image, body images and addresses of stored pictures, each once', () => {
    const document = {
      leadImage: { src: `/media/${A}/2000.jpg`, alt: 'a', media: ref(A) },
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'See', marks: [{ type: 'link', href: `/media/${C}/1024.jpg` }] }] },
        { type: 'image', src: `/media/${B}/2000.jpg`, alt: 'b', media: ref(B) },
        { type: 'image', src: `/media/${A}/640.webp`, alt: 'a again' },
      ],
    };
    expect(mediaIdsOf(document)).toEqual([A, B, C]);
  });

  it('finds nothing in a story without library pictures', () => {
    const external = { body: [{ type: 'image', src: 'https://example.org/a.jpg' }] };
    expect(mediaIdsOf(external)).toEqual([]);
    expect(mediaIdsOf({ leadImage: { media: { id: 'not-an-id' } }, body: [] })).toEqual([]);
  });
});
