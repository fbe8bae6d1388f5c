/** @module */
import type { Block } from '@dateline/model/core';
import { describe, expect, it } from 'vitest';
import { altRefusalText, imageName, missingAltMessage } from './image-alt.ts';

const text = (t: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
const body: Block[] = [
  text('One'),
  { type: 'image', src: '/media/aa/2000.jpg', alt: 'The pier', media: { id: 'a'.repeat(64), width: 800, height: 600 } },
  text('Two'),
  {
    type: 'image',
    src: `/media/${'b'.repeat(64)}/2000.jpg`,
    alt: '',
    caption: 'Boats leaving the harbour',
    media: { id: 'b'.repeat(64), width: 800, height: 600 },
  },
  { type: 'image', src: 'https://example.org/photos/ferry%20deck.jpg?w=2', alt: ' ' },
];

describe('imageName', () => {
  it('names an image by its place among the images and its caption, or its file name', () => {
    expect(imageName(body, 3)).toBe('image 2 in the story text (“Boats leaving the harbour”)');
    expect(imageName(body, 4)).toBe('image 3 in the story text (“ferry deck.jpg”)');
    expect(imageName(body, 1)).toBe('image 1 in the story text');
  });
});

describe('missingAltMessage', () => {
  it('names every image without a text alternative, the lead image first', () => {
    expect(missingAltMessage({ body, leadImage: { src: '/a.jpg', alt: '' } })).toBe(
      'The lead image, image 2 in the story text (“Boats leaving the harbour”) and image 3 in the story text (“ferry deck.jpg”) have no text alternative: describe what each shows in its “Text alternative” field before publishing.',
    );
  });

  it('says nothing when every image has one', () => {
    expect(missingAltMessage({ body: body.slice(0, 3) })).toBeNull();
  });
});

describe('altRefusalText', () => {
  it('turns the API’s alt field errors into the images’ names', () => {
    const problem = {
      detail: 'A field is invalid.',
      errors: [
        { path: 'body[3].alt', message: 'is required to publish an article with this image' },
        { path: 'leadImage.alt', message: 'is required' },
      ],
    };
    expect(altRefusalText(problem, { body })).toBe(
      'Image 2 in the story text (“Boats leaving the harbour”) and the lead image have no text alternative: describe what each shows in its “Text alternative” field before publishing.',
    );
  });

  it('leaves any other refusal to the usual message', () => {
    expect(altRefusalText({ errors: [{ path: 'headline', message: 'is too long' }] }, { body })).toBeNull();
    expect(altRefusalText({}, { body })).toBeNull();
  });
});
