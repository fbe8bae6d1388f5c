/**
 * @module
 * Bylines as pages print them, into the people who wrote the story and the outlet it came from:
 * "By Meg Kinnard, Errin Haines and Associated Press", "Analysis by Chris Cillizza, CNN",
 * "Carrie ArnoldNovember 18, 2019", "Por Ana Lima | Reuters", "肖春芳". What is not a person's
 * name (a user name, "admin", "Staff", a placeholder, a date, a job title) is never an author.
 */
import { squash } from './html-dom.ts';

/** The people a byline names, and the outlet it credits, if any. */
export interface Byline {
  authors: string[];
  /** An agency or publisher named beside the authors ("Associated Press", "CNN"). */
  source?: string;
}

/** What the parser may know about the page. */
export interface BylineContext {
  /** The site's own name: credited alone, it is the publisher, not a writer. */
  siteName?: string | undefined;
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';
const AGENCIES = [
  'Associated Press',
  'The Associated Press',
  'AP',
  'Reuters',
  'Thomson Reuters',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'Bloomberg News',
  'Press Association',
  'PA',
  'PA Media',
  'DPA',
  'EFE',
  'ANSA',
  'Xinhua',
  'UPI',
  'Kyodo',
  'Yonhap',
  'TASS',
  'Interfax',
  'Anadolu',
  'CNN',
  'CNN Wire',
  'CNN Business',
  'BBC',
  'BBC News',
  'NPR',
  'Al Jazeera',
  'Sky News',
  'Business Insider',
  'Insider',
  'The Conversation',
  'Futurism',
  'Sputnik',
];
// Words that make a name an organisation: the outlet, a desk, a team.
const ORG_WORDS = new Set(
  (
    'news press media business insider sport sports staff team desk editorial editors agency agencies wire magazine times post journal herald tribune gazette ' +
    'daily weekly review network radio tv television online digital group international service services project projects works organization organisation ' +
    'foundation institute university association society council ministry ministries department government health reports report newsroom bureau ' +
    'redacción redação redazione rédaction redaktion correspondents contributors writers'
  ).split(' '),
);
// What sites print where a name should be: roles, placeholders, the software's own defaults.
const PLACEHOLDERS = new Set(
  (
    'admin administrator webmaster editor editors staff author authors user guest anonymous anonym unknown none null undefined fail test ' +
    'writer reporter correspondent contributor columnist journalist redaction redacao гость автор редакция 個人 管理员 小编 匿名 관리자'
  ).split(' '),
);
// Job titles, degrees and roles printed after a name.
const ROLE_WORDS = new Set(
  (
    'staff writer reporter correspondent editor contributor columnist journalist producer columnist analyst critic chief senior national political ' +
    'security science health business sports senior associate deputy managing executive special investigative photographer illustrator author ' +
    'ma ms msc mba mph phd md rd rdn rn do dds cpa jd lcsw'
  ).split(' '),
);
const PARTICLES = new Set('de da do dos das del della di du la le van von der den ter ten bin ibn al el y e st.'.split(' '));

const LEAD =
  /^(?:(?:news\s+)?analysis|opinion|commentary|review|interview|text|words|story|written|reported|posted|published|compiled|edited|photos?|video|article|column|from|reporting|escrito|publicado|pubblicato|scritto|geschrieben)?\s*(?:by|por|par|von|di|da|door|av|af|przez|od)\s*:?\s+/i;
const LABEL =
  /^(?:words|text|author|authors|autor|autores|autore|auteur|auteurs|verfasser|автор|авторы|текст|作者|文|記者|기자|撰文|来源)\s*[:：/|]\s*/i;
const NO_CASE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * The authors a byline names (at most 10, in order, without repeats) and the agency or publisher
 * credited with them. Names in capitals are given in title case.
 *
 * @example
 * parseByline('By MEG KINNARD, ERRIN HAINES and Associated Press'); // { authors: ['Meg Kinnard', 'Errin Haines'], source: 'Associated Press' }
 * parseByline('Carrie ArnoldNovember 18, 2019'); // { authors: ['Carrie Arnold'] }
 * parseByline('admin'); // { authors: [] }
 */
export function parseByline(byline: string, context: BylineContext = {}): Byline {
  const out: Byline = { authors: [] };
  const line = unglue(squash((byline.trim().split(/\s*\n\s*/)[0] ?? '').replace(/[\u200b\u00ad]/g, '')));
  // What follows a bar or a spaced dash is an outlet, a role or a date.
  const [head = '', ...tails] = line.split(/\s+[|•·—–-]\s+|\s*[|•·]\s*|\s+[—–]\s*$|\s+-\s*$/);
  let people = head.replace(LABEL, '').replace(LEAD, '').replace(LABEL, '');
  people = people.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ');
  people = cutDate(people);
  const parts = people.split(
    /\s*(?:,|;|、|，|\s&\s|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+og\s+|\s+i\s+|\s+и\s+|\s+和\s*|\s+with\s+|(?<=\p{Ll}{2})\.\s+(?=\p{Lu}))\s*/u,
  );
  for (const raw of parts) {
    const part = tidy(raw);
    if (part === '') continue;
    const kind = classify(part, context);
    if (kind === 'person') {
      const name = titleCase(part);
      if (!out.authors.some((n) => n.toLowerCase() === name.toLowerCase())) out.authors.push(name);
    } else if (kind === 'outlet' && !out.source && out.authors.length > 0) out.source = outletName(part);
  }
  if (!out.source && out.authors.length > 0) {
    for (const tail of tails) {
      const part = tidy(cutDate(tail));
      if (part && classify(part, context) === 'outlet') {
        out.source = outletName(part);
        break;
      }
    }
  }
  out.authors = out.authors.slice(0, 10);
  if (out.source === undefined) delete out.source;
  return out;
}

/**
 * Whether `text` reads as one person's name, in any script: two to five words, each capitalised
 * or a particle (de, van, bin…), no digits, no organisation or placeholder words; or, in scripts
 * written without spaces, two to ten letters.
 *
 * @example
 * isPersonName('Nelson D. Schwartz'); // true
 * isPersonName('jdadmin'); // false
 */
export function isPersonName(text: string): boolean {
  return classify(tidy(text), {}) === 'person';
}

// Words glued together by markup with no space between them: "ArnoldNovember", "FoustMonday",
// "LAWLESSAssociated Press", "Nolan22 Dec".
function unglue(text: string): string {
  return text
    .replace(new RegExp(`(\\p{Ll})(${MONTHS}|${WEEKDAYS}|Updated|Published|Posted)(?=\\b|\\d)`, 'gu'), '$1 $2')
    .replace(/(\p{Lu}{2,})(Updated|Published)/gu, '$1 $2')
    .replace(/(\p{Lu}{2,})(Associated Press|Reuters|Bloomberg)/gu, '$1, $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2');
}

// Everything from a date or time on: "Ann Lee September 15, 2014", "Ann Lee on Nov. 3", "Ann Lee 3 hours ago".
function cutDate(text: string): string {
  const date = new RegExp(
    `\\s*(?:\\b(?:on|updated|published|posted|last updated|am|le|el|em|il)\\s+)?(?:\\b(?:${WEEKDAYS})\\b\\.?,?\\s*)?(?:\\b(?:${MONTHS})\\b\\.?\\s+\\d|\\d|\\b(?:${WEEKDAYS})\\b|\\b(?:updated|published|posted)\\b).*$`,
    'iu',
  );
  return text.replace(date, '').replace(/\s+(?:in|from|reporting from|en|à|em|aus|da)\s+\p{Lu}[^,;]*$/u, '');
}

function tidy(text: string): string {
  let out = squash(text).replace(/^[^\p{L}]+|[^\p{L}.)]+$/gu, '');
  out = out
    .replace(LEAD, '')
    .replace(LABEL, '')
    .replace(/\s*(?:기자|특파원|記者|记者|特派員|特派员|編集委員|编辑|編輯)$/u, '');
  // A role after the name: "Jane Doe, Staff Writer" splits at the comma; "Jane Doe Staff Writer" does not.
  const words = out.split(' ');
  while (words.length > 2 && ROLE_WORDS.has(words.at(-1)!.toLowerCase().replace(/\.$/, ''))) words.pop();
  out = words.join(' ');
  // A period left at the end belongs to an initial only: "Ann Lee." is "Ann Lee", "Jr." stays.
  return /(?:^|\s)(?:\p{L}|Jr|Sr|St)\.$/u.test(out) ? out : out.replace(/\.+$/, '');
}

