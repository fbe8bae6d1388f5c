/**
 * @module
 * Verbs of saying, as news copy uses them to attribute quotations, compiled once.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Verbs that attribute a whole quotation ("…,” Putin said; said Xi). The bare forms stand after a
 * plural subject or "went on to" ("officials argue"); "claim", "fear", "stress" and "note" are
 * left out, as news copy uses them mostly as nouns ("his claim that …").
 */
const SAY_VERBS = words(`said says say saying told tells telling added adds adding noted notes explained explains
insisted insists argued argues warned warns stressed stresses claimed claims admitted admits declared declares wrote writes
continued continues concluded concludes conceded concedes acknowledged acknowledges recalled recalls remarked remarks replied
replies responded responds commented comments announced announces observed observes maintained maintains suggested suggests
agreed agrees confirmed confirms joked jokes laughed believes believed thinks thought reckons reckoned asked asks urged urges
predicted predicts revealed reveals stated states proclaimed boasted complained complains cautioned emphasised
emphasized pointed answered countered protested pleaded vowed vows promised promises pledged pledges
recounted recounts tweeted tweets posted testified testifies quipped quips mused asserted asserts contended contends
reiterated reiterates retorted repeated wondered exclaimed shouted yelled whispered sighed opined
texted emailed messaged elaborated clarified reflected gushed raved teased hinted speculated reasoned interjected
chimed captioned shared reported reports
argue warn insist believe admit predict complain maintain suggest concede acknowledge reckon`);

/**
 * Verbs that lift a few of someone's words into the writer's sentence (X called Y “…”; X urged
 * … “…”), besides the verbs of saying.
 */
const CITE_VERBS = words(`called calling calls described describing describes dubbed dubbing branded branding labelled
labeled labelling criticised criticized criticising criticizing criticises criticizes praised praising praises hailed hailing
accused accusing condemned condemning dismissed dismissing stressing urging warning insisting arguing claiming promising
pledging vowing echoed echoing termed terming welcomed welcoming attacked attacking blamed blaming
defended defending rejected rejecting denied denying admitted admitting expressed expressing demanded demanding
urged highlighted highlighting characterised characterized likened likening slammed slamming blasted blasting
slated slating lambasted lambasting mocked mocking ridiculed ridiculing derided deriding decried decrying bemoaned bemoaning
lamented lamenting touted touting`);

/** Subject pronouns that refer back to a person named before. */
export const PRONOUNS = words('he she He She');

/** Whether `word` (any case) attributes speech. */
export function isSayVerb(word: string): boolean {
  return SAY_VERBS.has(word.toLowerCase());
}

/** Whether `word` (any case) attributes speech or cites someone's words. */
export function isCiteVerb(word: string): boolean {
  const w = word.toLowerCase();
  return SAY_VERBS.has(w) || CITE_VERBS.has(w);
}

/** Verbs of saying in their bare form, as they stand after "would", "will", "’d". */
const BASE_SAY = words(`add explain respond reply write insist argue warn admit recall concede acknowledge joke ask
remark answer confess conclude continue`);
const MODAL = /^(?:will|would|could|might|wo)$/;
/** "he’d", "she’d": a pronoun and "would" in one token. */
export const PRONOUN_WOULD = /^(?:he|she)[’']d$/i;

/**
 * Whether token k is a verb of saying in its bare form after a modal ("he would reply", "she’d
 * later explain", "Cole will add"), one adverb between them allowed.
 *
 * @example
 * saysAfterModal(tokenize('he would reply'), 2); // true
 */
export function saysAfterModal(tokens: readonly { readonly text: string }[], k: number): boolean {
  if (!BASE_SAY.has(tokens[k]?.text.toLowerCase() ?? '')) return false;
  let j = k - 1;
  if (/^(?:later|then|also|often|simply|only)$/i.test(tokens[j]?.text ?? '')) j--;
  const modal = tokens[j]?.text ?? '';
  return MODAL.test(modal.toLowerCase()) || PRONOUN_WOULD.test(modal);
}
