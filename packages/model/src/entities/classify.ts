/**
 * @module
 * Decides what a candidate name is from the name alone and its immediate context: gazetteers,
 * titles, the head word of the phrase, known first names and surnames, and speech verbs.
 * Anything it cannot decide is left for the article-wide resolution.
 */
import { acronymUse } from './acronyms.ts';
import { isCompetition } from './competitions.ts';
import type { EntityType } from './entity.ts';
import {
  isCommonWord,
  isDemonym,
  isDictionaryWord,
  isFirstName,
  isFunctionWord,
  isLand,
  isLastName,
  knownName,
  verbAfterSubject,
  weakName,
} from './names.ts';
import { beforePlaceKind, homeTown, placeShaped, stateUniversity } from './place-context.ts';
import { productName } from './products.ts';
import { namedAsSource } from './source-cues.ts';
import type { Candidate } from './spans.ts';
import { isTeamName } from './team-towns.ts';
import { townAsSide } from './town-sides.ts';
import {
  CLUB_ROLES,
  HONORIFICS,
  NEVER_ALONE,
  NON_ENTITY_HEADS,
  ORG_DESCRIPTORS,
  ORG_FOLLOWERS,
  ORG_HEADS,
  ORG_LEADS,
  PLACE_HEADS,
  ROLE_WORDS,
  STAFF,
  WORK_NOUNS,
} from './titles.ts';
import type { Token } from './tokenize.ts';
import { writtenAsTitle } from './works.ts';

/** What the name-level rules made of a candidate. */
export interface Verdict {
  /** The entity type, or undefined when only the article as a whole can tell. */
  readonly type: EntityType | undefined;
  /** The name it is filed under (a gazetteer's canonical name, or the name as written). */
  readonly name: string;
  /** Not an entity at all: an event, a day, a law, a work. */
  readonly none: boolean;
  /** Context marks it as a speaker ("…, Putin said"), which only people and bodies are. */
  readonly speaks: boolean;
  /** What the context suggests when nothing decided ("in Gateshead" suggests a place). */
  readonly hint: EntityType | undefined;
  /** Written as the title of a work ("the film Vera Drake"): the name is a title throughout the story. */
  readonly work: boolean;
  /** The initials of a thing ("the HPV vaccine"): no body anywhere the story does not make it one. */
  readonly thing: boolean;
}

const SPEECH =
  /^(?:said|says|say|told|tells|added|adds|argued|argues|insisted|insists|explained|explains|stressed|warned|warns|claimed|claims|believes|thinks|admitted|admits|noted|wrote|writes|declared|urged|urges|asked|replied|commented|announced|described|called|revealed|confirmed|denied|suggested)$/i;
