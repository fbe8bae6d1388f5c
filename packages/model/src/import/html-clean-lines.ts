/**
 * @module
 * Text tests for the short lines pages scatter through an article: datelines, bylines, photo
 * credits, prompts to share, subscribe or read more, cookie and ad notices, tag lists. Each one
 * is narrow on purpose and only looks at short lines: prose is never this terse.
 */
import { isTrailingBoilerplate } from './boilerplate.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

// Month and day names, the words that say when a thing happened.
const CALENDAR_WORDS = [
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|ago|gen(?:naio)?|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dic(?:embre)?',
  'enero|febrero|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|segunda|terça|quarta|quinta|sexta|sábado|domingo|feira',
  'today|yesterday',
];
const wordsOf = (alternatives: readonly string[], flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])\\.?`, flags);

const DATE_WORDS = wordsOf(
  [
    ...CALENDAR_WORDS,
    'published|updated|posted|original|originally|last|modified|created|date|on|at|in|am|pm|a\\.m|p\\.m|gmt|utc|bst|est|edt|cst|cdt|pst|pdt|cet|cest|ist|et|pt|ago|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|just|now',
    'de|às|em|publicado|atualizado|pubblicato|aggiornato|il|alle|le|à|el|publié|mis|jour|th|st|nd|rd|the|of',
  ],
  'giu',
);

// Figures alone ("4,933,210[5] (120th)", a cell of a table) are data, not a stamp: a stamp names
// a month or a day, tells the time, writes a date in figures, gives a year or counts back from now.
const DATE_SIGNS: readonly RegExp[] = [
  wordsOf([...CALENDAR_WORDS, 'ago'], 'iu'),
  /\d{1,2}:\d{2}|(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)|(?<![\d,.])(?:1[89]|20)\d{2}(?![\d,])/,
];

/**
 * Whether `text` is only a date or time stamp, possibly labelled: "PUBLISHED: 10:48, Tue, Nov
 * 19, 2019", "Updated 5:27 am CST, Wednesday, November 20, 2019", "Published 1 day ago".
 *
 * @example
 * isDateline('| UPDATED: 11:05, Tue, Nov 19, 2019'); // true
 * isDateline('Nov. 19 was the day the council voted.'); // false
 */
export function isDateline(text: string): boolean {
  if (text.length > 120 || !/\d|\b(?:ago|today|yesterday)\b/i.test(text)) return false;
  const rest = text
    .replace(/(\d)(?:st|nd|rd|th|º|ª)(?![\p{L}])/giu, '$1')
    .replace(DATE_WORDS, ' ')
    .replace(/[\d\p{P}\p{S}\s]+/gu, ' ')
    .trim();
  return rest === '' && DATE_SIGNS.some((sign) => sign.test(text));
}

const BYLINE_START = /^(?:by|por|par|von|di|door|written by|posted by|published by|publicado por|pubblicato da|escrito por)\s*:?\s/i;
const CREDITS_LINE = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated|edited) by\b/i;
const AGENCIES =
  /^(?:reuters|ap|the associated press|associated press|afp|agence france-presse|bloomberg|pa|dpa|efe|ansa|xinhua|upi|cnn wire|press association|staff|staff reports?)$/i;

/**
 * Whether `text` is a byline repeated in the body: "By Jane Doe", "by Regan September 15, 2014",
 * an agency name alone, or a short line that starts with one of the article's authors.
 *
 * @example
 * isBylineLine('By Jane Doe, Staff Writer', []); // true
 * isBylineLine('Jane Doe, AP National Security Writer', ['Jane Doe']); // true
 * isBylineLine('Doe said the council would vote in May.', ['Jane Doe']); // false
 */
export function isBylineLine(text: string, authors: readonly string[]): boolean {
  const line = text.trim();
  if (CREDITS_LINE.test(line) && words(line) <= 60) return true;
  if (words(line) > 14) return false;
  if (BYLINE_START.test(`${line} `) || AGENCIES.test(line.replace(/[.:]$/, ''))) return true;
  const lower = key(line);
  // A one-word "author" is usually the site or brand itself, whose name starts ordinary lines.
  return (
    words(line) <= 10 &&
    authors.some((name) => {
      const own = key(name);
      const rest = lower.slice(own.length);
      return words(name) >= 2 && lower.startsWith(own) && (rest === '' || (/^[\s,.;:|–—-]/.test(rest) && !ABOUT_THE_AUTHOR.test(rest)));
    })
  );
}

// "Ann Lee is the Gazette's political editor.": a sentence the column ends with, about its author
// (the name is its subject), where a byline puts a role or a date after the name.
const ABOUT_THE_AUTHOR =
  /^\s+(?:is|was|has|had|writes|wrote|covers|covered|reports|reported|lives|works|worked|teaches|edits|hosts|tweets|can|will)\b/;

const CREDIT =
  /\b(?:getty images|shutterstock|ap photo|afp(?: photo)?|reuters|epa|alamy|istock(?:photo)?|pa (?:wire|images)|bloomberg|photo(?:graph)?s?|image|picture|foto|imagem|credit|courtesy)\b|©/i;

/**
 * Whether `text` is a photo caption or credit that lost its picture: "(Image: © NASA/ESA)",
 * "Image: Hanwha Q cells", "Natalie Naccache | Bloomberg | Getty Images", or any short line
 * ending in a bracketed credit such as "(AP Photo/Alan Diaz, File)".
 *
 * @example
 * isCaptionLine('A ferry at dawn. (AP Photo/Jane Doe)'); // true
 * isCaptionLine('The photo was taken at dawn.'); // false
 */
export function isCaptionLine(text: string): boolean {
  const line = text.trim();
  if (words(line) > 60) return false;
  if (/^\(?(?:image|photo|picture|foto|imagem|credit|source|photograph)(?:\s+credit)?\s*:/i.test(line) && words(line) <= 14) return true;
  if (/^(?:image|photo) (?:copyright|caption|source|credit)\b/i.test(line) && words(line) <= 14) return true;
  if (/^\(.*\)$/.test(line) && CREDIT.test(line) && words(line) <= 14) return true;
  if (/^[^.!?]{2,80}$/.test(line) && / [|/] /.test(line) && /getty|shutterstock|bloomberg|reuters|afp|\bap\b|epa|alamy/i.test(line))
    return true;
  return /\((?:[^()]*\b(?:photo|foto|image|credit|getty|shutterstock|afp|ap|reuters|epa)\b[^()]*|[^()]*©[^()]*)\)\.?$/i.test(line);
}

const FURNITURE: readonly RegExp[] = [
  /^(?:skip to (?:main )?content|jump to (?:navigation|content)|back to top|scroll to top)$/,
  /^(?:advert|advertisement|advertising|ad|sponsored(?: content)?|publicidade|publicidad|pubblicità|anzeige|publicité|continue reading(?: below)?|(?:story|article) continues below(?: advertisement)?)$/,
  /this slideshow requires javascript|enable javascript|javascript (?:is )?(?:disabled|required)/,
  /^(?:image|photo|slide|picture) \d+ (?:of|\/)(?: ?\/)? ?\d*$/,
  /^(?:caption|close|loading(?: content)?(?:\.\.\.|…| \.\.\.)?|expand|toggle caption|hide caption|enlarge (?:this )?image|view gallery|open gallery|text size|font size|print article|order reprints|subscriber services|sign in|log in|register)$/,
  /\b(?:we use cookies|uses cookies|use of cookies|cookie policy|accept (?:all )?cookies)\b/,
  /\b(?:sign up|subscribe|newsletters?|in your inbox|to your inbox|email alerts|news alerts|breaking news emails)\b/,
  /^follow (?:us|him|her|me|them)\b|\bfollow [\w@.' -]{1,40} on (?:twitter|facebook|instagram|youtube|linkedin|tiktok|x)\b|^(?:like us|find us) on facebook/,
  /^(?:reach|write to|email|e-mail|contact|follow)\b.{0,80}\b(?:at|on)\b.{0,80}(?:@|https?:\/\/)/,
  /\bclick(?:ing)? here\b/,
  /\baffiliate (?:and\/or referral )?links?\b|\bmay earn (?:a )?commission\b/,
  /^join (?:our|the) .{0,40}(?:forums?|community|conversation|discussion)/,
  /^(?:via|source|sources|fonte|fuente|quelle)\s*:?\s+[\w.\- ]{2,40}$/,
  /^(?:\d[\d.,]*\s+)?(?:comments?|comentários?|commenti|kommentare|commentaires|responses|replies|letture|views|shares)(?:\s*\(\d+\))?$/,
  /^(?:leave a (?:comment|reply)|tell us what you think|what do you think\?|have your say|write a comment)\b/,
  /^(?:more|related|see also|also read|read more|read also|don'?t miss|must read|recommended|more stories|more news)\s*:$/,
  /^(?:tags?|tagged|topics?|filed under|categories|category|categoria|palavras-chave|etiquetas|tem(?:as|i)|schlagwörter|mots-clés)\s*[:/|]/,
];

/**
 * Whether `text` is page furniture anywhere in a body: skip links, ad and cookie notices,
 * newsletter and follow prompts, "click here", copyright and affiliate notices, comment and
 * view counters, tag lists, slideshow debris. Only lines of 30 words or fewer can be.
 *
 * @example
 * isFurnitureLine('Continue Reading Below'); // true
 * isFurnitureLine('Tags: elections, council'); // true
 * isFurnitureLine('Readers can subscribe to the council minutes, which have been public since 1998 and list every vote taken.'); // false
 */
export function isFurnitureLine(text: string): boolean {
  const line = key(text);
  if (line === '' || words(line) > 30) return false;
  if (/^[\d.,\s]+$/.test(line)) return true;
  if (isShareLine(line)) return true;
  const short = words(line) <= 18;
  return FURNITURE.some((pattern, i) => (i < 5 || short ? pattern.test(line) : false)) || isTrailingBoilerplate(text);
}

const SOCIAL = new Set([
  'facebook',
  'twitter',
  'whatsapp',
  'pinterest',
  'pin',
  'pint',
  'linkedin',
  'email',
  'e-mail',
  'mail',
  'print',
  'share',
  'tweet',
  'reddit',
  'telegram',
  'messenger',
  'copy',
  'link',
  'compartilhar',
  'compartilhe',
  'baixar',
  'condividi',
  'teilen',
  'partager',
  'flipboard',
  'pocket',
  'sms',
  'save',
  'x',
  'tumblr',
  'vk',
  'line',
  'this',
  'on',
  'article',
  'story',
  'via',
  'google',
  'instagram',
  'youtube',
]);

/**
 * Whether `text` is a row of share buttons: two or more words, all of them network names or
 * share verbs ("Whatsapp Facebook Pint Baixar", "Share this: Twitter | Email").
 *
 * @example
 * isShareLine('Whatsapp   Facebook   Pint   Baixar'); // true
 * isShareLine('Facebook shares fell.'); // false
 */
export function isShareLine(text: string): boolean {
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  return tokens.length >= 2 && tokens.every((t) => SOCIAL.has(t)) && tokens.some((t) => t !== 'this' && t !== 'on');
}

/**
 * Whether `text` opens the furniture that follows an article (related stories, more from the
 * site, author box, comments), so that nothing after it belongs to the article.
 *
 * @example
 * isEndMarker('You may also like'); // true
 * isEndMarker('More on the council vote below.'); // false
 */
export function isEndMarker(text: string): boolean {
  const line = key(text).replace(/[:.…]+$/, '');
  return /^(?:about the author|about (?:the )?authors?|related(?: articles| stories| posts| content| coverage| news| reading)?|more (?:stories|articles|news|from [\w' ]{2,30}|on this (?:story|topic)|like this)|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| articles)?|read next|up next|most (?:read|popular|viewed)|trending(?: now| stories)?|popular (?:posts|stories|articles)|latest (?:news|stories|articles)|want more stories like this\??|leave a (?:comment|reply)|\d+ comments?|comments?)$/.test(
    line,
  );
}
