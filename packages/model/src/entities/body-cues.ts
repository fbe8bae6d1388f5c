/**
 * @module
 * The verdicts the cues of a body give (or, for a body's kind of head word, a place's): its head
 * word, a capital inside one word, what it is said to have or be; and a town written for its club
 * or firm, and a force or hospital's head word in lower case.
 */
import { looksLikeBody } from './body-context.ts';
import { type CandidateReading, nextIsLower, type Verdict } from './candidate-reading.ts';
import { isCommonWord, isDemonym, isFunctionWord, isLand, knownName, verbAfterSubject } from './names.ts';
import type { Candidate } from './spans.ts';
import { isTeamName } from './team-towns.ts';
import { ORG_DESCRIPTORS, ORG_HEADS, ORG_LEADS, PLACE_HEADS } from './titles.ts';
import type { Token } from './tokenize.ts';

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

const COPULA = /^(?:is|was|remains|became)$/;
/** What a body has and a person seldom does: "X’s shareholders", "X’s headquarters". */
const HOLDINGS = new Set(
  'shares stock shareholders revenue revenues profits earnings subsidiary subsidiaries headquarters ceo cfo founder co-founder cofounder customers clients portfolio products workforce stores'.split(
    ' ',
  ),
);

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

// Words after which a name opens a clause of its own.
const CLAUSE_OPENERS = /^(?:said|says|saying|but|while|whereas|when|because|that|if|as|now|then|than|why|how|where|unless|until)$/;

/**
 * A town named for a club or a firm: "Newcastle have fined" (a plural verb after one town, as
 * British copy writes of teams), "surveys from the Halifax" (a town takes no "the").
 *
 * @example
 * cityAsBody(newcastle, tokenize('Newcastle have fined the player'), 'Newcastle'); // true
 */
export function cityAsBody(c: Candidate, tokens: readonly Token[], canonical: string): boolean {
  if (c.words.length !== 1 || canonical.startsWith('The ')) return false;
  const before = tokens[c.first - 1];
  const next = tokens[c.next];
  // "Leeds and Hull have": the verb agrees with the list.
  const listed = before?.text === ',' || /^(?:and|or|nor)$/.test(before?.text ?? '') || /^(?:and|or|nor|,)$/.test(next?.text ?? '');
  // The team is the subject, opening its sentence or clause ("…, but Blackburn are keen"):
  // "shops in central London were" is no team.
  const subject = c.opener || !(before?.word && !before.cap) || CLAUSE_OPENERS.test(before.text);
  if (next?.word && /^(?:have|are|were)$/.test(next.text) && !listed && subject) return true;
  return before?.text === 'the' && !c.opener && !(next?.word && !next.cap && !/^(?:and|or)$/.test(next.text));
}

/**
 * What the head word and the context of a body make of it: a team, a government, a centre of
 * study, a body or place by its head word or its leading word.
 *
 * @example
 * headVerdict(readCandidate(fed, tokenize('the Federal Reserve Bank of New York'), '')); // organization
 */
export function headVerdict(r: CandidateReading): Verdict | undefined {
  const { c, tokens, words, lowerWords, first, last, verdict } = r;
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
  return undefined;
}

/**
 * "WeWork", "HomeKit": what a capital inside one word makes of it, a body or a thing.
 *
 * @example
 * innerCapitalVerdict(readCandidate(wework, tokenize('WeWork said'), '')); // organization
 */
export function innerCapitalVerdict(r: CandidateReading): Verdict | undefined {
  const { c, tokens, words, before, verdict } = r;
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
  return undefined;
}

/**
 * What the words after the name say only a body is or has: "a logistics company", "shareholders",
 * "chief executive", "headquartered".
 *
 * @example
 * describedBodyVerdict(readCandidate(flexport, tokenize('Flexport, a logistics company, said'), '')); // organization
 */
export function describedBodyVerdict(r: CandidateReading): Verdict | undefined {
  const { c, tokens, after, verdict } = r;
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
  return undefined;
}
