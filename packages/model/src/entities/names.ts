/**
 * @module
 * Name lookups built once at load: the built-in gazetteers merged with compromise's lexicon of
 * first names, surnames, places and organisations, the set of ordinary English words used to
 * tell a capitalised sentence opener from a name, and SCOWL's common English words (word-data.ts);
 * then, under all of them, the wider lists of teams, companies, outlets and public bodies
 * (gazetteer-teams.ts, gazetteer-firms.ts, gazetteer-agencies.ts).
 */
import nlp from 'compromise';
import type { EntityType } from './entity.ts';
import { ISO_COUNTRIES, WORLD_CITIES } from './gazetteer-data.ts';
import { COMMON_ENGLISH } from './word-data.ts';
import { GROUNDS } from './gazetteer-grounds.ts';
import { CITIES, COUNTRIES, REGIONS, VENUES } from './gazetteer-places.ts';
import { AGENCIES, INTERNATIONAL_BODIES, NONPROFITS } from './gazetteer-agencies.ts';
import { EUROPEAN_COMPANIES, LABELS, STUDIOS_AND_ACADEMIES, UK_COMPANIES, WORLD_FIRMS } from './gazetteer-europe-firms.ts';
import { LARGE_COMPANIES, MORE_OUTLETS, NEWS_OUTLETS, UNIVERSITIES, WORDS_TOO, WORLD_COMPANIES } from './gazetteer-firms.ts';
import { COMPANIES, MEDIA, PARTIES, PUBLIC_BODIES, SPORTS_BODIES } from './gazetteer-orgs.ts';
import { ARMED_GROUPS, WORLD_PARTIES } from './gazetteer-parties.ts';
import { BANDS, KNOWN_BY_SURNAME, PERFORMERS } from './gazetteer-performers.ts';
import { EU_BODIES, UK_GOVERNMENT, US_COMMITTEES, US_FEDERAL } from './gazetteer-governments.ts';
import { NATIONAL_SPORT_BODIES, WORLD_SPORT_BODIES } from './gazetteer-sport-bodies.ts';
import { JOURNALS, MAGAZINES } from './gazetteer-publications.ts';
import { STATIONS } from './gazetteer-stations.ts';
import { CONSUMER_ELECTRONICS, TECH_SERVICES } from './gazetteer-tech.ts';
import { BRITISH_SPELLINGS, CHARITIES, MARKETS, SPORT_BODIES, TRADE_BODIES, UK_PUBLIC_BODIES, UNIONS } from './gazetteer-uk-bodies.ts';
import {
  BIG_CLUBS,
  BRITISH_CLUBS,
  CLUB_NICKNAMES,
  COLLEGE_SPORTS,
  EUROPEAN_CLUBS,
  LEAGUES,
  MLB,
  MLS,
  NBA,
  NFL,
  NHL,
  MORE_EUROPEAN_CLUBS,
  NICKNAMES_NOT_ALONE,
  RUGBY_CLUBS,
} from './gazetteer-teams.ts';

/** A known name: what it is and the name it is filed under. */
export interface KnownName {
  readonly type: EntityType;
  readonly name: string;
}

/**
 * The lookup key of a name: lower-case, curly apostrophes and dots folded, accents kept, a
 * leading "the" dropped and an ampersand between words read as "and", so "the Kremlin" and
 * "Kremlin", "U.S." and "US", "Ant & Dec" and "Ant and Dec" meet.
 */
export function nameKey(name: string): string {
  // Called for most words of every article: each step runs only when it can change the key.
  let key = name.toLowerCase();
  if (key.includes('’') || key.includes('ʼ')) key = key.replace(/[’ʼ]/g, "'");
  if (key.includes('.')) key = key.replace(/\.(?=\S|$)/g, '');
  if (key.startsWith('the')) key = key.replace(/^the\s+/, '');
  // "Ant & Dec" and "Ant and Dec": an ampersand between words is the word.
  if (key.includes('&')) key = key.replace(/(?<=\S)\s+&\s+(?=\S)/g, ' and ');
  // Whitespace other than single spaces: a run of two, or a tab, newline or other space.
  if (/[^\S ]| {2}/.test(key)) key = key.replace(/\s+/g, ' ');
  return key.trim();
}

