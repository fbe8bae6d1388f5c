/**
 * @module
 * Headlines from page titles. `<title>` and often `og:title` carry the site's name
 * ("River path reopens | The Daily Gazette"); readers and the model want the headline alone.
 */
import { squash } from './html-dom.ts';

// Separators sites put between the headline and their name; a plain hyphen or colon needs
// spaces around it, since headlines use both inside words and phrases.
const SEPARATOR = /\s+(?:[|·•»«/\\~]|::|[-–—])\s+/;

/**
 * `title` without the site name: the part named like the site (`siteName`) is removed, else the
 * last (or first) segment when it is short and the rest reads like a headline.
 *
 * @example
 * cleanHeadline('River path reopens | The Daily Gazette', 'The Daily Gazette'); // 'River path reopens'
 * cleanHeadline('River path reopens after two years - Gazette'); // 'River path reopens after two years'
 * cleanHeadline('Covid-19: what we know - so far'); // 'Covid-19: what we know - so far'
 */
export function cleanHeadline(title: string, siteName?: string): string {
  // A permalink mark left from the heading's anchor ("History¶") is not part of it.
  // So is a short bracketed tag after it: the site ("[Archive of Our Own]") or a label ("[Video]").
  const text = squash(title)
    .replace(/\s*[¶§#]+$/u, '')
    .replace(/(?<=\S)\s+\[[^\][]{1,60}\]$/u, (tag) => (tag.trim().split(/\s+/).length <= 5 ? '' : tag));
  const parts = text
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return text;
  const site = siteName ? key(siteName) : '';
  if (site) {
    const kept = parts.filter((p) => !isSiteName(key(p), site));
    if (kept.length > 0 && kept.length < parts.length) return joinBack(text, kept);
  }
  const last = parts.at(-1) ?? '';
  const first = parts[0] ?? '';
  const head = joinBack(text, parts.slice(0, -1));
  // A short tail after a longer headline is the site or section name.
  if (words(last) <= 4 && words(head) >= 3 && words(head) > words(last)) return head;
  const rest = joinBack(text, parts.slice(1));
  if (words(first) <= 3 && words(rest) >= 4 && words(rest) > words(first)) return rest;
  return text;
}

function isSiteName(part: string, site: string): boolean {
  return part === site || (part.length >= 3 && (site.startsWith(part) || part.startsWith(site)));
}

// The separators between kept parts as they were in the title, not re-invented.
function joinBack(text: string, kept: readonly string[]): string {
  if (kept.length === 0) return '';
  const start = text.indexOf(kept[0] ?? '');
  // Each part found after the one before it: a word repeated later ("Fandom | Other Fandom") must
  // not stretch the run to the end.
  let end = start;
  for (const part of kept) {
    const at = text.indexOf(part, end);
    if (at < 0) return kept.join(' - ');
    end = at + part.length;
  }
  return start >= 0 && end > start ? text.slice(start, end).trim() : kept.join(' - ');
}

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(?:www\.)|\.(?:com|org|net|co\.uk)$/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Whether two headlines say the same thing, ignoring case, punctuation and spacing.
 *
 * @example
 * sameHeadline('River path: reopens', 'river path reopens'); // true
 */
export function sameHeadline(a: string, b: string): boolean {
  return key(a) !== '' && key(a) === key(b);
}

/**
 * Whether `text` is the page title or a run of its segments from either end (the title minus a
 * site or section name), or an opening of the title at least half its length.
 *
 * @example
 * isTitleSegment('Mozilla', 'Mozilla - Wikipedia'); // true
 * isTitleSegment('Wikipedia', 'Mozilla - Wikipedia'); // true
 * isTitleSegment('News', 'Mozilla - Wikipedia'); // false
 */
export function isTitleSegment(text: string, title: string): boolean {
  const want = key(text);
  if (want === '') return false;
  const full = key(title);
  if (want === full) return true;
  const parts = squash(title).split(SEPARATOR);
  for (let i = 1; i < parts.length; i++) {
    if (key(parts.slice(0, i).join(' ')) === want || key(parts.slice(i).join(' ')) === want) return true;
  }
  return full.startsWith(want) && want.length * 2 >= full.length;
}
