/**
 * @module
 * Which images of a story lack a text alternative, named so a person can find them: the API
 * refuses to publish a story with one (naming the field, `body[3].alt`), and the desk says the same
 * before asking, in words.
 */
import type { Block, Image } from '@dateline/model/core';

/** What the desk knows of a story's images. */
export interface StoryImages {
  body: readonly Block[];
  leadImage?: Image | undefined;
}

/**
 * How a person finds an image: its place among the story's images and its caption (or credit, or
 * file name when it is not a library picture).
 *
 * @example
 * imageName(blocks, 5); // 'image 2 in the story text (“Boats leaving”)'
 */
export function imageName(blocks: readonly Block[], index: number): string {
  const block = blocks[index];
  if (block?.type !== 'image') return `block ${index + 1} of the story text`;
  const ordinal = blocks.slice(0, index + 1).filter((b) => b.type === 'image').length;
  const hint = block.caption?.trim() || block.credit?.trim() || (block.media ? '' : fileName(block.src));
  return `image ${ordinal} in the story text${hint ? ` (“${shorten(hint)}”)` : ''}`;
}

function fileName(src: string): string {
  return decodeURIComponent(src.split(/[?#]/)[0]!.split('/').pop() ?? '');
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * The images of a story whose text alternative is empty, each named; empty when there is none.
 *
 * @example
 * imagesWithoutAlt({ body }); // ['image 1 in the story text (“Boats leaving”)']
 */
function imagesWithoutAlt(story: StoryImages): string[] {
  const names: string[] = [];
  if (story.leadImage && !story.leadImage.alt.trim()) names.push('the lead image');
  story.body.forEach((block, i) => {
    if (block.type === 'image' && !block.alt.trim()) names.push(imageName(story.body, i));
  });
  return names;
}

/**
 * The sentence that refuses to publish, naming the images; null when every image has its text.
 *
 * @example
 * missingAltMessage({ body }); // 'Image 1 in the story text (“Boats leaving”) has no text alternative: …'
 */
export function missingAltMessage(story: StoryImages): string | null {
  const names = imagesWithoutAlt(story);
  return names.length === 0 ? null : sentence(names);
}

function sentence(names: readonly string[]): string {
  const one = names.length === 1;
  const list = one ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const text = `${list} ${one ? 'has' : 'have'} no text alternative: describe what ${one ? 'it shows' : 'each shows'} in its “Text alternative” field before publishing.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The field errors of a problem, as the API names them (`path`). */
interface FieldProblem {
  errors?: { path?: string; field?: string; message?: string }[];
}

/**
 * The API's refusal of images without a text alternative (`body[3].alt`, `leadImage.alt`) in
 * words that name the images; null for any other refusal.
 *
 * @example
 * altRefusalText({ errors: [{ path: 'body[3].alt', message: 'is required…' }] }, story); // 'Image 1 in the story text … has no text alternative: …'
 */
export function altRefusalText(problem: FieldProblem, story: StoryImages): string | null {
  const alts = (problem.errors ?? []).map((e) => e.path ?? e.field ?? '').filter((path) => /^(?:leadImage|body\[\d+\])\.alt$/.test(path));
  if (alts.length === 0) return null;
  return sentence(
    alts.map((path) => (path.startsWith('leadImage') ? 'the lead image' : imageName(story.body, Number(/\d+/.exec(path)![0])))),
  );
}