const GAZETTEER = new Map<string, KnownName>();
/** Canonical names of countries and regions: places that are never a club's name. */
const LANDS = new Set<string>();
const FIRST_NAMES = new Set<string>();
const MALE_NAMES = new Set<string>();
const FEMALE_NAMES = new Set<string>();
const LAST_NAMES = new Set<string>();
const DEMONYMS = new Set<string>();
/** Words compromise's lexicon files under a verb's past or modal form ("grew", "could"). */
const PAST_VERBS = new Set<string>();
/** Words compromise's lexicon files under a verb's present form ("says", "support"). */
const VERBS = new Set<string>();
const COMMON_WORDS = new Set<string>();
/** Keys of news outlets: "the company said" does not mean the agency it told. */
const PRESS = new Set<string>();
const FUNCTION_WORDS = new Set<string>();

function addList(list: string, type: EntityType): void {
  for (const entry of list.split(';')) {
    const names = entry
      .split('|')
      .map((n) => n.trim())
      .filter(Boolean);
    const canonical = names[0];
    if (canonical === undefined) continue;
    // A curated entry wins over compromise's lexicon and over an earlier alias.
    for (const alias of names) GAZETTEER.set(nameKey(alias), { type, name: canonical });
  }
}

/**
 * One-word cities from the generated data and one-word bodies from compromise's lexicon: trusted
 * only where a capital proves a name (see `weakName`).
 */
const WEAK = new Map<string, KnownName>();

/**
 * One-word cities of the generated data that a hand-kept list names as a person, a firm or a
 * station ("Dali", "Hitachi", "Granada"): the hand-kept meaning is the name's, and the city only
 * where the context asks for a place (see `cityToo`).
 */
const CITY_TOO = new Map<string, KnownName>();
const HAND_KEPT = new Set<string>();
for (const list of [
  PERFORMERS,
  KNOWN_BY_SURNAME,
  STATIONS,
  LARGE_COMPANIES,
  WORLD_COMPANIES,
  UK_COMPANIES,
  EUROPEAN_COMPANIES,
  WORLD_FIRMS,
])
  for (const entry of list.split(';'))
    for (const alias of entry.split('|')) if (alias.trim() && !alias.trim().includes(' ')) HAND_KEPT.add(nameKey(alias.trim()));

/**
 * Places from the generated data (ISO country names, cities of 100,000 people or more), under
 * the curated lists and compromise's lexicon: an entry already known keeps its meaning, and a
 * one-word city that is also a first name, a surname or an ordinary word ("Victoria", "Jackson",
 * "Mobile") is left out, since copy names it far more often as something else. Other one-word
 * cities are kept apart (`weakName`): "Sale" or "Reading" may be a word that opens a sentence.
 */
function addData(list: string, strong: boolean): void {
  for (const entry of list.split(';')) {
    const names = entry
      .split('|')
      .map((n) => n.trim())
      .filter(Boolean);
    const known = names.map((n) => GAZETTEER.get(nameKey(n))).find(Boolean);
    const canonical = known?.type === 'place' ? known.name : names[0];
    if (canonical === undefined || (known && known.type !== 'place')) continue;
    for (const alias of names) {
      const key = nameKey(alias);
      if (GAZETTEER.has(key)) continue;
      const oneWord = !key.includes(' ');
      if (oneWord && (FIRST_NAMES.has(key) || LAST_NAMES.has(key) || COMMON_WORDS.has(key) || DEMONYMS.has(key))) continue;
      if (oneWord && !strong && HAND_KEPT.has(key)) CITY_TOO.set(key, { type: 'place', name: canonical });
      else if (oneWord && !strong) WEAK.set(key, { type: 'place', name: canonical });
      else GAZETTEER.set(key, { type: 'place', name: canonical });
    }
  }
}