const NAME_SHAPE = /^(?:\p{Lu}\p{Ll}+|Ma?c\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?$/u;
// Endings of English common nouns ("Keeper", "Expression"), unless a list knows the word as a name.
const NOUN_ENDING = /(?:er|or|ion|ment|ness|ity|ism|ship|ance|ence|ure|age|ics|ure)$/;
// A common English word ("Regional Operations", "Space Forums") is no given name or surname here
// unless a list knows it as one.
const nameShaped = (w: string): boolean =>
  NAME_SHAPE.test(w) &&
  !isCommonWord(w) &&
  !isDictionaryWord(w) &&
  !knownName(w) &&
  !isDemonym(w) &&
  (isFirstName(w) || isLastName(w) || !NOUN_ENDING.test(w));
const PERSON_NEXT = /^(?:who|whose|himself|herself|he|she)$/i;
const PLACE_PREPS = /^(?:in|near|outside|across|throughout|around|towards|into|atop)$/;
const APPOSITION = /^(?:a|an|the|\d+|aged|who)$/;
const PLACE_LEADS = new Set([
  'city',
  'isle',
  'gulf',
  'bay',
  'republic',
  'kingdom',
  'state',
  'sea',
  'strait',
  'cape',
  'lake',
  'mount',
  'port',
  'county',
]);

const CENTRE_FIELDS = new Set([
  'international',
  'research',
  'medical',
  'policy',
  'studies',
  'study',
  'cancer',
  'health',
  'science',
  'sciences',
  'law',
  'rights',
  'media',
  'data',
  'strategic',
]);

const PERFORMED =
  /^(?:starred|starring|stars|star|appeared|appears|appearing|featured|features|featuring|role|roles|part|parts|cast|played|plays|playing|acted|acting|seen|shown|screened|performed|performing|sang|sings)$/i;
const BODY_PREPS = new Set(['at', 'of', 'for', 'from', 'with']);
// Words before a name that are bodies' and people's trades alike.
const PERSON_TRADES = new Set([
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
const tickerAt = (tokens: readonly Token[], k: number): boolean =>
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

/** Context that makes a name a body's: "bookmaker X", "the X newspaper", "economist at X", "X said it". */
function looksLikeBody(c: Candidate, tokens: readonly Token[]): boolean {
  let k = c.first - 1;
  if (tokens[k]?.text.toLowerCase() === 'the') k--;
  const before = tokens[k];
  const next = tokens[c.next];
  // A first name and a surname: only a plain body word before it makes it a body ("bookmaker
  // William Hill"), not a trade a person may have ("producer Gil Cates", ", with Hugh Jackman").
  const personal = c.words.length >= 2 && isFirstName(c.words[0]!) && !knownName(c.words[0]!);
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
  if (personal) return false;
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
  if (!personal && withThe && /^(?:told|tells)$/i.test(before?.text ?? '')) return true;
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
    !personal &&
    k === c.first - 1 &&
    ((before?.text === 'for' && prior === 'signed') || (/^(?:at|from)$/.test(before?.text ?? '') && prior === 'loan'))
  )
    return true;
  // "answers posted on Quora": where a story or a post appeared.
  if (!personal && before?.word && /^(?:on|by)$/.test(before.text) && /^(?:published|posted)$/i.test(tokens[k - 1]?.text ?? ''))
    return true;
  if (namedAsSource(c, tokens)) return true;
  // "[Tech World]": a paragraph that is only a name in square brackets signs the quotation above
  // it with the outlet it came from.
  // Transcripts' stage directions ("[Applause]", "[Music]") are no outlet.
  if (signsQuotation(c, tokens)) return true;
  if (
    !personal &&
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

const nextIsLower = (tokens: readonly Token[], k: number): boolean => tokens[k]?.word === true && !tokens[k]!.cap;
const COPULA = /^(?:is|was|remains|became)$/;
/** What a body has and a person seldom does: "X’s shareholders", "X’s headquarters". */
const HOLDINGS = new Set(
  'shares stock shareholders revenue revenues profits earnings subsidiary subsidiaries headquarters ceo cfo founder co-founder cofounder customers clients portfolio products workforce stores'.split(
    ' ',
  ),
);

function wordAfter(tokens: readonly Token[], at: number): Token | undefined {
  let k = at;
  if (tokens[k]?.text === ',') k++;
  return tokens[k]?.word ? tokens[k] : undefined;
}

const LOWER_HEADS = /^(?:police|constabulary|hospital)$/;

/**
 * The head word a force or a hospital is written with in lower case ("West Mercia police",
 * "taken to Royal Shrewsbury hospital"), capitalised as the body's name has it, if any; a
 * country's police are no one body.
 *
 * @example
 * // "said West Mercia police" → 'Police'
 */
export function lowerCaseHead(c: Candidate, tokens: readonly Token[]): string | undefined {
  const next = tokens[c.next];
  if (!next?.word || next.cap || !LOWER_HEADS.test(next.text) || c.titled || tokens[c.next - 1]!.possessive) return undefined;
  // "UK police", "Chinese police": a country's forces, no one body.
  const known = knownName(c.name);
  if ((known && isLand(known.name)) || isDemonym(c.name)) return undefined;
  return next.text[0]!.toUpperCase() + next.text.slice(1);
}

/**
 * A town named for a club or a firm: "Newcastle have fined" (a plural verb after one town, as
 * British copy writes of teams), "surveys from the Halifax" (a town takes no "the").
 */
function cityAsBody(c: Candidate, tokens: readonly Token[], canonical: string): boolean {
  if (c.words.length !== 1 || canonical.startsWith('The ')) return false;
  const before = tokens[c.first - 1];
  const next = tokens[c.next];
  // "Leeds and Hull have": the verb agrees with the list.
  const listed = before?.text === ',' || /^(?:and|or|nor)$/.test(before?.text ?? '') || /^(?:and|or|nor|,)$/.test(next?.text ?? '');
  // The team is the subject: "shops in central London were" is no team.
  const subject = c.opener || !(before?.word && !before.cap);
  if (next?.word && /^(?:have|are|were)$/.test(next.text) && !listed && subject) return true;
  return before?.text === 'the' && !c.opener && !(next?.word && !next.cap && !/^(?:and|or)$/.test(next.text));
}

// Competitions that carry a sponsor's name ("the Heineken cup", "the Carling cup").
const isSponsored = (word: string): boolean => /^(?:cup|trophy|championship|open|series|league|prize)$/i.test(word);

// Offices a speaker is addressed by in debates and hearings, besides the role words ("Mr. Ranking Member").
const ADDRESSED = new Set(['ranking', 'member', 'speaker', 'deputy', 'vice', 'prime', 'chair', 'presiding']);

// What an apposition may call a work, besides the work nouns.
const WORKS_TOO = new Set(['story', 'stories', 'game', 'play', 'poem', 'painting', 'podcast', 'show', 'novella', 'collection']);

/**
 * What the lower-case words of an apposition from `from` ("a story of political intrigue", "the
 * investment bank") call the name before it: a work, a body, or neither (a person's trade).
 */
function appositionHead(tokens: readonly Token[], from: number): 'work' | 'body' | undefined {
  for (let k = from; k < from + 4 && tokens[k]?.word && !tokens[k]!.cap; k++) {
    const w = tokens[k]!.text.toLowerCase();
    // "the company's founder": a possessive is not the head.
    if (tokens[k]!.possessive) return undefined;
    // "…, the song was written by": a noun before a verb opens a new clause, not an apposition.
    const clause = /^(?:is|was|were|are|has|had|have|will|would|can|could|became|features|stars)$/.test(tokens[k + 1]?.text ?? '');
    if (clause) return undefined;
    if (WORK_NOUNS.has(w) || WORKS_TOO.has(w)) return 'work';
    if (ORG_DESCRIPTORS.has(w) && !PERSON_TRADES.has(w)) return 'body';
    if (/^(?:of|who|whose|that|which|for|from|at|in|with)$/.test(w)) return undefined;
  }
  return undefined;
}

// Spacecraft and the missions that fly them, named before the noun.
const CRAFT = /^(?:probe|probes|spacecraft|rover|lander|orbiter|telescope|mission|missions)$/;

const PRONOUNS = new Set(['You', 'Your', 'We', 'Me', 'My', 'Them', 'They', 'He', 'She', 'Him', 'Her', 'His']);

const CELESTIAL = /^(?:moon|moons|planet|planets|asteroid|comet|exoplanet|galaxy|nebula)$/;

// "Face ID, a sensor", "USB-C PD": a capitalised word, then initials, names a feature or a
// standard; a person's name ends in initials only where they are a post-nominal or a regnal
// number, and those were cut off before.
const endsInInitials = (words: readonly string[]): boolean =>
  /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(words.at(-1)!) && !/^[IVXL]+$/.test(words.at(-1)!);

/**
 * The verdict on one candidate.
 *
 * @example
 * // "Victory Day" → { none: true }; "Tass" → organization; "Mr Blair" → person
 */
export function classify(c: Candidate, tokens: readonly Token[], text = ''): Verdict {
  const words = c.words;
  const lowerWords = words.map((w) => w.toLowerCase());
  const first = lowerWords[0] ?? '';
  const last = lowerWords.at(-1) ?? '';
  const after = wordAfter(tokens, c.next);
  const before = tokens[c.first - 1];
  const saidBefore = before?.word === true && /^(?:said|says|added)$/i.test(before.text) && !tokens[c.next]?.word;
  const speaks = (after !== undefined && SPEECH.test(after.text)) || saidBefore;
  // "in Gateshead" hints at a place, but "starred in Chocolat" at a work.
  const performed = PERFORMED.test(tokens[c.first - 2]?.text ?? '');
  const hint = before?.word === true && PLACE_PREPS.test(before.text) && !performed && placeShaped(c, tokens) ? 'place' : undefined;
  const verdict = (type: EntityType | undefined, name = c.name, none = false, work = false, thing = false): Verdict => ({
    type,
    name,
    none,
    speaks,
    hint,
    work,
    thing,
  });
  // "the Manchester Central MP": a person's name does not follow "the".
  const afterThe = before?.text === 'the' && !c.titled;

  // "DEAR ABBY", "FEELING LIKE SECOND RATE": capitals for emphasis or a heading, not a name, when
  // one of the words is an ordinary word and the whole no known name (a dateline's "NEW YORK").
  const shouted = words.length > 1 && words.every((w) => /^\p{Lu}+$/u.test(w)) && words.some((w) => isCommonWord(w));
  if (shouted && !knownName(c.name)) return verdict(undefined, c.name, true);
  // "Kospi Index (KOSPI)": initials in brackets stand for the name before them, here no entity.
  const bracketed = words.length === 1 && before?.text === '(' && tokens[c.next]?.text === ')';
  if (bracketed && !knownName(c.name) && NON_ENTITY_HEADS.has(tokens[c.first - 2]?.text.toLowerCase() ?? ''))
    return verdict(undefined, c.name, true);
  // "Acme (NYSE: ACME)": a listed company's ticker is no name of its own.
  if (tickerAt(tokens, c.first - 3) && c.first - 3 >= 0) return verdict(undefined, c.name, true);
  if (tickerAt(tokens, c.next) && !c.titled) return verdict('organization');
  // "@CityCouncil": a social media handle, which the story names its owner by elsewhere if at all.
  if (before?.text === '@' && before.end === c.start) return verdict(undefined, c.name, true);
  // "Broncos coach Vic Fangio said": a club's role after a weak body's name proves the name even
  // where it opens the sentence.
  const clubRoleNext = nextIsLower(tokens, c.next) && CLUB_ROLES.has(tokens[c.next]!.text) && tokens[c.next + 1]?.cap === true;
  const weak = c.opener && !clubRoleNext ? undefined : weakName(c.name);
  const known = knownName(c.name) ?? (weak && (!c.opener || weak.type === 'organization') ? weak : undefined);
  // "the Champions League": a competition, which the guidelines count as no entity.
  if (isCompetition(c.name)) return verdict(undefined, c.name, true);
  const use = known ? undefined : acronymUse(c, tokens);
  if (use) return verdict(undefined, c.name, true, false, use === 'thing');
  // "Leicester wing Austin Healey": a city named for its club.
  const clubRole = nextIsLower(tokens, c.next) && CLUB_ROLES.has(tokens[c.next]!.text);
  if (known?.type === 'place' && !isLand(known.name) && !tokens[c.next - 1]?.possessive && (clubRole || cityAsBody(c, tokens, known.name)))
    return verdict('organization');
  // "beat Portsmouth 2-0", "Portsmouth's new boss": a town named as its club in play.
  if (known?.type === 'place' && townAsSide(c, tokens, known.name)) return verdict('organization');
  // "the film Vera Drake", "the album Egypt", "'The Aviator'": a title (in quotation marks only
  // when the name is no known entity's).
  // "Saturn's moon Titan", "the asteroid Bennu": a celestial body, which the guidelines count as no
  // place, throughout the story.
  if (before?.word && CELESTIAL.test(before.text) && words.length <= 2) return verdict(undefined, c.name, true, true);
  const title = c.titled ? undefined : writtenAsTitle(c, tokens, text);
  if (title === 'noun' || (title === 'quoted' && !known)) return verdict(undefined, c.name, true, true);
  if (title === 'loose' && !known && !isFirstName(first)) return verdict(undefined, c.name, true, true);
  if (title === 'character' && !known) return verdict(undefined, c.name, true, true);
  // "Victory Day", "the Sony Radio awards": an event, an award or a work.
  const nextWord = tokens[c.next];
  // "the Galileo Jupiter probe", "the Castor mission": a craft's name before what it is.
  const eventAfter =
    nextWord?.word === true && !nextWord.cap && (NON_ENTITY_HEADS.has(nextWord.text.toLowerCase()) || CRAFT.test(nextWord.text));
  // "their Heineken cup tie": a sponsor's name on a competition names the event, not the firm.
  if (known?.type === 'organization' && eventAfter && isSponsored(nextWord!.text)) return verdict(undefined, c.name, true);
  // "Apple TV", "Xbox Live", "MacBooks": a product, which no context makes a body.
  if (productName(words)) return verdict(undefined, c.name, true, false, true);
  if (known) return verdict(known.type, known.name);
  // "Nissan Philippines", "Vodafone Ghana": a company's arm in a country is a body of its own.
  if (words.length === 2 && knownName(words[0]!)?.type === 'organization' && isLand(knownName(words[1]!)?.name ?? ''))
    return verdict('organization');
  // "Penn State", "Ohio State": a state's name before "State" is its state university, except for
  // the two states written so as places ("New York State", "Washington State").
  if (words.length >= 2 && last === 'state' && stateUniversity(words.slice(0, -1).join(' '))) return verdict('organization');
  // "Berrien, Cass and Van Buren counties", "Kano state": names before a place's kind in lower case.
  if (beforePlaceKind(c, tokens)) return verdict('place');
  // "the Cupertino-based computer company", "a Brookfield-born singer": the name before these is
  // the place a body works from or a person comes from.
  if (homeTown(c, tokens, text)) return verdict('place');
  const notAName = words.length === 1 && (NEVER_ALONE.has(first) || /^I['’]/.test(c.name));
  // "Group B", "Path C", "Plan A": a common noun and a letter label a thing in a list ("Malcolm X"
  // and "Jay Z" open with a given name).
  const lettered = words.length === 2 && /^\p{Lu}$/u.test(words[1]!) && isDictionaryWord(first) && !isFirstName(first);
  // "World War II", "Gulf War 2": an event with a number.
  const numbered = words.length > 1 && /^(?:[IVX]+|\d+)$/.test(words.at(-1)!) && NON_ENTITY_HEADS.has(lowerWords.at(-2)!);
  // "Tech You Need", "Love Me Do": a pronoun inside a name makes it a title; no person, place or
  // body is named with one (a band may open with one, "My Morning Jacket", and a campaign holds
  // "Our": "Save Our Seas").
  const pronoun = words.length >= 2 && words.slice(1).some((w) => PRONOUNS.has(w));
  if (NON_ENTITY_HEADS.has(last) || eventAfter || notAName || numbered || lettered || pronoun) return verdict(undefined, c.name, true);
  // "Mr. Ranking Member", "Madam Speaker", "Mr President": an office addressed with an honorific
  // names no one by name.
  if (c.titled && HONORIFICS.has(c.title ?? '') && lowerWords.every((w) => ADDRESSED.has(w) || ROLE_WORDS.has(w)))
    return verdict(undefined, c.name, true);
  // "industry analyst firm RedMonk": titles before a body's word (one no person is called by:
  // "firm", not "producer") describe the body, not a person ("company director Ann Low" has the
  // title last).
  const bodyWord = tokens[c.first - 1];
  const ownName = words.length >= 2 && isFirstName(first) && !knownName(words[0]!);
  if (c.titled && bodyWord?.word && !bodyWord.cap && ORG_DESCRIPTORS.has(bodyWord.text) && !PERSON_TRADES.has(bodyWord.text) && !ownName)
    return verdict('organization');
  if (c.titled) return verdict('person');
  // "Denver Comets", "Leeds Rhinos": a town and a plural nickname name a team.
  if (isTeamName(words)) return verdict('organization');
  // "the Trump administration", "the Assad regime": a leader's surname names the government.
  if (
    words.length === 1 &&
    nextIsLower(tokens, c.next) &&
    /^(?:administration|regime|presidency)$/.test(tokens[c.next]!.text) &&
    !isCommonWord(first)
  )
    return verdict('person');
  // "Feinstein International Center", "Pew Research Center": a centre of study or care is a body,
  // a shopping or leisure centre a place.
  const studyCentre = words.length > 1 && /^cent(?:er|re)$/.test(last) && lowerWords.some((w) => CENTRE_FIELDS.has(w));
  if (looksLikeBody(c, tokens)) return verdict(PLACE_HEADS.has(last) && !studyCentre ? 'place' : 'organization');
  if (words.length > 2 && lowerWords[1] === 'of') {
    if (ORG_LEADS.has(first)) return verdict('organization');
    if (PLACE_LEADS.has(first)) return verdict('place');
  }
  // "Federal Reserve Bank of New York", "Office of the Inspector General": the head of a body
  // before "of" or "for".
  const joint = lowerWords.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  if (joint > 0 && ORG_HEADS.has(lowerWords[joint - 1]!) && !c.titled) return verdict('organization');
  if (words.length > 1 && ORG_HEADS.has(last)) return verdict('organization');
  if (studyCentre) return verdict('organization');
  // "NASA’s Goddard Space Flight Center": a centre a body owns is one of its units.
  const owner = tokens[c.first - 1];
  if (words.length > 1 && /^cent(?:er|re)$/.test(last) && owner?.possessive && knownName(owner.text)?.type === 'organization')
    return verdict('organization');
  if (words.length > 1 && PLACE_HEADS.has(last)) return verdict('place');
  // A person's name is not written after "the", does not start with an acronym and is not "X, which".
  const which = tokens[c.next]?.text === ',' && after?.text === 'which';
  // "C. Eugene Steuerle": an initial before the given name.
  const lead = words.length >= 3 && /^\p{Lu}\.$/u.test(words[0]!) ? 1 : 0;
  const nameLike =
    words.length > 1 &&
    words.length <= 4 &&
    !afterThe &&
    !which &&
    /^\p{Lu}\p{Ll}/u.test(words[lead]!) &&
    words.every((w) => /^\p{L}/u.test(w)) &&
    !endsInInitials(words);
  if (nameLike && isFirstName(lowerWords[lead]!)) return verdict('person');
  if (nameLike && isLastName(last)) return verdict('person');
  if (nameLike && after !== undefined && PERSON_NEXT.test(after.text)) return verdict('person');
  // "Hazel Gilbert, 23, an information manager"; "Georgeta Minciu, a cleaner, said".
  if (nameLike && tokens[c.next]?.text === ',' && after !== undefined && APPOSITION.test(after.text)) {
    // "Harrow Lane, a novel about…", "Kestrel Dunn, the investment bank, …": the apposition's noun
    // says what the name is, and a work or a body is no person.
    // "Set in South Wales, the film is …": after "in" the comma may end a clause, not open an apposition.
    const head = hint ? undefined : appositionHead(tokens, c.next + 2);
    if (head === 'work') return verdict(undefined, c.name, true, true);
    if (head !== 'body' || isFirstName(first)) return verdict('person');
  }
  if (nameLike && speaks) return verdict('person');
  // "Orin Middleton of Barclays Capital": a plain name, then "of" and a body.
  if (nameLike && words.length === 2 && tokens[c.next]?.text === 'of') {
    let k = c.next + 1;
    if (tokens[k]?.text === 'the') k++;
    let end = k;
    while (tokens[end]?.cap && tokens[end]!.word) end++;
    const body =
      end > k &&
      (ORG_HEADS.has(tokens[end - 1]!.text.toLowerCase()) ||
        knownName(
          tokens
            .slice(k, end)
            .map((t) => t.text)
            .join(' '),
        )?.type === 'organization');
    if (body) return verdict('person');
  }
  // "WeWork", "SoftBank", "MarketAxess": a capital inside a word is a company's style, but
  // also a product's or a term's: "Apple’s HomeKit" is the maker's product, and "a task's claim
  // (ClaimTask)" the initials-like short form of the lower-case words before it.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(words[0]!) && !c.titled) {
    const owner = tokens[c.first - 1];
    if (owner?.possessive && knownName(owner.text)?.type === 'organization') return verdict(undefined, c.name, true, false, true);
    const spelled = tokens[c.first - 2];
    if (before?.text === '(' && tokens[c.next]?.text === ')' && spelled?.word && !spelled.cap)
      return verdict(undefined, c.name, true, false, true);
    // "AirPower alternatives", "NextWork requests": before a noun, the name of a thing; a body so
    // written is also named elsewhere in the story, which keeps it.
    const head = tokens[c.next];
    if (
      head?.word &&
      !head.cap &&
      !tokens[c.next - 1]!.possessive &&
      !isFunctionWord(head.text) &&
      !verbAfterSubject(head.text, tokens[c.next + 1]?.text ?? '.')
    )
      return verdict(undefined, c.name, true, false, true);
    return verdict('organization');
  }
  // "Flexport, a logistics company", "Tempus, the currency broker": a body described as one;
  // "Halvor is a global solutions provider" likewise, where the name may open the sentence.
  const copula = COPULA.test(tokens[c.next]?.text ?? '') && /^(?:a|an|the)$/i.test(tokens[c.next + 1]?.text ?? '');
  if (((tokens[c.next]?.text === ',' && after !== undefined && /^(?:a|an|the)$/i.test(after.text) && !c.opener) || copula) && !c.titled) {
    // "Huawei, the embattled Chinese tech company": a nationality may stand among the words.
    // "Zorvane, a London-based think tank": a known place may stand among them too.
    const modifier = (t: Token): boolean => !t.cap || isDemonym(t.text) || knownName(t.text)?.type === 'place';
    for (let k = c.next + 2; k < c.next + 7 && tokens[k]?.word && modifier(tokens[k]!); k++) {
      if (ORG_DESCRIPTORS.has(tokens[k]!.text.toLowerCase())) return verdict('organization');
    }
  }
  // "Halvor’s shareholders", "Halvor is headquartered in": what only a body has or is.
  if (!c.titled && tokens[c.next - 1]?.possessive && nextIsLower(tokens, c.next) && HOLDINGS.has(tokens[c.next]!.text))
    return verdict('organization');
  // "Halvor’s chief executive", "Halvor’s board of directors", "Halvor’s CEO".
  const owned = `${tokens[c.next]?.text ?? ''} ${tokens[c.next + 1]?.text ?? ''}`;
  if (
    !c.titled &&
    tokens[c.next - 1]?.possessive &&
    (/^(?:chief executive|board of|chief financial|chief operating)$/.test(owned) || /^(?:CEO|CFO|COO|CTO) /.test(owned))
  )
    return verdict('organization');
  if (!c.titled && COPULA.test(tokens[c.next]?.text ?? '') && tokens[c.next + 1]?.text === 'headquartered') return verdict('organization');
  // "Michelle, a mother of twins, said": a first name alone, described or speaking.
  const described = tokens[c.next]?.text === ',' && after !== undefined && /^(?:a|an|\d+)$/.test(after.text);
  if (words.length === 1 && !(c.opener && isCommonWord(first)) && isFirstName(first) && (described || speaks)) return verdict('person');
  // "Australian Mamdouh Habib", "met Wanjiru Kamau": two or three words shaped like a given name
  // and a surname, none of them an ordinary word or a known name, in the middle of a sentence,
  // name a person even when no list knows the given name.
  // Not after "atop", "near" or "outside", which name a place ("a telescope atop Mauna Kea"); "in"
  // also ends phrasal verbs that take people ("to bring in Velimir Zajec").
  const located = hint === 'place' && !/^(?:in|into)$/.test(before?.text ?? '');
  // "a widow (Rooney Mara)": a name alone in brackets (a film's cast after its characters) is
  // capitalised by no sentence, though the bracket opens like one.
  const castName = before?.text === '(' && /^[),]$/.test(tokens[c.next]?.text ?? '');
  if (nameLike && (!c.opener || castName) && words.length <= 3 && words.every(nameShaped) && !located) return verdict('person');
  return verdict(undefined);
}
