/**
 * @module
 * Who said a quotation, by the attribution patterns of news writing: “…,” Putin said / “…,” said
 * Putin / Xi said, “…” / “…,” according to … / X called Y “…” / X urged … “…”, with pronouns (he,
 * she) and descriptions ("the prime minister said") resolved to the person the text is about.
 */
import {
  type Attribution,
  AUXILIARIES,
  lower,
  NONE,
  named,
  pronoun,
  type QuoteContext,
  qualifies,
  UNNAMED,
} from './attribution-context.ts';
import { described, describedAfter, WRITINGS } from './described.ts';
import type { NamedAt } from './named-in-text.ts';
import { isCiteVerb, isSayVerb, PRONOUN_WOULD, PRONOUNS, saysAfterModal } from './speech.ts';
import { subjectOf } from './speech-subject.ts';
import { unnamedHead } from './unnamed-speakers.ts';
import {
  afterAside,
  fromDocument,
  inWordsOf,
  jointly,
  quotedAsSaying,
  saysAfterApposition,
  saysAfterBody,
  unnamedSource,
  withTeam,
} from './speaker-phrases.ts';
import { ORG_DESCRIPTORS, ROLE_WORDS } from './titles.ts';

export type { Attribution, QuoteContext } from './attribution-context.ts';