const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
  'ProperNoun',
  'Demonym',
  'Honorific',
  'Month',
  'WeekDay',
]);

function loadCompromise(): void {
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  for (const [word, tagOrTags] of Object.entries(model.one.lexicon)) {
    const tags = typeof tagOrTags === 'string' ? [tagOrTags] : tagOrTags;
    if (tags.includes('Abbreviation')) continue;
    const has = (t: string): boolean => tags.includes(t);
    if (has('MaleName') || has('FemaleName') || has('FirstName')) FIRST_NAMES.add(word);
    if (has('MaleName')) MALE_NAMES.add(word);
    if (has('FemaleName')) FEMALE_NAMES.add(word);
    if (has('LastName')) LAST_NAMES.add(word);
    if (has('Demonym')) DEMONYMS.add(word);
    if (has('PastTense') || has('Modal')) PAST_VERBS.add(word);
    else if (has('PresentTense') || has('Infinitive')) VERBS.add(word);
    const key = nameKey(word);
    if (GAZETTEER.has(key)) continue;
    if (has('Person') && word.includes(' ')) GAZETTEER.set(key, { type: 'person', name: titleCase(word) });
    else if (has('Person')) LAST_NAMES.add(word);
    else if (has('Country') || has('City') || has('Region') || has('Place')) GAZETTEER.set(key, { type: 'place', name: titleCase(word) });
    // A one-word body from the lexicon ("Visa") may be an ordinary word opening a sentence: weak.
    else if ((has('Organization') || has('SportsTeam')) && word.length > 2)
      (word.includes(' ') ? GAZETTEER : WEAK).set(key, { type: 'organization', name: titleCase(word) });
    if (!tags.some((t) => NAME_TAGS.has(t))) COMMON_WORDS.add(word);
  }
}

