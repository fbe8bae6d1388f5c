/**
 * @module
 * Author names from bylines as pages print them: "By Jane Doe and John Roe", "Jane Doe, Staff
 * Writer", "Por Ana Lima | Reuters".
 */
import { squash } from './html-dom.ts';

const LEAD = /^(?:written\s+|reported\s+|words\s+|story\s+)?(?:by|from|por|par|von|di|door|av)\s*:?\s+/i;
const JOINERS = /\s*(?:,|;|\s&\s|\band\b|\by\b|\be\b|\bund\b|\bet\b)\s*/i;
// "Ann Lee September 15, 2014", "Ann Lee on Nov. 3": a date printed after the names.
const TRAILING_DATE = /\s+(?:(?:on|updated|published|posted)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d).*$/i;
const ROLE = /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|journalist|producer|news|desk|team|updated|published|posted)\b/i;

/**
 * The authors named in a byline, in order and without repeats: the "By" is dropped, names are
 * split at commas, "and" and "&", and anything after a `|` or a spaced dash (an outlet, a role,
 * a date) is left out, as are parts that read as a role or contain digits, addresses or URLs.
 *
 * @example
 * splitByline('By Jane Doe and John Roe | Reuters'); // ['Jane Doe', 'John Roe']
 * splitByline('Jane Doe, Staff Writer'); // ['Jane Doe']
 */
export function splitByline(byline: string): string[] {
  let text = squash(byline.trim().split(/\s*\n\s*/)[0] ?? '').replace(LEAD, '');
  text = text.split(/\s+[|•·—–-]\s+/)[0] ?? '';
  text = text.replace(/\([^)]*\)/g, ' ').replace(TRAILING_DATE, '');
  const out: string[] = [];
  for (const raw of text.split(JOINERS)) {
    const name = squash(raw.replace(LEAD, '')).replace(/[.,:;]+$/, '');
    if (!isName(name)) continue;
    if (!out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

function isName(text: string): boolean {
  if (text.length < 2 || text.length > 80) return false;
  if (!/\p{L}/u.test(text) || /\d|@|https?:|www\.|\//i.test(text)) return false;
  const words = text.split(' ');
  return words.length <= 5 && !ROLE.test(text);
}
