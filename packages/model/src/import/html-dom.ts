/**
 * @module
 * The DOM the HTML importer works on (linkedom, so it runs in Node without a browser), and the
 * small text and URL helpers shared by its steps.
 */
import { parseHTML } from 'linkedom';

/**
 * Parses a page into a document. Fragments are wrapped in a full `<html><body>` shell first,
 * because linkedom only builds `documentElement`, `head` and `body` for whole documents.
 *
 * @example
 * htmlDocument('<p>Hello</p>').body.textContent; // 'Hello'
 */
export function htmlDocument(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  settleHeadAndBody(document);
  return document;
}

const HEAD_ONLY = new Set(['TITLE', 'META', 'LINK', 'BASE']);

// linkedom does not repair the tree as browsers do: its `head` and `body` are just the first two
// children of <html>, made up empty when they are not there. Pages with stray elements around
// them (a <div> before <head>, text after </body>) would lose their whole body, so move things
// where a browser would put them.
function settleHeadAndBody(document: Document): void {
  const html = document.documentElement;
  if (!html) return;
  const children = [...html.childNodes];
  const head = children.find((n): n is Element => n.nodeType === 1 && (n as Element).tagName === 'HEAD') ?? document.createElement('head');
  const body = children.find((n): n is Element => n.nodeType === 1 && (n as Element).tagName === 'BODY') ?? document.createElement('body');
  const bodyAt = children.indexOf(body);
  const before: Node[] = [];
  const after: Node[] = [];
  for (const [i, node] of children.entries()) {
    if (node === head || node === body) continue;
    if (node.nodeType === 1 && HEAD_ONLY.has((node as Element).tagName)) head.appendChild(node);
    else if (node.nodeType === 1 || (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== ''))
      (bodyAt >= 0 && i > bodyAt ? after : before).push(node);
  }
  if (html.firstElementChild !== head) html.prepend(head);
  if (head.nextElementSibling !== body) head.after(body);
  body.prepend(...before);
  body.append(...after);
}

const HTML_SPACE = /[ \t\n\r\f]+/g;

/**
 * Collapses HTML white space (not no-break spaces) to single spaces and trims the ends.
 *
 * @example
 * squash('  Hello \n\t world '); // 'Hello world'
 */
export function squash(text: string): string {
  return text.replace(HTML_SPACE, ' ').trim();
}

/**
 * The visible-ish text of an element, squashed: scripts, styles and templates never count.
 *
 * @example
 * textOf(htmlDocument('<p>Hi<script>x()</script> there</p>').body); // 'Hi there'
 */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  return squash(rawText(node));
}

const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

function rawText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
  if (node.nodeType === 1 && SILENT.has((node as Element).tagName.toUpperCase())) return '';
  if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'MATH') return ` ${mathText(node as Element)} `;
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const text = rawText(child);
    // Block boundaries separate words even when the markup has no space between them.
    out += child.nodeType === 1 && BLOCKISH.has((child as Element).tagName.toUpperCase()) ? ` ${text} ` : text;
  }
  return out;
}

const BLOCKISH = new Set([
  'P',
  'DIV',
  'LI',
  'BR',
  'TD',
  'TH',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'DT',
  'DD',
]);

// The source a formula was written in, kept beside its rendering: read once, as rendered.
const MATH_SOURCE = new Set(['ANNOTATION', 'ANNOTATION-XML']);

/**
 * The text of a MathML formula as a reader sees it rendered: its symbols, numbers and names in
 * order, a space apart. A formula is part of its sentence ("When a ≠ 0, there are two
 * solutions"); dropped, it leaves the sentence with a hole in it.
 *
 * @example
 * mathText(htmlDocument('<p><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></p>').querySelector('math')!); // 'a ≠ 0'
 */
export function mathText(el: Element): string {
  const tokens: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) tokens.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !MATH_SOURCE.has((child as Element).tagName.toUpperCase())) walk(child);
    }
  };
  walk(el);
  return squash(tokens.join(' '));
}

/**
 * The address relative references in the page resolve against: the page URL, `undefined` when it
 * is not absolute. The page's own `<base href>` is ignored: whoever wrote the page could point
 * every relative link and image of the imported article at a host of their choosing with it.
 *
 * @example
 * baseUrlOf(htmlDocument('<base href="https://elsewhere.example/"><p>x</p>'), 'https://example.org/a'); // 'https://example.org/a'
 */