function titleCase(word: string): string {
  return word.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

addList(COUNTRIES, 'place');
addList(CITIES, 'place');
addList(REGIONS, 'place');
for (const entry of `${COUNTRIES};${REGIONS}`.split(';')) LANDS.add(entry.split('|')[0]!.trim());
addList(VENUES, 'place');
addList(GROUNDS, 'place');
addList(MEDIA, 'organization');
for (const entry of MEDIA.split(';')) for (const alias of entry.split('|')) PRESS.add(nameKey(alias.trim()));
addList(PUBLIC_BODIES, 'organization');
addList(PARTIES, 'organization');
addList(COMPANIES, 'organization');
addList(BIG_CLUBS, 'organization');
addList(SPORTS_BODIES, 'organization');
loadCompromise();

// Words compromise lacks that open sentences in news copy and are never names there.
for (const w of `the a an but and or nor so yet for in on at by to of from with without within into onto over under after before between
since during while when whenever where whereas whether if unless although though despite because as than then thus however
meanwhile moreover furthermore nevertheless instead indeed still also already even only just now today tomorrow yesterday
earlier later last next first second third finally initially eventually recently currently previously ahead alongside amid
among amongst against according analysts critics officials experts observers many most some several few all both each every
other others another such this that these those there here it its his her their our my your we they he she i you one two
three four five six seven ten hundreds thousands millions billions more less much no not none nothing something everyone
nobody somebody anyone what which who whom whose why how overall separately similarly likewise notably notable elsewhere
nearby around about above below across along beyond near through throughout toward towards upon via per plus minus sources
figures data shares sales profits prices rates speaking asked writing talking commenting fans viewers readers users people
investors voters consumers shoppers customers researchers scientists doctors teachers parents children police ministers
mps lawyers campaigners supporters opponents rivals organisers organizers officials authorities labour-run`.split(/\s+/)) {
  COMMON_WORDS.add(w);
  FUNCTION_WORDS.add(w);
}

// Common first names compromise files only under another word ("Ray", "Hazel", "Bill").
for (const w of `ray hazel victoria rose bill will frank guy dean gene joy hope faith ruby olive iris holly ivy dawn lee les
sandy max warren lewis austin sacha oleg yulia igor sergei dmitry mohammed muhammad ahmed omar hassan hussein abdul jose
juan luis carlos pedro diego javier pablo luiz inacio jean pierre jacques francois gerhard joschka silvio romano jose-manuel
kofi ariel ehud yasser mahmoud condoleezza hu wen junichiro kim roh jiang vladimir joss`.split(/\s+/)) {
  FIRST_NAMES.add(w);
}
addData(ISO_COUNTRIES, true);
addData(WORLD_CITIES, false);

// Names repeat across articles, and lookups are the hottest path: remember the answers.
const KNOWN_CACHE = new Map<string, KnownName | null>();

let longestKey = 0;
let keysMeasured = -1;

/**
 * Whether `name` is longer than any known name, read no further than that: its key drops only
 * spaces, dots and a leading "the", so its other characters bound the key's length. The words of
 * a long run of capitals are looked up with the rest of the run, and keying each whole rest took
 * time quadratic in the run.
 */
function longerThanAnyName(name: string): boolean {
  if (keysMeasured !== GAZETTEER.size) {
    for (const key of GAZETTEER.keys()) longestKey = Math.max(longestKey, key.length);
    keysMeasured = GAZETTEER.size;
  }
  let count = 0;
  for (let i = 0; i < name.length; i++) {
    if (name[i] !== '.' && !/\s/.test(name[i]!) && ++count > longestKey + 3) return true;
  }
  return false;
}

/** The person, place or organisation a name is known as, if any (case-insensitive). */
export function knownName(name: string): KnownName | undefined {
  if (name.length > 100 && longerThanAnyName(name)) return undefined;
  let hit = KNOWN_CACHE.get(name);
  if (hit === undefined) {
    if (KNOWN_CACHE.size > 100_000) KNOWN_CACHE.clear();
    hit = GAZETTEER.get(nameKey(name)) ?? null;
    KNOWN_CACHE.set(name, hit);
  }
  return hit ?? undefined;
}

/**
 * A one-word name known only from the generated data or compromise's lexicon ("Burbank", "Sale",
 * "Visa"), for a name whose capital proves it is one: not one that opens a sentence.
 */
export function weakName(name: string): KnownName | undefined {
  return WEAK.get(nameKey(name));
}

/**
 * The city a hand-kept person's, firm's or station's name also is ("Granada"), for a context that
 * asks for a place ("in Granada").
 */
export function cityToo(name: string): KnownName | undefined {
  return CITY_TOO.get(nameKey(name));
}

/**
 * Outlets whose name is a place's after "The" ("The Atlantic"), by their name with it: a capital
 * "The" mid-sentence names the outlet ("told The Atlantic"), "the Atlantic" the place.
 */
const OUTLETS_WITH_THE = new Map<string, KnownName>();
for (const list of [MEDIA, NEWS_OUTLETS, MORE_OUTLETS])
  for (const entry of list.split(';')) {
    const name = entry.split('|')[0]!.trim();
    if (name.startsWith('The ') && GAZETTEER.get(nameKey(name))?.type === 'place')
      OUTLETS_WITH_THE.set(name.toLowerCase(), { type: 'organization', name });
  }

/** The outlet a name written with a capital "The" is, where without it the name is a place's. */
export function outletWithThe(name: string): KnownName | undefined {
  return name.startsWith('The ') ? OUTLETS_WITH_THE.get(name.toLowerCase()) : undefined;
}

/** Whether a name is a news outlet's from the curated list ("Reuters", "the BBC"). */
export function isPress(name: string): boolean {
  return PRESS.has(nameKey(name));
}

/** Whether a known place is a country or region rather than a city ("Leicester" may be a club). */
export function isLand(name: string): boolean {
  return LANDS.has(name);
}

/**
 * Whether a lower-case `word` is a verb after a subject: a past or modal form ("grew", "hired",
 * "could"), or a present form ("says", "requests") before a function word or a stop, where a
 * noun would go on to the sentence's verb ("ClaimTask requests originate").
 *
 * @example
 * verbAfterSubject('grew', 'in'); // true
 * verbAfterSubject('requests', 'originate'); // false
 */
export function verbAfterSubject(word: string, next: string): boolean {
  if (PAST_VERBS.has(word) || /ed$/.test(word)) return true;
  const present = VERBS.has(word) || (!COMMON_WORDS.has(word) && /s$/.test(word));
  return present && (isFunctionWord(next) || !/^\p{L}/u.test(next));
}

/** Whether `word` is a first name in compromise's lexicon. */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase());
}

