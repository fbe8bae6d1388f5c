/**
 * @module
 * Speakers given by a description instead of a name: "the chancellor said" (the person with that
 * title), "the club said" (the body the text is about), "a spokesman said", "officials said" and
 * "another adviser called it …" (no one named).
 */
import { type Attribution, lower, NONE, type QuoteContext, UNNAMED } from './attribution-context.ts';
import { isSayVerb } from './speech.ts';
import { ORG_DESCRIPTORS, PERSON_TITLES, ROLE_WORDS } from './titles.ts';

const BODY_NOUNS = new Set([
  'club',
  'report',
  'statement',
  'letter',
  'study',
  'survey',
  'website',
  'site',
  'team',
  'side',
  'campaign',
  'paper',
  'motion',
  'party',
]);
const PERSON_NOUN = /(?:er|or|ist|ian|man|woman|ess)$/;
// "the man said", "according to the patient": a person the text does not name (a named one is
// referred back to by name or role, not as "the woman").
const ANYONE = new Set(['man', 'woman', 'boy', 'girl', 'person', 'patient', 'victim', 'witness']);
// "the 45-year-old said": news copy refers back to a person by their age.
const AGE = /^\d+-year-old$/;
// Descriptions that may stand for a news outlet ("the newspaper said").
const PRESS_NOUNS = new Set([
  'newspaper',
  'paper',
  'tabloid',
  'magazine',
  'broadcaster',
  'station',
  'channel',
  'network',
  'agency',
  'website',
  'site',
]);

// Public bodies a text refers back to by their kind ("the council said").
const PUBLIC_BODIES = new Set(
  'council committee commission ministry department government authority party court board embassy administration parliament assembly senate congress cabinet hospital university school trust'.split(
    ' ',
  ),
);

// Documents speak for whoever the text said wrote them ("a World Bank report … the report said").
const DOCUMENTS = new Set(['report', 'study', 'survey', 'letter', 'statement', 'motion', 'review']);

/**
 * What someone writes that speaks in their stead ("a statement from X", "her letter said:", "Anna
 * Cole’s post read:").
 */
export const WRITINGS = new Set(['statement', 'letter', 'post', 'tweet', 'release', 'message', 'note', 'email']);

/** Words that open a description of a speaker. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one', 'his', 'her', 'their', 'its', 'our']);
// A description that introduces someone new names no one the text has named.
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);
// Plural descriptions of people speak for several, unnamed: "officials said", "the authors argued",
// and so do the press as a whole ("what state media called …").
const PLURAL_PEOPLE = new Set([
  'media',
  'people',
  'police',
  'staff',
  'experts',
  'critics',
  'authorities',
  'officials',
  'sources',
  'campaigners',
  'residents',
  'lawmakers',
  'legislators',
  'ministers',
  'ministries',
  'parents',
  'fans',
  'members',
  'activists',
  'doctors',
  'scientists',
  'researchers',
  'authors',
  'analysts',
  'economists',
  'leaders',
  'protesters',
  'organisers',
  'organizers',
  'workers',
  'teachers',
  'students',
  'observers',
  'opponents',
  'supporters',
  'investigators',
  'prosecutors',
  'diplomats',
]);

/** "the French foreign ministry": a capitalised word in the description that names no body of the text. */
function nationalBody(ctx: QuoteContext, first: number, head: number): boolean {
  for (let j = first + 1; j < head; j++) {
    if (ctx.tokens[j]!.cap && !ctx.named.some((n) => n.from <= j && j < n.to && n.entity.type === 'organization')) return true;
  }
  return false;
}

/**
 * The speaker a description stands for, given the word that opens it (`first`, a determiner, or
 * -1 when it opens its clause bare, as "officials said" does), its head word (the last before the
 * verb, or before "of"/"for" in "a spokesman for the council") and the words between.
 * `owner` is the kind of name a possessive opener gives ("Russia's foreign ministry": a place).
 * With `strict`, a head that is no word for a person or a body gives undefined instead of no one.
 */
export function byDescription(
  ctx: QuoteContext,
  first: number,
  head: number,
  openToken: number,
  owner?: 'place' | 'person' | 'organization',
  strict = false,
): Attribution | undefined {
  const word = lower(ctx.tokens[head]);
  if (UNNAMED.has(word) || PLURAL_PEOPLE.has(word) || ANYONE.has(word)) return NONE;
  if (first < 0) return undefined;
  const opener = lower(ctx.tokens[first]);
  const body = ORG_DESCRIPTORS.has(word) || PUBLIC_BODIES.has(word);
  const personish = ROLE_WORDS.has(word) || PERSON_NOUN.test(word) || AGE.test(word);
  if (INDEFINITE.has(opener)) return BODY_NOUNS.has(word) ? NONE : { ...NONE, introduced: body ? 'organization' : 'person' };
  if (body || BODY_NOUNS.has(word)) {
    // A country's ministry or embassy ("Russia's foreign ministry", "the French embassy") is a
    // body the text does not name.
    if (owner === 'place' || nationalBody(ctx, first, head)) return NONE;
    const author = DOCUMENTS.has(word) ? ctx.authorOf(word, first) : undefined;
    if (author !== undefined) return { found: true, speaker: author, at: undefined };
    const called = ctx.bodyCalled(ctx.tokens.slice(first + 1, head + 1).map(lower));
    return { found: true, speaker: called ?? ctx.bodyBefore(openToken, PRESS_NOUNS.has(word)), at: undefined };
  }
  const words = ctx.tokens.slice(first + 1, head + 1).map(lower);
  const titles = words.filter((w) => PERSON_TITLES.has(w));
  // "the prime minister": "prime" qualifies the title, and the person's role must hold it too.
  const qualifiers = (title: string) => words.filter((w) => w !== title && ROLE_WORDS.has(w));
  const person = titles.map((w) => ctx.personWithTitle(w, qualifiers(w))).find(Boolean);
  if (person) return { found: true, speaker: person, at: undefined };
  if (strict && !personish) return undefined;
  return { found: true, speaker: personish ? ctx.subjectBefore(openToken) : null, at: undefined };
}

/** "the chancellor said", "a spokesman said", "the club said": a description from token k, up to its verb of saying. */
export function described(ctx: QuoteContext, k: number, openToken: number): Attribution | undefined {
  if (!DETERMINERS.has(lower(ctx.tokens[k]))) return undefined;
  for (let j = k + 1; j < Math.min(k + 8, ctx.sentence[1]); j++) {
    const t = ctx.tokens[j]!;
    if (isSayVerb(t.text) && j > k + 1) return byDescription(ctx, k, j - 1, openToken);
    if (!t.word && t.text !== '-') return undefined;
  }
  return undefined;
}

// Words that end a description read forwards ("said the council, which …", "said the minister on Friday").
const DESCRIPTION_END = /^(?:of|for|at|from|with|in|on|by|to|and|but|who|which|that|when|after|before|as|while|yesterday|today)$/;

/** "…, says the assembly government.": a description from token k that follows its verb of saying. */
export function describedAfter(ctx: QuoteContext, k: number, openToken: number): Attribution | undefined {
  if (!DETERMINERS.has(lower(ctx.tokens[k]))) return undefined;
  let head = k;
  for (let j = k + 1; j < Math.min(k + 8, ctx.sentence[1]); j++) {
    const t = ctx.tokens[j]!;
    if (!t.word || DESCRIPTION_END.test(lower(t))) break;
    head = j;
  }
  return head > k ? byDescription(ctx, k, head, openToken) : undefined;
}
