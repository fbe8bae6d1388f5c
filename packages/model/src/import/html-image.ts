/**
 * @module
 * Images in the article body: the real source of lazy-loaded images, tracking pixels left out,
 * and captions split from photo credits.
 */
import type { ImageBlock } from '../block.ts';
import { hasName, squash, textOf, webHref } from './html-dom.ts';

const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];

/**
 * The image block for an `<img>` (or the first `<img>` inside `el`), with its source resolved;
 * `undefined` when it has no usable http(s) source or is a 1×1 tracking pixel.
 *
 * @example
 * imageBlock(htmlDocument('<img src="/a.jpg" alt="A dog">').querySelector('img')!, 'https://example.org/');
 * // { type: 'image', src: 'https://example.org/a.jpg', alt: 'A dog' }
 */
export function imageBlock(el: Element, base: string | undefined): ImageBlock | undefined {
  const img = el.tagName === 'IMG' ? el : el.querySelector('img');
  if (!img) return undefined;
  if (Number(img.getAttribute('width')) === 1 || Number(img.getAttribute('height')) === 1) return undefined;
  const src = sourceOf(img, base);
  if (!src) return undefined;
  return { type: 'image', src, alt: squash(img.getAttribute('alt') ?? '').slice(0, 500) };
}

function sourceOf(img: Element, base: string | undefined): string | undefined {
  const src = img.getAttribute('src');
  // Lazy loaders put a placeholder (often a data: URI) in src and the real image elsewhere.
  if (src && !/^data:/i.test(src.trim())) {
    const href = webHref(src, base);
    if (href) return href;
  }
  for (const name of LAZY_SOURCES) {
    const href = webHref(img.getAttribute(name), base);
    if (href) return href;
  }
  for (const name of ['srcset', 'data-srcset']) {
    const first = img.getAttribute(name)?.trim().split(/\s+/)[0];
    const href = webHref(first, base);
    if (href) return href;
  }
  return undefined;
}

const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|credits|copyright|photographer|source|attribution)(?:$|[\s_-])/i;
// "(Photo: Jane Doe/AP)", "Photo by Jane Doe", "Credit: Reuters", "© Getty Images" at the end.
const CREDIT_TAIL =
  /\s*[([]?\s*((?:photo(?:graph)?s?|image|picture|credit|foto|imagem|illustration)(?:\s+by|\s*:)\s*[^()[\]]{2,120}|©\s*[^()[\]]{2,120}|(?:AP|AFP|Reuters|Getty Images)(?:\s+Photo)?(?:\/[^()[\]]{2,80})?)\s*[)\]]?\s*\.?$/i;

const CREDIT_LABEL = /^\s*(?:(?:image|photo|picture|foto|imagem)\s+)?(?:credits?|crédito|crédit|quelle|fonte)\b\s*[:：]?\s*/i;

/** A caption and the credit found in it (without a "Credit:" label of its own). */
export interface CaptionParts {
  caption?: string;
  credit?: string;
}

/**
 * The caption of a figure, with the photo credit taken out: from an element whose class names a
 * credit, else from a trailing "Photo: …", "© …" or agency mention.
 *
 * @example
 * captionParts(htmlDocument('<figcaption>Flooded fields. (Photo: Jane Doe/AP)</figcaption>').querySelector('figcaption')!);
 * // { caption: 'Flooded fields.', credit: 'Photo: Jane Doe/AP' }
 */
export function captionParts(el: Element): CaptionParts {
  const copy = el.cloneNode(true) as Element;
  // Labels only screen readers hear ("Credit" before the name) are not part of what is shown.
  for (const hidden of copy.querySelectorAll('.visually-hidden, .sr-only, .screen-reader-text, .visuallyhidden')) hidden.remove();
  let credit: string | undefined;
  for (const part of copy.querySelectorAll('*')) {
    if (!CREDIT_CLASS.test(part.getAttribute('class') ?? '')) continue;
    credit ??= textOf(part) || undefined;
    part.remove();
  }
  let caption = textOf(copy);
  if (!credit) {
    const labelled = splitAtCreditLabel(copy);
    if (labelled) ({ caption, credit } = labelled);
  }
  if (!credit) {
    const tail = CREDIT_TAIL.exec(caption);
    if (tail?.[1] && tail.index > 0) {
      credit = squash(tail[1]);
      caption = caption.slice(0, tail.index).trim();
    }
  }
  // Readers are shown "Credit: …" by the site, so the source's own label goes.
  credit = credit ? squash(credit.replace(/^\((.*)\)$/s, '$1').replace(CREDIT_LABEL, '')) : undefined;
  const out: CaptionParts = {};
  if (caption) out.caption = caption.slice(0, 1000);
  if (credit) out.credit = credit.slice(0, 300);
  return out;
}

const LABEL_ONLY = /^(?:(?:image|photo|picture|foto|imagem)\s+)?(?:credits?|crédito|crédit|quelle|fonte)\s*[:：]?$/i;

// A caption whose credit follows a label of its own element ("<span>Credit</span>Jane Doe", the
// words run together once the markup is gone): before the label is the caption, after it the credit.
// Pages that say the label twice (once for screen readers) read "CreditJane Doe" otherwise.
function splitAtCreditLabel(el: Element): { caption: string; credit: string } | undefined {
  const labels = [...el.querySelectorAll('*')].filter((part) => LABEL_ONLY.test(textOf(part)));
  const label = labels[0];
  if (!label) return undefined;
  let before = '';
  let after = '';
  let seen = false;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child === label) seen = true;
      else if (seen && labels.includes(child as Element)) continue;
      else if (child.nodeType === 3) seen ? (after += child.nodeValue ?? '') : (before += child.nodeValue ?? '');
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(el);
  const credit = squash(after);
  return credit ? { caption: squash(before), credit } : undefined;
}

/**
 * Whether an element outside a `<figure>` is an image caption or credit, by its class: such text
 * describes a picture and is not part of the running text.
 *
 * @example
 * isCaptionElement(htmlDocument('<p class="wp-caption-text">A dog.</p>').querySelector('p')!); // true
 */
export function isCaptionElement(el: Element): boolean {
  return el.tagName === 'FIGCAPTION' || hasName(el, 'caption|captions|credit|credits|cutline|legend|legenda|didascalia');
}

/**
 * Whether an element is a picture box under another name (`<div class="inline-image">`,
 * `photo`, `image-embed`…): short, and named for an image. Its text is a caption, so it is read
 * as a figure; one whose picture is gone leaves nothing.
 *
 * @example
 * isFigureLike(htmlDocument('<div class="InlineImage"><img src="/a.jpg"><p>A dog.</p></div>').querySelector('div')!); // true
 */
export function isFigureLike(el: Element): boolean {
  return (
    hasName(el, 'image|images|img|photo|photos|picture|figure|inline-image|image-embed|photo-embed|gallery|slideshow|wp-caption') &&
    textOf(el).length < 500 &&
    !el.querySelector('p p, h2, h3, ul, ol, blockquote')
  );
}
