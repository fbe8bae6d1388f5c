/**
 * @module
 * Decides what a candidate name is from the name alone and its immediate context: gazetteers,
 * titles, the head word of the phrase, known first names and surnames, and speech verbs.
 * Anything it cannot decide is left for the article-wide resolution. The cues themselves are in
 * body-cues.ts and person-cues.ts; this is the order in which they decide.
 */
import { acronymUse } from './acronyms.ts';
import { isCompetition } from './competitions.ts';
import { isHoliday } from './holidays.ts';
import { cityAsBody, describedBodyVerdict, headVerdict, innerCapitalVerdict } from './body-cues.ts';
import { looksLikeBody, tickerAt } from './body-context.ts';
import { type CandidateReading, nextIsLower, readCandidate, type Verdict } from './candidate-reading.ts';
import { cityToo, outletWithThe, isCommonWord, isDictionaryWord, isFirstName, isLand, knownName, weakName } from './names.ts';
import { loneNameVerdict, personNameVerdict, titledVerdict } from './person-cues.ts';
import { beforePlaceKind, homeTown, stateUniversity } from './place-context.ts';
import { industryPlace } from './industry-places.ts';
import { knownWork } from './known-works.ts';
import { isLanguage } from './languages.ts';
import { productName } from './products.ts';
import { namedAsPublication } from './publications.ts';
import type { Candidate } from './spans.ts';
import { townAsSide } from './town-sides.ts';
import { CLUB_ROLES, NEVER_ALONE, NON_ENTITY_HEADS } from './titles.ts';
import type { Token } from './tokenize.ts';
import { starBeforeWork, writtenAsTitle } from './works.ts';

// Competitions that carry a sponsor's name ("the Heineken cup", "the Carling cup").
const isSponsored = (word: string): boolean => /^(?:cup|trophy|championship|open|series|league|prize)$/i.test(word);

const PRONOUNS = new Set(['You', 'Your', 'We', 'Me', 'My', 'Them', 'They', 'He', 'She', 'Him', 'Her', 'His']);

const CELESTIAL = /^(?:moon|moons|planet|planets|asteroid|comet|exoplanet|galaxy|nebula)$/;

/**
 * What the characters around the name make of it: capitals for emphasis, initials in brackets, a
 * stock ticker, a social media handle.
 *
 * @example
 * markupVerdict(readCandidate(acme, tokenize('Acme (NYSE: ACME) rose.'), '')); // organization
 */
function markupVerdict(r: CandidateReading): Verdict | undefined {
  const { c, tokens, words, before, verdict } = r;
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
  // "in Aramaic": a language is no place.
  if (words.length === 1 && isLanguage(c.name)) return verdict(undefined, c.name, true);
  if (tickerAt(tokens, c.next) && !c.titled) return verdict('organization');
  // "@CityCouncil": a social media handle, which the story names its owner by elsewhere if at all.
  if (before?.text === '@' && before.end === c.start) return verdict(undefined, c.name, true);
  return undefined;
}

/**
 * What the lists of known names make of it, with the context that overrides them: a town named for
 * its club, a title of a work, a sponsor's competition, a product.
 *
 * @example
 * knownVerdict(readCandidate(tass, tokenize('Tass reported it.'), '')); // organization
 */
function knownVerdict(r: CandidateReading): Verdict | undefined {
  const { c, tokens, text, words, first, before, eventAfter, verdict } = r;
  // "Broncos coach Vic Fangio said": a club's role after a weak body's name proves the name even
  // where it opens the sentence.
  const clubRoleNext = nextIsLower(tokens, c.next) && CLUB_ROLES.has(tokens[c.next]!.text) && tokens[c.next + 1]?.cap === true;
  const weak = c.opener && !clubRoleNext ? undefined : weakName(c.name);
  const known = knownName(c.name) ?? (weak && (!c.opener || weak.type === 'organization') ? weak : undefined);
  // "told The Atlantic": a capital "The" mid-sentence names the outlet, not the ocean.
  const outlet = c.opener ? undefined : outletWithThe(c.name);
  if (outlet) return verdict(outlet.type, outlet.name);
  // "in Granada": a firm's, station's or person's name that is also a city's, where a place is asked for.
  const city = known && known.type !== 'place' && r.hint === 'place' && !looksLikeBody(c, tokens) ? cityToo(c.name) : undefined;
  if (city) return verdict('place', city.name);
  // "the Champions League": a competition, which the guidelines count as no entity.
  if (isCompetition(c.name)) return verdict(undefined, c.name, true);
  // "Diwali", "Yom Kippur", "Burns Night": a holiday or a yearly event, no entity either.
  if (isHoliday(c.name)) return verdict(undefined, c.name, true);
  const use = known ? undefined : acronymUse(c, tokens);
  if (use) return verdict(undefined, c.name, true, false, use === 'thing');
  // "published in Nature", "told Time": a title that is an ordinary word, proved by its context.
  if (!known && namedAsPublication(c, tokens)) return verdict('organization');
  // "Leicester wing Austin Healey": a city named for its club.
  const clubRole = nextIsLower(tokens, c.next) && CLUB_ROLES.has(tokens[c.next]!.text);
  const town = known?.type === 'place' && !isLand(known.name) && !industryPlace(known.name);
  if (town && !tokens[c.next - 1]?.possessive && (clubRole || cityAsBody(c, tokens, known.name))) return verdict('organization');
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
  // "EastEnders", "The Passion of the Christ", "Mr Bean": a well-known title, or a piece of one.
  const listedWork = knownWork(c, text);
  if (listedWork) return verdict(undefined, c.name, true, listedWork === 'whole');
  const nextWord = tokens[c.next];
  // "their Heineken cup tie": a sponsor's name on a competition names the event, not the firm.
  if (known?.type === 'organization' && eventAfter && isSponsored(nextWord!.text)) return verdict(undefined, c.name, true);
  // "Apple TV", "Xbox Live", "MacBooks": a product, which no context makes a body.
  if (productName(words)) return verdict(undefined, c.name, true, false, true);
  if (known) return verdict(known.type, known.name);
  return undefined;
}

/**
 * What the shape of the phrase makes of it: a firm's arm in a country, a state university, a
 * place before its kind or a home town, and phrases that are no names at all.
 *
 * @example
 * phraseVerdict(readCandidate(ww2, tokenize('after World War II ended'), '')); // none
 */
function phraseVerdict(r: CandidateReading): Verdict | undefined {
  const { c, tokens, text, words, lowerWords, first, last, eventAfter, verdict } = r;
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
  // "the Whitney Houston film": the star's full name before the work.
  if (eventAfter && starBeforeWork(c, tokens)) return verdict('person');
  if (NON_ENTITY_HEADS.has(last) || eventAfter || notAName || numbered || lettered || pronoun) return verdict(undefined, c.name, true);
  return undefined;
}

/**
 * The verdict on one candidate.
 *
 * @example
 * // "Victory Day" → { none: true }; "Tass" → organization; "Mr Blair" → person
 */
export function classify(c: Candidate, tokens: readonly Token[], text = ''): Verdict {
  const r = readCandidate(c, tokens, text);
  return (
    markupVerdict(r) ??
    knownVerdict(r) ??
    phraseVerdict(r) ??
    titledVerdict(r) ??
    headVerdict(r) ??
    personNameVerdict(r) ??
    innerCapitalVerdict(r) ??
    describedBodyVerdict(r) ??
    loneNameVerdict(r) ??
    r.verdict(undefined)
  );
}
