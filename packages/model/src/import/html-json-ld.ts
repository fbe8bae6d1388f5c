/**
 * @module
 * The article facts a page states in schema.org JSON-LD, and the claims a fact-check reviews:
 * publishers fill it for search engines, so it is often cleaner than the visible page.
 */
import { decodeEntities, squash } from './html-dom.ts';

/** What the importer reads from a JSON-LD article object. */
export interface JsonLdArticle {
  headline?: string;
  /** Some sites put the headline in `name` and a label in `headline`, or the reverse. */
  name?: string;
  authors: string[];
  datePublished?: string;
  image?: string;
  description?: string;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting)$/;

/**
 * The first schema.org article object in the page's JSON-LD scripts (looking inside `@graph`
 * and arrays); scripts that do not parse are skipped.
 *
 * @example
 * jsonLdArticle(htmlDocument('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hi"}</script>'));
 * // { authors: [], headline: 'Hi' }
 */
export function jsonLdArticle(document: Document): JsonLdArticle | undefined {
  const best = jsonLdObjects(document, ARTICLE_TYPE)[0];
  if (!best) return undefined;
  const out: JsonLdArticle = { authors: names(best['author']) };
  const headline = str(best['headline']);
  if (headline) out.headline = headline;
  const name = str(best['name']);
  if (name) out.name = name;
  const date = str(best['datePublished']);
  if (date) out.datePublished = date;
  const image = imageUrl(best['image']);
  if (image) out.image = image;
  const description = str(best['description']);
  if (description) out.description = description;
  return out;
}

/** A claim a fact-check reviews, and the verdict it gives in words ("False", "Unproven"). */
export interface JsonLdClaim {
  claim: string;
  rating?: string;
}

/**
 * The claims a fact-check page reviews, from its schema.org `ClaimReview` objects.
 *
 * @example
 * jsonLdClaims(htmlDocument('<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"The moon is cheese.","reviewRating":{"alternateName":"False"}}</script>'));
 * // [{ claim: 'The moon is cheese.', rating: 'False' }]
 */
export function jsonLdClaims(document: Document): JsonLdClaim[] {
  const out: JsonLdClaim[] = [];
  for (const review of jsonLdObjects(document, /^ClaimReview$/)) {
    const claim = str(review['claimReviewed']);
    if (!claim) continue;
    const rating =
      review['reviewRating'] && typeof review['reviewRating'] === 'object'
        ? str((review['reviewRating'] as Record<string, unknown>)['alternateName'])
        : undefined;
    out.push(rating ? { claim, rating } : { claim });
  }
  return out;
}

function jsonLdObjects(document: Document, type: RegExp): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), type, found, 0);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines); the page has other sources.
    }
  }
  return found;
}

function collect(value: unknown, type: RegExp, into: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, type, into, depth + 1);
    return;
  }
  const object = value as Record<string, unknown>;
  if (types(object).some((t) => type.test(t))) into.push(object);
  if (object['@graph']) collect(object['@graph'], type, into, depth + 1);
  if (object['mainEntity']) collect(object['mainEntity'], type, into, depth + 1);
}

function types(object: Record<string, unknown>): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function str(value: unknown): string | undefined {
  // JSON-LD sits in a script, which the HTML parser leaves undecoded; sites escape it for HTML all the same.
  const text = typeof value === 'string' ? squash(decodeEntities(value)) : '';
  return text || undefined;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const name =
      typeof item === 'string' ? str(item) : item && typeof item === 'object' ? str((item as Record<string, unknown>)['name']) : undefined;
    if (name) out.push(name);
  }
  return out;
}

function imageUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (value && typeof value === 'object') return str((value as Record<string, unknown>)['url']);
  return undefined;
}
