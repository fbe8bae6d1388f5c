/**
 * @module
 * The context that makes a name a body's: the words just before or after it ("bookmaker X", "X
 * customers"), the phrases bodies stand in ("economist at X", "acquired by X", "© X"), a ticker,
 * and a paragraph that signs a quotation with an outlet's name.
 */
import { isCommonWord, isDemonym, isFirstName, knownName } from './names.ts';
import { namedAsSource } from './source-cues.ts';
import type { Candidate } from './spans.ts';
import { ORG_DESCRIPTORS, ORG_FOLLOWERS, ROLE_WORDS, STAFF } from './titles.ts';
import type { Token } from './tokenize.ts';

/** Verbs of saying after a name: only people and bodies speak. */
export const SPEECH =
  /^(?:said|says|say|told|tells|added|adds|argued|argues|insisted|insists|explained|explains|stressed|warned|warns|claimed|claims|believes|thinks|admitted|admits|noted|wrote|writes|declared|urged|urges|asked|replied|commented|announced|described|called|revealed|confirmed|denied|suggested)$/i;
const BODY_PREPS = new Set(['at', 'of', 'for', 'from', 'with']);
/** Words before a name that are bodies' and people's trades alike. */
export const PERSON_TRADES = new Set([
  'producer',
  'developer',
  'publisher',
  'distributor',
  'investor',
  'broker',
  'designer',
  'operator',
  'supplier',
  'analysts',
  'consultants',
]);

