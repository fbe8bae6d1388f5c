/**
 * @module
 * Cleaners over the article element Readability picked, judged by what sites call their
 * furniture in class names and ids (share bars, newsletter boxes, related links, comment
 * counters, ad and cookie notices, tag lists, bylines and datelines) and by links-only blocks.
 * Each test is a pure predicate on one element; `cleanArticleDom` applies them all.
 */
import { hasName, textOf } from './html-dom.ts';

/** A test for one kind of furniture. */
export type ElementCleaner = (el: Element) => boolean;

function names(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

const named = hasName;

const VISUALLY_HIDDEN =
  /(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden|skip-link|element-invisible|offscreen)(?:\s|$)/;

// Text no sighted reader sees ("Credit" before a photo credit, "Skip to content"), dropped
// wherever it is; `aria-hidden` text is seen, so it goes only as furniture.
function isVisuallyHidden(el: Element): boolean {
  return VISUALLY_HIDDEN.test(names(el));
}

/**
 * Screen-reader-only helpers and skip links ("Skip to content"), invisible on the page.
 *
 * @example
 * isScreenReaderOnly(htmlDocument('<a class="skip-link screen-reader-text" href="#main">Skip</a>').querySelector('a')!); // true
 */
export const isScreenReaderOnly: ElementCleaner = (el) => el.getAttribute('aria-hidden') === 'true' || isVisuallyHidden(el);

/**
 * Share and follow button bars.
 *
 * @example
 * isShareWidget(htmlDocument('<div class="article-share">Facebook Twitter</div>').querySelector('div')!); // true
 */
export const isShareWidget: ElementCleaner = (el) =>
  named(
    el,
    'share|shares|sharing|sharebar|share-bar|share-buttons|social|socials|social-links|social-media|addthis|sharethis|sharedaddy|follow-us|social-share',
  );

/**
 * Newsletter, subscription and sign-up boxes.
 *
 * @example
 * isNewsletterPromo(htmlDocument('<aside class="newsletter-signup">Get our email</aside>').querySelector('aside')!); // true
 */
export const isNewsletterPromo: ElementCleaner = (el) =>
  named(
    el,
    'newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|paywall|registration-wall|cta|promo|inline-promo|email-capture',
  );

/**
 * "Related", "read more", "recommended" and "more stories" blocks, including the widgets of
 * recommendation networks.
 *
 * @example
 * isRelatedLinks(htmlDocument('<div class="related-articles"><a href="/a">A</a></div>').querySelector('div')!); // true
 */
export const isRelatedLinks: ElementCleaner = (el) =>
  named(
    el,
    'related|relacionadas|correlati|read-more|readmore|recommended|recommendations|more-stories|more-articles|also-read|read-also|outbrain|taboola|trending|popular|most-read|most-popular|next-article|up-next|more-from|further-reading|see-also',
  );

/**
 * Comment sections and comment counters.
 *
 * @example
 * isCommentWidget(htmlDocument('<span class="comment-count">12</span>').querySelector('span')!); // true
 */
export const isCommentWidget: ElementCleaner = (el) =>
  named(el, 'comments?|comment-count|comments-count|comment-link|comments-link|disqus|respond|reply|replies|discussion');

/**
 * Advertising slots and cookie or consent notices.
 *
 * @example
 * isAdOrCookieNotice(htmlDocument('<div class="ad-slot">Advertisement</div>').querySelector('div')!); // true
 */
export const isAdOrCookieNotice: ElementCleaner = (el) =>
  named(
    el,
    'ad|ads|adv|advert|adverts|advertisement|advertising|ad-slot|ad-container|ad-wrapper|adsbygoogle|dfp|gpt-ad|sponsor|sponsored|cookie|cookies|consent|gdpr|cookie-banner',
  );

/**
 * Tag, topic and category lists.
 *
 * @example
 * isTagList(htmlDocument('<ul class="tags"><li><a href="/t/x">X</a></li></ul>').querySelector('ul')!); // true
 */
export const isTagList: ElementCleaner = (el) =>
  named(
    el,
    'tags|tag-list|taglist|tags-list|post-tags|article-tags|keywords|topics|topic-list|categories|post-categories|entry-categories',
  );

/**
 * Byline, author box, dateline and post-meta elements (the article's metadata, read separately).
 *
 * @example
 * isBylineOrDateline(htmlDocument('<p class="byline">By Ann Lee</p>').querySelector('p')!); // true
 */
export const isBylineOrDateline: ElementCleaner = (el) =>
  named(
    el,
    'byline|bylines|author|authors|author-info|author-bio|about-author|dateline|timestamp|date|dates|published|updated|pubdate|post-date|entry-date|posted-on|entry-meta|post-meta|article-meta|meta|article-info',
  );

/** All element cleaners, in the order they are tried. */
export const ELEMENT_CLEANERS: readonly ElementCleaner[] = [
  isScreenReaderOnly,
  isShareWidget,
  isNewsletterPromo,
  isRelatedLinks,
  isCommentWidget,
  isAdOrCookieNotice,
  isTagList,
  isBylineOrDateline,
];

/**
 * Elements that may be dropped as furniture: block-level containers. Inline elements (links,
 * spans, `<time>`, `<small>`…) are part of a sentence whatever their class says: a link named
 * "meta-loc" holds the place a sentence is about.
 */
const DROPPABLE = new Set([
  'DIV',
  'SECTION',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'UL',
  'OL',
  'DL',
  'LI',
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'FORM',
  'FIGURE',
  'ADDRESS',
  'DETAILS',
  'BLOCKQUOTE',
  'ARTICLE',
  'MENU',
  'HR',
]);

/**
 * Removes furniture from the article element, in place, each piece whole: only block-level
 * containers that stand apart from the running text (no words of a sentence beside them) can
 * go, so cleaning never takes words out of a paragraph. Screen-reader-only text is the
 * exception, since no reader sees it. A match that holds a large part of the article's text is
 * kept whatever its name says: sites name whole article wrappers things like "post-meta-wrap"
 * or "share-enabled", and losing the article costs more than keeping a share bar.
 *
 * @example
 * const root = htmlDocument('<div><p>Text of the story that matters.</p><div class="share">Tweet</div></div>').body;
 * cleanArticleDom(root);
 * root.textContent; // 'Text of the story that matters.'
 */
export function cleanArticleDom(root: Element): void {
  const total = textOf(root).length;
  const doomed: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('figure') || doomed.some((d) => d.contains(el))) continue;
    // Hidden text, and hidden pictures with no words (icons, the image copy of a formula): no
    // reader misses them.
    if ((isVisuallyHidden(el) && !el.querySelector('p, img')) || (isScreenReaderOnly(el) && textOf(el) === '')) {
      doomed.push(el);
      continue;
    }
    if (!DROPPABLE.has(el.tagName.toUpperCase()) || !standsApart(el)) continue;
    if (!ELEMENT_CLEANERS.some((clean) => clean(el))) continue;
    const length = textOf(el).length;
    if (length <= Math.max(200, total * 0.2) && !holdsProse(el)) doomed.push(el);
  }
  for (const el of doomed) el.remove();
}