export function baseUrlOf(_document: Document, pageUrl: string | undefined): string | undefined {
  return absolute(pageUrl, undefined);
}

/**
 * `href` resolved against `base`, or `undefined` when it cannot be made absolute.
 *
 * @example
 * absolute('../b', 'https://example.org/x/y'); // 'https://example.org/b'
 */
function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/**
 * A web address for a link or image: absolute http(s) after resolving, or a site path when
 * there is no base to resolve against. Anything else (javascript:, data:, tel:…) is `undefined`.
 *
 * @example
 * webHref('/about', 'https://example.org/x'); // 'https://example.org/about'
 * webHref('javascript:alert(1)', undefined); // undefined
 */
export function webHref(href: string | null | undefined, base: string | undefined): string | undefined {
  const raw = href?.trim();
  if (!raw) return undefined;
  const resolved = absolute(raw, base);
  if (resolved) return /^https?:\/\//i.test(resolved) && resolved.length <= 2048 ? resolved : undefined;
  // Without a base only site paths are kept; protocol-relative `//host` needs a scheme we lack.
  return /^\/(?!\/)/.test(raw) && raw.length <= 2048 ? raw : undefined;
}

/**
 * A link target readers can follow safely: an http(s) address (resolved as `webHref` does) or a
 * `mailto:` address; `undefined` for anything else.
 *
 * @example
 * linkHref('mailto:desk@example.org', undefined); // 'mailto:desk@example.org'
 * linkHref('javascript:void(0)', 'https://example.org/'); // undefined
 */
export function linkHref(href: string | null | undefined, base: string | undefined): string | undefined {
  const raw = href?.trim() ?? '';
  if (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(raw) && raw.length <= 2048) return raw;
  return webHref(raw, base);
}

const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * `text` with its character references (`&quot;`, `&#8217;`, `&amp;`…) decoded, once: what a
 * metadata value or a JSON-LD string says when its source escaped it for HTML (JSON-LD is never
 * decoded by the HTML parser; some sites escape attribute values twice). One pass only, so
 * `&amp;lt;` becomes `&lt;`, never `<`. Text from the page's body is decoded by the parser
 * already and must not come here.
 *
 * @example
 * decodeEntities('Mugabe&#039;s &quot;Blue House&quot;'); // 'Mugabe\'s "Blue House"'
 * decodeEntities('&amp;amp;'); // '&amp;'
 */
export function decodeEntities(text: string): string {
  if (!ENTITY.test(text)) return text;
  const { document } = parseHTML(`<!doctype html><html><body><p>${text.replace(/</g, '&lt;')}</p></body></html>`);
  return document.querySelector('p')?.textContent ?? text;
}

/**
 * The first non-empty `content` of the `<meta>` tags matching any of `selectors`, squashed, with
 * character references an over-escaping source left in it decoded (see `decodeEntities`).
 *
 * @example
 * metaContent(htmlDocument('<meta property="og:title" content=" Hi ">'), ['meta[property="og:title"]']); // 'Hi'
 */
export function metaContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const meta of document.querySelectorAll(selector)) {
      const value = squash(decodeEntities(meta.getAttribute('content') ?? meta.getAttribute('datetime') ?? ''));
      if (value) return value;
    }
  }
  return undefined;
}

/**
 * Whether the element's class or id names it with one of the `|`-separated words in `pattern`,
 * matched as whole words within compound names ("c-share-bar", "article__related",
 * "socialLinks"), so that "shared" or "adapt" do not match "share" or "ad".
 *
 * @example
 * hasName(htmlDocument('<div class="c-shareBar"></div>').querySelector('div')!, 'share|social'); // true
 */
export function hasName(el: Element, pattern: string): boolean {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (raw.trim() === '') return false;
  const names = raw.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  let regex = NAME_PATTERNS.get(pattern);
  if (!regex) NAME_PATTERNS.set(pattern, (regex = new RegExp(`(?:^|[\\s_-])(?:${pattern})(?:$|[\\s_-])`)));
  return regex.test(names);
}

const NAME_PATTERNS = new Map<string, RegExp>();