/** A speaker named from token k on, within the attribution ("said the festival's director, Craig Prater"). */
function speakerFrom(ctx: QuoteContext, k: number, reach = 9): NamedAt | undefined {
  let body: NamedAt | undefined;
  for (let j = k; j < Math.min(k + reach, ctx.sentence[1]); j++) {
    const hit = ctx.named.find((n) => n.from === j && n.entity.type !== 'place');
    if (hit && hit.entity.type === 'person' && !qualifies(ctx, hit)) return hit;
    if (hit && !body && !qualifies(ctx, hit)) body = hit;
    if (hit) j = hit.to - 1;
    else if (ctx.tokens[j]!.text === '.' && ctx.tokens[j - 1]?.cap)
      continue; // "said Sen. Anna Cole", "said Dr. Cole"
    else if (!ctx.tokens[j]!.word && !/^[,'’()-]$/.test(ctx.tokens[j]!.text)) break;
    else if (/^(?:who|which|that|and|but|when|after|before|as|while)$/i.test(ctx.tokens[j]!.text)) break;
  }
  return body;
}

function skipPunctuation(ctx: QuoteContext, k: number): number {
  let j = k;
  while (j < ctx.sentence[1] && !ctx.tokens[j]!.word && !/[“"‘]/.test(ctx.tokens[j]!.text)) j++;
  return j;
}

const DASH = /^[—–]$/;

/** Attribution after the quotation: “…,” Putin said / said Putin / he said / according to … */
function after(ctx: QuoteContext, closeToken: number, openToken: number): Attribution | undefined {
  const j = skipPunctuation(ctx, closeToken);
  if (j >= ctx.sentence[1]) return undefined;
  const t = ctx.tokens[j]!;
  if (PRONOUNS.has(t.text) && isSayVerb(ctx.tokens[j + 1]?.text ?? '')) return pronoun(ctx, openToken, t.text);
  // "“…,” they said": several people speak together, none alone.
  if (t.text === 'they' && isSayVerb(ctx.tokens[j + 1]?.text ?? '')) return NONE;
  // "“…,” a spokesperson for the Kelby Harbour Trust said": the source is unnamed, not the body.
  const source = unnamedSource(ctx, j);
  if (source && ctx.tokens.slice(j, ctx.sentence[1]).some((x) => isSayVerb(x.text))) return source;
  // "…,” it said in a statement: the body the text was about, news outlets passed over.
  if (t.text === 'it' && isSayVerb(ctx.tokens[j + 1]?.text ?? ''))
    return { found: true, speaker: ctx.bodyBefore(openToken, false, true), at: undefined };
  // "…,” he will say / he later said / she has told.
  if (
    PRONOUNS.has(t.text) &&
    (AUXILIARIES.test(ctx.tokens[j + 1]?.text ?? '') || /^\p{Ll}+ly$/u.test(ctx.tokens[j + 1]?.text ?? '')) &&
    (isSayVerb(ctx.tokens[j + 2]?.text ?? '') || saysAfterModal(ctx.tokens, j + 2))
  )
    return pronoun(ctx, openToken, t.text);
  // "“…,” he would later reply".
  if (PRONOUNS.has(t.text) && saysAfterModal(ctx.tokens, j + 3)) return pronoun(ctx, openToken, t.text);
  // "“…,” she’d reply", "he’d later explain".
  if (PRONOUN_WOULD.test(t.text) && (saysAfterModal(ctx.tokens, j + 1) || saysAfterModal(ctx.tokens, j + 2)))
    return pronoun(ctx, openToken, t.text.slice(0, -2));
  // "“…,” the Kelby Courier quoted Anna Cole as saying": the one quoted, not the outlet.
  for (let k = j; k < Math.min(j + 10, ctx.sentence[1]); k++) {
    const quoted = lower(ctx.tokens[k]) === 'saying' ? quotedAsSaying(ctx, k) : undefined;
    if (quoted) return named(quoted);
  }
  // "“…,” read a statement from Acme Corp": the document speaks for whoever it is from.
  if (/^(?:read|reads|said|says)$/.test(lower(t)) && fromDocument(ctx, j + 1)) return accordingTo(ctx, j + 1, openToken);
  if (isSayVerb(t.text)) {
    const next = ctx.tokens[j + 1]?.text ?? '';
    if (PRONOUNS.has(next)) return pronoun(ctx, openToken, next);
    if (next === 'they') return NONE;
    // "said an aide to Anna Cole": an unnamed source.
    const source = unnamedSource(ctx, j + 1);
    if (source) return source;
    const hit = speakerFrom(ctx, j + 1);
    if (hit) return named(hit);
    // "said the chancellor", "said the 45-year-old": a person the text named before.
    const after = described(ctx, j + 1, openToken) ?? describedAfter(ctx, j + 1, openToken);
    return after?.speaker?.type === 'person' ? after : described(ctx, j + 1, openToken);
  }
  // "“…” — Anna Cole": a pull quote, epigraph or post signed with a dash.
  if (ctx.tokens.slice(closeToken, j).some((x) => DASH.test(x.text))) {
    const signed = speakerFrom(ctx, j, 3);
    if (signed?.from === j) return named(signed);
  }
  // "“…,” Anna Cole’s husband said": someone the name only qualifies, whom the text does not name.
  const owner = ctx.named.find((n) => n.from === j);
  if (owner && qualifies(ctx, owner) && isSayVerb(ctx.tokens[owner.to + 1]?.text ?? '')) return NONE;
  const hit = speakerFrom(ctx, j, 6);
  if (hit) {
    // "Anna Cole and Tom Reed said in a joint statement": several speakers, none alone.
    if (jointly(ctx, hit)) return NONE;
    let v = skipPunctuation(ctx, afterAside(ctx, hit.to));
    if (AUXILIARIES.test(ctx.tokens[v]?.text ?? '')) v++;
    // "Brooke tearfully asked", "Bublik said, jokingly": an adverb between name and verb.
    if (/^\p{Ll}+ly$/u.test(ctx.tokens[v]?.text ?? '') && isSayVerb(ctx.tokens[v + 1]?.text ?? '')) v++;
    if (isSayVerb(ctx.tokens[v]?.text ?? '') || saysAfterModal(ctx.tokens, v) || saysAfterModal(ctx.tokens, v + 1)) return named(hit);
    // "“…,” Tom Reed was told by Anna Cole": the one who told.
    if (/^(?:was|were)$/.test(lower(ctx.tokens[v])) && lower(ctx.tokens[v + 1]) === 'told' && lower(ctx.tokens[v + 2]) === 'by') {
      const teller = speakerFrom(ctx, v + 3, 4);
      if (teller) return named(teller);
    }
    // "Anna Cole was quoted as saying".
    if (/^(?:was|is|were)$/.test(lower(ctx.tokens[v])) && lower(ctx.tokens[v + 1]) === 'quoted' && lower(ctx.tokens[v + 3]) === 'saying')
      return named(hit);
    // "Anna Cole and her team wrote": the one named leads the others.
    if (hit.entity.type === 'person' && withTeam(ctx, v)) return named(hit);
    // "Anna Cole of the Kelby Harbour Trust said": a person's body between name and verb.
    if (hit.entity.type === 'person' && saysAfterBody(ctx, v)) return named(hit);
    // "Steve Clarke, deputy administrator for exploration at the agency, said": an apposition.
    if (hit.entity.type === 'person' && ctx.tokens[hit.to]?.text === ',' && saysAfterApposition(ctx, hit.to + 1)) return named(hit);
    // "the World Bank report said"; "a BBC spokesman said" names no one.
    if (hit.entity.type === 'organization' && ctx.tokens[v]?.word && isSayVerb(ctx.tokens[v + 1]?.text ?? '')) {
      return UNNAMED.has(lower(ctx.tokens[v])) || ROLE_WORDS.has(lower(ctx.tokens[v])) ? NONE : named(hit);
    }
  }
  if (lower(t) === 'according' && lower(ctx.tokens[j + 1]) === 'to') return accordingTo(ctx, j + 2, openToken);
  // "“…,” per Anna Cole": American copy's short "according to".
  if (lower(t) === 'per' && t.text === 'per') return accordingTo(ctx, j + 1, openToken);
  return described(ctx, j, openToken);
}

/**
 * "according to Tom Reed", "according to a statement from the Harbour Trust", "according to
 * him", "according to the harbour master"; "according to reports" names no one.
 */
function accordingTo(ctx: QuoteContext, k: number, openToken: number): Attribution {
  const person = ctx.named.find((n) => n.from >= k && n.from < ctx.sentence[1] && n.entity.type === 'person');
  if (person) return named(person);
  const body = speakerFrom(ctx, k);
  if (body) return named(body);
  const object = lower(ctx.tokens[k]);
  if (object === 'him' || object === 'her') return pronoun(ctx, openToken, object === 'him' ? 'he' : 'she');
  return describedAfter(ctx, k, openToken) ?? NONE;
}

/** "the study published in the journal X argued": a name inside a phrase is not the subject. */
function inPhrase(ctx: QuoteContext, at: number): boolean {
  let k = at - 1;
  if (ctx.tokens[k]?.word && !ctx.tokens[k]!.cap && ORG_DESCRIPTORS.has(lower(ctx.tokens[k]))) k--;
  if (lower(ctx.tokens[k]) === 'the') k--;
  return /^(?:in|of|at|from|by|with|for|on|to)$/.test(lower(ctx.tokens[k]));
}

// How far into the clause a verb of saying reports a few quoted words may stand from the verb.
const CLAUSE_REACH = 20;

/** "said that …", "told MPs the …", "warned it …": a verb of saying whose reported clause follows it. */
function opensClause(ctx: QuoteContext, verb: number): boolean {
  if (!isSayVerb(ctx.tokens[verb]!.text)) return false;
  const next = lower(ctx.tokens[verb + 1]);
  return /^(?:that|it|there|he|she|they|we|the|a|an|his|her|its|their|this|these)$/.test(next);
}

/** Attribution before the quotation, in the same sentence: Xi said, “…” / X called Y “…”. */
function before(ctx: QuoteContext, openToken: number, short: boolean): Attribution | undefined {
  const from = ctx.sentence[0];
  // "As Anna Cole put it, “…”", "In her words, “…”".
  const words = inWordsOf(ctx, openToken);
  if (words?.named) return qualifies(ctx, words.named) ? NONE : named(words.named);
  if (words?.pronoun) return pronoun(ctx, openToken, words.pronoun);
  if (words) return NONE;
  let verb = -1;
  for (let k = openToken - 1; k >= from && verb < 0; k--) if (isCiteVerb(ctx.tokens[k]!.text) || saysAfterModal(ctx.tokens, k)) verb = k;
  // "According to Tom Reed, the port is “…”".
  if (verb < 0 && lower(ctx.tokens[from]) === 'according' && lower(ctx.tokens[from + 1]) === 'to')
    return accordingTo(ctx, from + 2, openToken);
  // "Anna Cole’s statement read: “…”": a writing reads what its writer says.
  const reads = ctx.tokens[openToken - 1]?.text === ':' || ctx.tokens[openToken - 1]?.text === ',' ? openToken - 2 : -1;
  if (verb < 0 && /^(?:read|reads)$/.test(lower(ctx.tokens[reads])) && WRITINGS.has(lower(ctx.tokens[reads - 1])) && reads > from)
    return subjectOf(ctx, reads, openToken);
  if (verb < 0) return introducedByColon(ctx, openToken);
  const quoted = quotedAsSaying(ctx, verb);
  if (quoted) return named(quoted);
  // "Said Anna Cole: “…”": the verb opens the sentence, the speaker follows it.
  if (verb === from && isSayVerb(ctx.tokens[verb]!.text)) {
    const inverted = speakerFrom(ctx, verb + 1);
    const source = unnamedSource(ctx, verb + 1);
    if (source || inverted) return source ?? named(inverted!);
  }
  // "“The port,” said Anna Cole, “will stay open.”": a quotation resumed after the name that follows its verb.
  const resumed = isSayVerb(ctx.tokens[verb]!.text) && ctx.tokens[openToken - 1]?.text === ',' ? speakerFrom(ctx, verb + 1) : undefined;
  if (resumed && resumed.to === openToken - 1) return named(resumed);
  // A few quoted words far from any verb of saying are a slogan or a name, not a quotation; a
  // verb that opens a reported clause carries them to its end ("said it opposed … an “epidemic”").
  if (short && openToken - verb > (opensClause(ctx, verb) ? CLAUSE_REACH : 12)) return undefined;
  // The subject next to a verb of saying, the nearest verb first: "Asked about X, Anna Cole said".
  for (let v = verb; v >= from; v--) {
    if (!isCiteVerb(ctx.tokens[v]!.text) && !saysAfterModal(ctx.tokens, v)) continue;
    // "the letter Mike wrote was “…”": a verb of saying in a clause that qualifies a noun.
    if (/^(?:was|is|were|are)$/.test(lower(ctx.tokens[v + 1])) && v + 1 < openToken) continue;
    const subject = subjectOf(ctx, v, openToken);
    if (subject) return subject;
  }
  // "A spokesman for the World Summit, which met in Geneva, told …": an unnamed source opens the sentence.
  const source = unnamedHead(ctx.tokens, from, verb);
  if (source >= 0 && !ctx.named.some((n) => n.from >= from && n.from < source && n.entity.type === 'person')) return NONE;
  // Else the first person named before the verb, unless it only qualifies someone unnamed; a
  // possessive ("Mr Reed's plans") is the object's owner, not the subject.
  const names = ctx.named.filter((n) => n.from >= from && n.from < verb && n.entity.type !== 'place');
  const person = names.find((n) => n.entity.type === 'person' && (!ctx.tokens[n.to - 1]!.possessive || qualifies(ctx, n)));
  const pronounAt = ctx.tokens.slice(from, verb).findIndex((t) => PRONOUNS.has(t.text));
  if (person && (pronounAt < 0 || person.from < from + pronounAt)) return qualifies(ctx, person) ? NONE : named(person);
  if (pronounAt >= 0) return pronoun(ctx, openToken, ctx.tokens[from + pronounAt]!.text);
  // A body speaks only as the plain subject: "Microsoft said …", not "in a Kremlin hall … called".
  const body = names.find((n) => (n.to === verb && !inPhrase(ctx, n.from)) || n.from <= from + 1);
  // "The Tory leader said": a body that qualifies a role describes a person, as "the leader said" would.
  if (body) return qualifies(ctx, body) ? (described(ctx, from, openToken) ?? NONE) : named(body);
  return described(ctx, from, openToken) ?? { found: false, speaker: null, at: undefined };
}

/**
 * "Anna Cole put it simply: “…”", "She was blunt: “…”": a sentence that opens with a person and
 * ends in a colon introduces their words, with or without a verb of saying.
 */
function introducedByColon(ctx: QuoteContext, openToken: number): Attribution | undefined {
  if (ctx.tokens[openToken - 1]?.text !== ':') return undefined;
  const from = ctx.sentence[0];
  const subject = ctx.named.find((n) => n.from === from && n.entity.type === 'person' && !ctx.tokens[n.to - 1]!.possessive);
  if (subject) return named(subject);
  // "The harbour master, Anna Cole, was blunt: “…”": the name in apposition to a description opening the sentence.
  const first = ctx.named.find((n) => n.from > from && n.from < openToken && n.entity.type !== 'place');
  if (
    first?.entity.type === 'person' &&
    /^(?:the|a|an|his|her|its|their)$/.test(lower(ctx.tokens[from])) &&
    ctx.tokens[first.from - 1]?.text === ',' &&
    ctx.tokens[first.to]?.text === ',' &&
    !ctx.tokens.slice(from, first.from).some((t) => t.text === ',' && t !== ctx.tokens[first.from - 1])
  )
    return named(first);
  return PRONOUNS.has(ctx.tokens[from]!.text) ? pronoun(ctx, openToken, ctx.tokens[from]!.text) : undefined;
}

/** Direct when the quotation opens the sentence or follows "said," or a colon; else partial. */
export function kindOf(ctx: QuoteContext, openToken: number): 'direct' | 'partial' {
  const pre = ctx.tokens.slice(ctx.sentence[0], openToken);
  const last = pre.at(-1);
  if (!last || last.text === ':') return 'direct';
  const lastWord = [...pre].reverse().find((t) => t.word);
  if (lastWord && isSayVerb(lastWord.text) && (last === lastWord || last.text === ',')) return 'direct';
  return 'partial';
}

/**
 * The attribution of the quotation whose marks are at tokens `openToken` and just before
 * `closeToken`, or undefined when its sentence attributes it to no one (a scare quote or the
 * continuation of an earlier quotation). `short`: a few words only, which need a verb of saying
 * close by to count as a quotation.
 */
export function attribute(ctx: QuoteContext, openToken: number, closeToken: number, short: boolean): Attribution | undefined {
  const found = after(ctx, closeToken, openToken) ?? before(ctx, openToken, short);
  if (found) return found;
  // "…” is what Putin said": a speaker named later in the sentence; "… “unexplained,” and …, he added".
  for (let k = closeToken; k < ctx.sentence[1]; k++) {
    const hit = ctx.named.find((n) => n.from === k && n.entity.type === 'person');
    if (hit && isSayVerb(ctx.tokens[hit.to]?.text ?? '')) return named(hit);
    const t = ctx.tokens[k]!;
    if (PRONOUNS.has(t.text) && ctx.tokens[k - 1]?.text === ',' && isSayVerb(ctx.tokens[k + 1]?.text ?? '') && k + 3 >= ctx.sentence[1])
      return pronoun(ctx, openToken, t.text);
  }
  return closingClause(ctx, closeToken, openToken);
}

// How many tokens a clause of saying at a sentence's end may hold ("a spokesman for the council said on Friday").
const CLOSING_REACH = 12;

/**
 * "The port is “the heart of the town” and will stay open, a spokesman said.": reported speech
 * whose clause of saying closes the sentence, after the last comma, with no quotation in it.
 */
function closingClause(ctx: QuoteContext, closeToken: number, openToken: number): Attribution | undefined {
  const end = ctx.sentence[1];
  let comma = -1;
  for (let k = end - 1; k >= closeToken && comma < 0; k--) if (ctx.tokens[k]!.text === ',') comma = k;
  if (comma < 0 || end - comma > CLOSING_REACH || ctx.tokens.slice(comma, end).some((t) => /[“”"]/.test(t.text))) return undefined;
  const first = comma + 1;
  if (isSayVerb(ctx.tokens[first]?.text ?? '')) {
    // "…, told BBC News.": the name after "told" is the listener, never the speaker.
    if (/^(?:told|tells)$/.test(lower(ctx.tokens[first]))) return NONE;
    const hit = speakerFrom(ctx, first + 1);
    return hit ? named(hit) : describedAfter(ctx, first + 1, openToken);
  }
  for (let v = first + 1; v < end; v++) if (isSayVerb(ctx.tokens[v]!.text)) return subjectOf(ctx, v, openToken);
  return undefined;
}