const INLINE_TEXT_SIBLING = new Set([
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'CODE',
  'SMALL',
  'SUB',
  'SUP',
  'MARK',
  'ABBR',
  'CITE',
  'Q',
  'TIME',
  'FONT',
  'S',
  'DEL',
  'INS',
  'KBD',
  'VAR',
  'BDI',
  'BDO',
]);

// A block that sits inside a run of text (a <div> between the words of a sentence, as some
// templates do) is part of that sentence.
function standsApart(el: Element): boolean {
  return [neighbour(el, 'previousSibling'), neighbour(el, 'nextSibling')].every(
    (node) => !node || (node.nodeType === 1 && !(INLINE_TEXT_SIBLING.has((node as Element).tagName.toUpperCase()) && textOf(node) !== '')),
  );
}

function neighbour(el: Element, way: 'previousSibling' | 'nextSibling'): Node | null {
  let node = el[way];
  while (node && (node.nodeType === 8 || (node.nodeType === 3 && (node.nodeValue ?? '').trim() === ''))) node = node[way];
  return node;
}

// Two or more full paragraphs of sentences are article text, whatever the container is called.
function holdsProse(el: Element): boolean {
  let long = 0;
  for (const p of el.querySelectorAll('p')) if (textOf(p).length > 150 && ++long >= 2) return true;
  return false;
}
