/**
 * @module
 * Finding the article in a page with Mozilla's Readability, the algorithm behind Firefox's
 * Reader View. It hands back the DOM element it chose, class names kept so the cleaners after
 * it can still tell a share bar from a paragraph.
 */
import { Readability } from '@mozilla/readability';
import { ELEMENT_CLEANERS } from './html-clean-dom.ts';
import { textOf } from './html-dom.ts';

/** What Readability found: the article element and what it read about it. */
export interface ReadableArticle {
  root: Element;
  title?: string;
  byline?: string;
  /** Readability's own plain text of the article, before any of our cleaning. */
  textContent: string;
}

/**
 * The article Readability finds in `document`, or `undefined` when it finds none. Readability
 * rewrites the document as it goes, so read anything else from it first.
 *
 * @example
 * readableArticle(htmlDocument(page))?.root.querySelectorAll('p').length;
 */
export function readableArticle(document: Document): ReadableArticle | undefined {
  dropComments(document);
  formulasAsMathml(document);
  sentencesOutOfBoxes(document);
  embedsOutOfBoxes(document);
  let parsed;
  try {
    parsed = new Readability<Element>(document, { keepClasses: true, serializer: (node) => node as Element }).parse();
  } catch {
    // Readability trips over some malformed documents; for the caller that is "no article".
    return undefined;
  }
  if (!parsed?.content) return undefined;
  const out: ReadableArticle = { root: parsed.content, textContent: parsed.textContent ?? '' };
  if (parsed.title) out.title = parsed.title;
  if (parsed.byline) out.byline = parsed.byline;
  return out;
}

// Comments split text that reads as one ("on Page A<!-- -->1"), and Readability wraps each piece
// in a paragraph of its own when they sit among blocks; they never hold anything a reader sees.
function dropComments(document: Document): void {
  const comments: Node[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 8) comments.push(child);
      else if (child.nodeType === 1) walk(child);
    }
  };
  if (document.body) walk(document.body);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

// MathJax draws a formula with CSS in a container whose classes Readability takes for a menu
// ("CtxtMenu_Attached"), so the formula went with it and left a hole in its sentence. Its MathML
// copy for screen readers is the formula itself: it takes the drawing's place.
function formulasAsMathml(document: Document): void {
  for (const container of document.querySelectorAll('mjx-container')) {
    const math = container.querySelector('math');
    if (math) container.replaceWith(math);
  }
}

// Readability reads a <div> that holds one paragraph as that paragraph only while under a quarter
// of its text is link; past that the <div> stays, and its cleaning drops any plain <div> over a
// fifth, so a sentence that links its source ("…published Monday in the journal X.") went, and
// left a gap in the story. A sentence boxed alone, mostly its own words, takes its boxes' place:
// only boxes with no furniture name, whose names would have told the cleaners what they are.
function sentencesOutOfBoxes(document: Document): void {
  if (!document.body) return;
  for (const p of document.body.querySelectorAll('p')) {
    if (!linkedSentence(p)) continue;
    let box: Element = p;
    while (box.parentElement && box.parentElement.tagName === 'DIV' && onlyContent(box.parentElement, box) && !furniture(box.parentElement))
      box = box.parentElement;
    if (box !== p) box.replaceWith(p);
  }
}

// An embedded post (the <blockquote> that Twitter's, Instagram's or TikTok's embed code writes)
// quotes the story's source. Sites wrap it in boxes named "widget" or "embed" with the embed's
// script, and Readability's cleaning dropped the box with the quote in it, leaving "Tottenham
// said in a statement:" with nothing after it. Out of boxes that hold nothing else, it stands
// among the paragraphs as the quote it is.
const EMBEDDED_POSTS = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed';

function embedsOutOfBoxes(document: Document): void {
  if (!document.body) return;
  for (const post of document.body.querySelectorAll(EMBEDDED_POSTS)) {
    let box: Element = post;
    while (box.parentElement && box.parentElement.tagName === 'DIV' && onlyContent(box.parentElement, box)) box = box.parentElement;
    if (box !== post) box.replaceWith(post);
  }
}

function linkedSentence(p: Element): boolean {
  const text = textOf(p);
  if (text.length < 40 || !/[.!?…]["”’)]?$/.test(text) || p.querySelector('img, p, div, ul, ol, table')) return false;
  const linked = [...p.querySelectorAll('a')].reduce((n, a) => n + textOf(a).length, 0);
  return linked > text.length * 0.2 && linked <= text.length * 0.5;
}

// Whether `child` is all a reader sees of `box`: beside it only white space, comments and scripts.
function onlyContent(box: Element, child: Element): boolean {
  for (let node = box.firstChild; node; node = node.nextSibling) {
    if (node === child || node.nodeType === 8 || (node.nodeType === 1 && (node as Element).tagName === 'SCRIPT')) continue;
    if (node.nodeType !== 3 || (node.nodeValue ?? '').trim() !== '') return false;
  }
  return true;
}

const READABILITY_NEGATIVE =
  /hidden|banner|combx|comment|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

function furniture(box: Element): boolean {
  return (
    READABILITY_NEGATIVE.test(`${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`) ||
    ELEMENT_CLEANERS.some((clean) => clean(box))
  );
}