/** Whether `word` is a surname in compromise's lexicon. */
export function isLastName(word: string): boolean {
  return LAST_NAMES.has(word.toLowerCase());
}

/** Whether `word` is a nationality adjective such as "Chinese". */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word.toLowerCase());
}

/** Whether `word` is a function word or sentence adverb that never starts a name ("But", "Under"). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

const DICTIONARY = new Set(COMMON_ENGLISH.split(/\s+/));

/**
 * Whether `word` is one of SCOWL's common English words (or its plural) and no first name or
 * surname compromise knows ("Platform", "Solutions", "Regional"; not "Rose", "Brown" or "Banks"
 * if listed as names). Wider than `isCommonWord`, so used only where a name must look like one.
 *
 * @example
 * isDictionaryWord('Operations'); // true
 * isDictionaryWord('Paganini'); // false
 */
export function isDictionaryWord(word: string): boolean {
  const w = word.toLowerCase();
  if (FIRST_NAMES.has(w) || LAST_NAMES.has(w)) return false;
  if (DICTIONARY.has(w)) return true;
  if (!w.endsWith('s')) return false;
  return (
    DICTIONARY.has(w.slice(0, -1)) ||
    (w.endsWith('ies') && DICTIONARY.has(`${w.slice(0, -3)}y`)) ||
    (w.endsWith('es') && DICTIONARY.has(w.slice(0, -2)))
  );
}

/** Whether `word` is an ordinary English word rather than a name. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase());
}

/** "he" or "she" for a first name when compromise's lexicon knows it as one or the other. */
export function pronounFor(firstName: string): 'he' | 'she' | undefined {
  const w = firstName.toLowerCase();
  const male = MALE_NAMES.has(w);
  const female = FEMALE_NAMES.has(w);
  return male === female ? undefined : male ? 'he' : 'she';
}

/**
 * Adds a body from the wider lists (teams, companies, outlets, universities) under the curated
 * lists, compromise's lexicon and the places: a name already known keeps its meaning. A one-word
 * name that is an ordinary word, a given name or a nationality ("Nature", "Dawn", "The
 * Australian") is left to the context rules, and one that is a surname ("Nielsen") counts only
 * where a capital proves a name.
 */
function addBody(alias: string, canonical: string, weak = false): void {
  const key = nameKey(alias);
  if (!key || GAZETTEER.has(key) || WEAK.has(key)) return;
  if (key.includes(' ')) {
    GAZETTEER.set(key, { type: 'organization', name: canonical });
    return;
  }
  if (COMMON_WORDS.has(key) || isDictionaryWord(key) || FIRST_NAMES.has(key) || DEMONYMS.has(key)) return;
  (weak || LAST_NAMES.has(key) || WORDS_TOO.has(alias) ? WEAK : GAZETTEER).set(key, { type: 'organization', name: canonical });
}

/**
 * Adds a performer or a band (gazetteer-performers.ts) under every list above: a one-word name
 * that is also an English word ("Sting", "Blur") counts only where a capital mid-sentence proves
 * a name, since opening a sentence it may be the word; so does a band's name that is a given name
 * or a surname ("Travis"), which may be a person's. A performer's given name ("Kylie") is theirs
 * anywhere.
 */
function addPerformer(alias: string, canonical: string, type: EntityType): void {
  const key = nameKey(alias);
  if (!key || GAZETTEER.has(key) || WEAK.has(key)) return;
  const personal = type !== 'person' && (FIRST_NAMES.has(key) || LAST_NAMES.has(key));
  const word = !key.includes(' ') && (COMMON_WORDS.has(key) || isDictionaryWord(key) || DEMONYMS.has(key) || personal);
  (word ? WEAK : GAZETTEER).set(key, { type, name: canonical });
}