type Kind = 'person' | 'outlet' | 'other';

function classify(part: string, context: BylineContext): Kind {
  const lower = part.toLowerCase();
  if (part.length < 2 || part.length > 60 || /[\d@/\\_=+*#<>{}]|https?:|www\.|\.(?:com|org|net)\b/i.test(part)) return 'other';
  if (PLACEHOLDERS.has(lower) || /\b(?:meta|name|author|creator|property|admin|user|login|account|profile|placeholder)\b/i.test(part))
    return 'other';
  if (context.siteName && lower.replace(/^the\s+/, '') === context.siteName.toLowerCase().replace(/^the\s+/, '')) return 'outlet';
  if (AGENCIES.some((a) => a.toLowerCase() === lower)) return 'outlet';
  if (NO_CASE_SCRIPT.test(part)) {
    const letters = part.replace(/[\s·・.]/g, '');
    return letters.length >= 2 && letters.length <= 10 && /^[\p{L}]+$/u.test(letters) ? 'person' : 'other';
  }
  const words = part.split(' ');
  const capitalised = (w: string) => /^\p{Lu}/u.test(w) || /^(?:d'|d’|l'|l’|o'|o’|mc|mac)\p{Lu}/iu.test(w);
  if (
    words.some((w) => ORG_WORDS.has(w.toLowerCase())) ||
    /^the\s/i.test(part) ||
    (words.some((w) => /^\p{Lu}{2,}$/u.test(w) && w.length <= 4) && !words.every((w) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(w)))
  ) {
    return words.every((w) => capitalised(w) || PARTICLES.has(w.toLowerCase()) || /^(?:of|for|and|&)$/i.test(w)) ? 'outlet' : 'other';
  }
  // A lone word is no one's full name; it may be a place ("Washington") as well as an outlet,
  // so only a known agency or the site itself (above) is taken as the source.
  if (words.length === 1) return 'other';
  if (words.length > 5 || /^(?:our|your|my|his|her|their)$/i.test(words[0]!)) return 'other';
  // A name ends in a surname: not a particle ("Michiel de", a name printed surname first) nor a
  // bare letter ("Science X").
  const last = words.at(-1)!;
  if (PARTICLES.has(last.toLowerCase()) || /^\p{L}$/u.test(last)) return 'other';
  if (!words.every((w) => capitalised(w) || PARTICLES.has(w.toLowerCase()))) return 'other';
  // A word cased like a brand ("LinkNaija") or a user name ("jdAdmin") is not part of a name.
  if (words.some((w) => /\p{Ll}\p{Lu}/u.test(w) && !/^(?:Mc|Mac|De|Di|La|Le|Van|O’|O')\p{Lu}/u.test(w))) return 'other';
  if (words.every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) return 'other';
  return 'person';
}

function titleCase(name: string): string {
  if (!/\p{Lu}{3,}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-]|\bMc)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function outletName(part: string): string {
  return part.replace(/^by\s+/i, '').slice(0, 300);
}
