/**
 * @module
 * The facts about an article that pages state outside its body: headline, authors, publication
 * time, lead image, canonical address, language and summary. Read before Readability runs,
 * because it rewrites the document.
 */
import type { Image } from '../block.ts';
import { LanguageTag, WebUrl } from '../common.ts';
import { parseByline } from './byline.ts';
import { firstTimestamp } from './html-date.ts';
import { metaContent, squash, textOf, webHref } from './html-dom.ts';
import { cleanHeadline, isTitleSegment, sameHeadline } from './html-headline.ts';
import { type JsonLdArticle, jsonLdArticle } from './html-json-ld.ts';

/** What the page says about its article, each field only when found and valid for the model. */
export interface HtmlMetadata {
  headline?: string;
  authors: string[];
  /** An agency or publisher the byline credits beside its authors. */
  source?: string;
  publishedAt?: string;
  leadImage?: Image;
  canonicalUrl?: string;
  language?: string;
  description?: string;
  siteName?: string;
}

// `property` may list several names ("og:title twitter:title"), as RDFa allows.
const meta = (...names: string[]) => names.map((n) => `meta[property~="${n}" i], meta[name="${n}" i], meta[itemprop~="${n}" i]`);

/**
 * Reads the article's metadata from `document`; URLs resolve against `base`.
 *
 * @example
 * htmlMetadata(htmlDocument('<html lang="en-GB"><title>Dock deal | Gazette</title><h1>Dock deal</h1></html>'), undefined);
 * // { headline: 'Dock deal', authors: [], language: 'en-GB' }
 */
export function htmlMetadata(document: Document, base: string | undefined): HtmlMetadata {
  const ld = jsonLdArticle(document);
  const siteName = metaContent(document, meta('og:site_name', 'application-name'));
  // The publisher credited as author (JSON-LD often names the organisation) is not a writer.
  const byline = authorsOf(document, ld?.authors ?? [], siteName);
  const authors = byline.authors.filter((name) => !siteName || !sameHeadline(name, siteName));
  const out: HtmlMetadata = { authors };
  if (byline.source) out.source = byline.source;
  const headline = headlineOf(document, ld, siteName);
  if (headline) out.headline = headline.slice(0, 300);
  const publishedAt = firstTimestamp([
    metaContent(
      document,
      meta(
        'article:published_time',
        'datePublished',
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'DC.date.issued',
        'dcterms.created',
        'parsely-pub-date',
        'sailthru.date',
        'og:published_time',
      ),
    ),
    ld?.datePublished,
    ...[...document.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime') ?? undefined),
  ]);
  if (publishedAt) out.publishedAt = publishedAt;
  const imageSrc = webHref(
    metaContent(document, meta('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src')) ?? ld?.image,
    base,
  );
  if (imageSrc && /^https?:/i.test(imageSrc)) {
    const alt = metaContent(document, meta('og:image:alt', 'twitter:image:alt')) ?? '';
    out.leadImage = { src: imageSrc, alt: alt.slice(0, 500) };
  }
  const canonical = [document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), metaContent(document, meta('og:url'))]
    .map((href) => webHref(href, base))
    .find((href) => href !== undefined && WebUrl.safeParse(href).success);
  if (canonical) out.canonicalUrl = canonical;
  const language = languageOf(document);
  if (language) out.language = language;
  const description = metaContent(document, meta('description', 'og:description', 'twitter:description')) ?? ld?.description;
  if (description) out.description = description;
  if (siteName) out.siteName = siteName;
  return out;
}

function headlineOf(document: Document, ld: JsonLdArticle | undefined, siteName: string | undefined): string | undefined {
  const title = textOf(document.querySelector('title'));
  const stated =
    ldHeadline(ld, title) ??
    metaContent(
      document,
      meta('dc:title', 'DC.title', 'dcterm:title', 'og:title', 'twitter:title', 'parsely-title', 'title', 'sailthru.title'),
    );
  if (stated) return cleanHeadline(stated, siteName);
  const h1s = [...document.querySelectorAll('h1')].map((h) => textOf(h)).filter(Boolean);
  if (!title) return h1s[0];
  // Pages hold several h1s (logo, section name); one the title agrees with is the headline,
  // in the page's own words and without the site name.
  const agreeing = h1s.filter((h) => isTitleSegment(h, title)).sort((a, b) => b.length - a.length);
  return agreeing[0] ?? cleanHeadline(title, siteName);
}

function ldHeadline(ld: JsonLdArticle | undefined, title: string): string | undefined {
  if (!ld?.headline || !ld.name || ld.headline === ld.name) return ld?.headline ?? ld?.name;
  // Some sites put a label ("Wikimedia list article") in one of them; the title tells which.
  return isTitleSegment(ld.name, title) && !isTitleSegment(ld.headline, title) ? ld.name : ld.headline;
}

function authorsOf(document: Document, fromLd: readonly string[], siteName: string | undefined): { authors: string[]; source?: string } {
  // JSON-LD lists one author per entry; each may still be a byline ("Ann Lee, CNN").
  const ld = fromLd.map((name) => parseByline(name, { siteName }));
  const fromJsonLd = { authors: [...new Set(ld.flatMap((b) => b.authors))], source: ld.find((b) => b.source)?.source };
  const candidates = [
    metaContent(document, meta('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl')),
    spacedText(document.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]')),
  ];
  if (fromJsonLd.authors.length > 0)
    return { authors: fromJsonLd.authors.slice(0, 10), ...(fromJsonLd.source && { source: fromJsonLd.source }) };
  for (const candidate of candidates) {
    const byline = candidate ? parseByline(candidate, { siteName }) : { authors: [] };
    if (byline.authors.length > 0) return byline;
  }
  return { authors: [] };
}

// An element's text with its child elements apart: a name and a date in neighbouring spans
// ("<span>Carrie Arnold</span><time>November 18</time>") must not run together.
function spacedText(el: Element | null): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !['SCRIPT', 'STYLE'].includes((child as Element).tagName)) {
        parts.push(' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(el);
  return squash(parts.join(''));
}

function languageOf(document: Document): string | undefined {
  const raw =
    document.documentElement?.getAttribute('lang') ??
    metaContent(document, ['meta[http-equiv="content-language" i]', 'meta[property="og:locale"]']);
  const tag =
    squash(raw ?? '')
      .replace(/_/g, '-')
      .split(',')[0]
      ?.trim() ?? '';
  return LanguageTag.safeParse(tag).success ? tag : undefined;
}