const BRACKETED_CUES =
  /^(?:Applause|Laughter|Laughs|Music|Cheers|Cheering|Crosstalk|Inaudible|Silence|Sic|Video|Audio|Photo|Image|Update|Updated|Advertisement|Ad|Sponsored|Correction|Editor's Note|Editor’s Note)$/i;

// "© Shutterstock", "Copyright 2019", "Copyright ©": what comes just before an owner's name.
const COPYRIGHT = /(?:^|\s)(?:©|(?:Copyright|\(c\))(?: ©)?(?: \d{4})?)$/;

// Stock exchanges written before a ticker: "(NYSE: ACME)", "(Nasdaq: ZRV)".
const EXCHANGE =
  /^(?:NYSE|NASDAQ|Nasdaq|AMEX|OTC|OTCQX|LSE|AIM|TSX|TSXV|ASX|NSE|BSE|HKEX|SGX|SIX|TSE|JPX|KRX|KOSDAQ|Euronext|XETRA|Xetra)$/;
/** Whether tokens from `k` are a ticker in brackets, "( NYSE : ACME )". */
export const tickerAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === '(' && EXCHANGE.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ':';

/**
 * Whether a paragraph that is only this name in square brackets ("[Tech World]") signs the
 * quotation above it with its outlet; a transcript's stage direction ("[Applause]") signs nothing.
 *
 * @example
 * // the paragraph "[Tech World]" → true
 */
export function signsQuotation(c: Candidate, tokens: readonly Token[]): boolean {
  return (
    tokens[c.first - 1]?.text === '[' &&
    c.first === 1 &&
    tokens[c.next]?.text === ']' &&
    c.next === tokens.length - 1 &&
    !BRACKETED_CUES.test(c.name)
  );
}

/**
 * "bookmaker X", "Happy Mondays star Bez", "X customers": the words just before or after the name
 * make it a body's; `k` is the token before the name (past "the"), `personal` whether the name
 * opens with a given name.
 */
function wordsAround(c: Candidate, tokens: readonly Token[], k: number, personal: boolean): boolean {
  const before = tokens[k];
  const next = tokens[c.next];
  if (before?.word && ORG_DESCRIPTORS.has(before.text.toLowerCase()) && !(personal && PERSON_TRADES.has(before.text.toLowerCase())))
    return true;
  // "a firm called Baikal".
  if (before?.word && /^(?:called|named)$/.test(before.text) && ORG_DESCRIPTORS.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return true;
  // "Happy Mondays star Bez", "William Hill spokesman Rupert Adams": a body before a role and a name.
  const plainWord = c.words.length === 1 && (c.opener || isDemonym(c.name) || isCommonWord(c.name));
  if (next?.word && !next.cap && ROLE_WORDS.has(next.text) && !tokens[c.next - 1]?.possessive && !plainWord) {
    let j = c.next;
    while (tokens[j]?.word && !tokens[j]!.cap && ROLE_WORDS.has(tokens[j]!.text)) j++;
    if (tokens[j]?.cap && tokens[j]!.word && c.words.length <= 3) return true;
  }
  if (next?.word && !next.cap && ORG_FOLLOWERS.has(next.text) && !tokens[c.next - 1]?.possessive) return true;
  // "Norvane customers": a firm's patrons, where the capital is a name's ("Satellite customers"
  // opening a sentence is no name).
  if (next?.word && /^(?:customers|clients|subscribers)$/.test(next.text) && !c.opener && !tokens[c.next - 1]?.possessive) return true;
  return false;
}

/**
 * "economist at X", "told the X", "acquired by X", "signed for X", "© X", "X said it": a phrase
 * around a name that is no person's makes it a body's; `k` is the token before the name (past "the").
 */
function bodyPhrase(c: Candidate, tokens: readonly Token[], k: number): boolean {
  const before = tokens[k];
  const next = tokens[c.next];
  if (before?.word && BODY_PREPS.has(before.text.toLowerCase())) {
    let j = k - 1;
    if (tokens[j]?.text.toLowerCase() === 'the') j--;
    const head = tokens[j];
    const comma = head?.text === ',' && before.text !== 'of';
    // "chief executive of X", "CEO of X": a role, in lower case or in initials.
    const role = head?.word === true && (!head.cap || /^\p{Lu}{2,4}$/u.test(head.text)) && ROLE_WORDS.has(head.text.toLowerCase());
    if (head && (comma || role)) return true;
    // "performance analysts at Digital Foundry", "layoffs at Meetup": people or cuts of a workplace.
    if (before.text === 'at' && head?.word && !head.cap && STAFF.has(head.text.toLowerCase())) return true;
  }
  // "told the Argus Leader", "Originally published on Live Science", "Copyright 2019 Metro News":
  // the outlet a story was told to, published by or belongs to.
  // "tells The Hollywood Reporter": the article may be part of the outlet's name.
  const withThe = k < c.first - 1 || c.words[0] === 'The';
  if (withThe && /^(?:told|tells)$/i.test(before?.text ?? '')) return true;
  // "acquired by Zorvane", "a deal backed by Zorvane": a one-word name that buys, owns or funds
  // (a person is written with a given name; "St." is an abbreviation's start).
  const oneWord = c.words.length === 1 && !isFirstName(c.name) && !/^(?:St|Mt|Ft)$/.test(c.name);
  if (
    oneWord &&
    before?.text === 'by' &&
    k === c.first - 1 &&
    /^(?:acquired|bought|owned|backed|funded|purchased)$/i.test(tokens[k - 1]?.text ?? '')
  )
    return true;
  // "a stake in Zorvane", "shares in Zorvane": what is owned of a body ("in" hints at a place).
  if (
    before?.text === 'in' &&
    k === c.first - 1 &&
    /^(?:stake|stakes|shares|shareholding|investment|investments)$/.test(tokens[k - 1]?.text ?? '')
  )
    return true;
  // "signed for Kelby", "on loan from Kelby": a player's club.
  const prior = tokens[k - 1]?.text ?? '';
  if (
    k === c.first - 1 &&
    ((before?.text === 'for' && prior === 'signed') || (/^(?:at|from)$/.test(before?.text ?? '') && prior === 'loan'))
  )
    return true;
  // "answers posted on Quora": where a story or a post appeared.
  if (before?.word && /^(?:on|by)$/.test(before.text) && /^(?:published|posted)$/i.test(tokens[k - 1]?.text ?? '')) return true;
  if (namedAsSource(c, tokens)) return true;
  // "[Tech World]": a paragraph that is only a name in square brackets signs the quotation above
  // it with the outlet it came from.
  // Transcripts' stage directions ("[Applause]", "[Music]") are no outlet.
  if (signsQuotation(c, tokens)) return true;
  if (
    COPYRIGHT.test(
      tokens
        .slice(Math.max(0, c.first - 3), c.first)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return true;
  // "Unilever said it…": a body speaks of itself as "it".
  return next?.word === true && SPEECH.test(next.text) && /^(?:it|its)$/i.test(tokens[c.next + 1]?.text ?? '');
}

/**
 * Context that makes a name a body's: "bookmaker X", "the X newspaper", "economist at X", "X said it".
 *
 * @example
 * looksLikeBody(candidate, tokenize('said bookmaker William Hill')); // true
 */
export function looksLikeBody(c: Candidate, tokens: readonly Token[]): boolean {
  let k = c.first - 1;
  if (tokens[k]?.text.toLowerCase() === 'the') k--;
  // A first name and a surname: only a plain body word before it makes it a body ("bookmaker
  // William Hill"), not a trade a person may have ("producer Gil Cates", ", with Hugh Jackman").
  const personal = c.words.length >= 2 && isFirstName(c.words[0]!) && !knownName(c.words[0]!);
  return wordsAround(c, tokens, k, personal) || (!personal && bodyPhrase(c, tokens, k));
}
