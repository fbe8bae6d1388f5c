/**
 * @module
 * Finding the article in a page with Mozilla's Readability, the algorithm behind Firefox's
 * Reader View. It hands back the DOM element it chose, class names kept so the cleaners after
 * it can still tell a share bar from a paragraph.
 */
import { Readability } from '@mozilla/readability';

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
