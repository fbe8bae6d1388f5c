/**
 * @module
 * Test support: a strict well-formedness check with a real, namespace-aware XML
 * parser, so a feed or sitemap that only a lenient reader would accept fails the tests.
 */
import { DOMParser } from '@xmldom/xmldom';

/**
 * Throws with the parser's message when `xml` is not well-formed XML (warnings count too);
 * returns `xml` otherwise.
 *
 * @example
 * parseRssFeed(wellFormedXml(toRss(site, articles, options)));
 */
export function wellFormedXml(xml: string): string {
  // xmldom reads a stray `&` as text; XML allows it only to start a reference (these documents
  // use no CDATA sections or comments, where it would be allowed).
  const stray = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/.exec(xml);
  if (stray) throw new Error(`fatalError: a bare & at offset ${stray.index}`);
  new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  return xml;
}