for (const list of [
  AGENCIES,
  INTERNATIONAL_BODIES,
  NONPROFITS,
  LEAGUES,
  COLLEGE_SPORTS,
  EUROPEAN_CLUBS,
  BRITISH_CLUBS,
  MORE_EUROPEAN_CLUBS,
  RUGBY_CLUBS,
  LARGE_COMPANIES,
  WORLD_COMPANIES,
  NEWS_OUTLETS,
  MORE_OUTLETS,
  UNIVERSITIES,
  STATIONS,
  UK_PUBLIC_BODIES,
  BRITISH_SPELLINGS,
  SPORT_BODIES,
  MARKETS,
  TRADE_BODIES,
  UNIONS,
  CHARITIES,
  UK_COMPANIES,
  EUROPEAN_COMPANIES,
  WORLD_FIRMS,
  LABELS,
  STUDIOS_AND_ACADEMIES,
  WORLD_PARTIES,
  ARMED_GROUPS,
  US_FEDERAL,
  US_COMMITTEES,
  UK_GOVERNMENT,
  EU_BODIES,
  NATIONAL_SPORT_BODIES,
  WORLD_SPORT_BODIES,
  CONSUMER_ELECTRONICS,
  TECH_SERVICES,
  JOURNALS,
  MAGAZINES,
]) {
  for (const entry of list.split(';')) {
    const names = entry
      .split('|')
      .map((n) => n.trim())
      .filter(Boolean);
    for (const alias of names) addBody(alias, names[0]!);
  }
}

// The armed services, capitalised in copy only as the institution ("the Navy said"): ordinary
// words otherwise, so known only where a capital proves a name.
for (const service of ['Navy', 'Army'])
  if (!WEAK.has(nameKey(service))) WEAK.set(nameKey(service), { type: 'organization', name: service });

// Clubs' nicknames, most of them plural nouns too ("the Gunners", "Magpies nest"): one word is
// known only where a capital proves a name. Each is filed under itself, as the story writes it,
// beside the club's own name.
for (const entry of CLUB_NICKNAMES.split(';')) {
  const nickname = entry.split('|')[0]!.trim();
  const key = nameKey(nickname);
  if (GAZETTEER.has(key)) continue;
  if (key.includes(' ')) addBody(nickname, nickname);
  else WEAK.set(key, { type: 'organization', name: nickname });
}

// Teams: the full name always; the nickname alone only where one league uses it for one club
// ("Broncos"), not where two leagues share it ("Giants") or a club moved ("Raiders").
const TEAM_LEAGUES = [NFL, NBA, MLB, NHL, MLS].map((list) =>
  list.split(';').map((entry) => {
    const [home = '', nickname = ''] = entry.split('|').map((n) => n.trim());
    return { full: nickname ? `${home} ${nickname}` : home, nickname };
  }),
);
const nicknameUses = new Map<string, number>();
for (const league of TEAM_LEAGUES)
  for (const { nickname } of league) if (nickname) nicknameUses.set(nickname, (nicknameUses.get(nickname) ?? 0) + 1);
for (const league of TEAM_LEAGUES) {
  for (const { full, nickname } of league) {
    addBody(full, full);
    // A plural noun may open a sentence ("Sharks circle"): a one-word nickname needs a capital mid-sentence.
    if (nickname && nicknameUses.get(nickname) === 1 && !NICKNAMES_NOT_ALONE.has(nickname)) addBody(nickname, full, true);
  }
}

for (const [list, type] of [
  [PERFORMERS, 'person'],
  [KNOWN_BY_SURNAME, 'person'],
  [BANDS, 'organization'],
] as const) {
  for (const entry of list.split(';')) {
    const names = entry
      .split('|')
      .map((n) => n.trim())
      .filter(Boolean);
    for (const alias of names) addPerformer(alias, names[0]!, type);
  }
}
