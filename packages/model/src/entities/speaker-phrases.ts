/**
 * @module
 * Phrases between a speaker's name and the verb of saying, or around them, that attribution reads
 * past or reads as a whole: an apposition ("Anna Cole, 45, of Springfield, Ohio, said"), a
 * lawmaker's party and state, "of the Kelby Harbour Trust said", "and her team wrote", two names
 * speaking together, "a statement from …", "quoted X as saying".
 */
import { type Attribution, AUXILIARIES, lower, NONE, named, type QuoteContext, UNNAMED } from './attribution-context.ts';
import { WRITINGS } from './described.ts';
import type { NamedAt } from './named-in-text.ts';
import { isSayVerb } from './speech.ts';
import { ROLE_WORDS } from './titles.ts';

/**
 * Whether an apposition from token k (in lower case, or opened by a possessive) closes with a comma
 * and a verb of saying.
 *
 * @example
 * // 'Anna Cole, 45, of Springfield, Ohio, said' from the token after the first comma → true
 */
export function saysAfterApposition(ctx: QuoteContext, k: number): boolean {
  // "Thomas Zurbuchen, NASA's associate administrator, said": a possessive may open it; so may a
  // body before a role in lower case ("Tom Reed, Acme spokesman, told").
  const owner = ctx.named.find((n) => n.from === k);
  const bodysRole = owner?.entity.type === 'organization' && ROLE_WORDS.has(ctx.tokens[owner.to]?.text ?? '');
  if (ctx.tokens[k]?.cap && !ctx.tokens[(owner?.to ?? k + 1) - 1]!.possessive && !bodysRole) return false;
  for (let j = k; j < Math.min(k + APPOSITION_REACH, ctx.sentence[1]); j++) {
    const t = ctx.tokens[j]!;
    // "Anna Cole, 45, of Springfield, said": a hometown after the age.
    let home = t.text === ',' && /^(?:of|from)$/.test(lower(ctx.tokens[j + 1])) ? placeAt(ctx, j + 2) : undefined;
    // "of Springfield, Ohio,": a town and its state.
    const state = home && ctx.tokens[home.to]?.text === ',' ? placeAt(ctx, home.to + 1) : undefined;
    if (state && ctx.tokens[state.to]?.text === ',') home = state;
    if (home && ctx.tokens[home.to]?.text === ',') {
      j = home.to - 1;
      continue;
    }
    if (t.text === ',') {
      if (
        isSayVerb(ctx.tokens[j + 1]?.text ?? '') ||
        (AUXILIARIES.test(ctx.tokens[j + 1]?.text ?? '') && isSayVerb(ctx.tokens[j + 2]?.text ?? ''))
      )
        return true;
      // "a scientist at the Centre for Ports, Docks, and Harbours, said": a description may hold
      // commas of its own (a list of fields, a second workplace); a clause ends it.
      if (j > k && /^\p{Ll}/u.test(ctx.tokens[k]!.text) === false && !owner) return false;
      continue;
    }
    // "Tom Reed, Acme's chief executive said": a role closes it without its comma.
    if (j > k && ROLE_WORDS.has(t.text) && isSayVerb(ctx.tokens[j + 1]?.text ?? '')) return true;
    if (APPOSITION_STOP.test(lower(t))) return false;
    if (!t.word && !/^(?:[-'’&.()]|\d+)$/.test(t.text)) return false;
  }
  return false;
}

// How many tokens an apposition may hold: "an engineer at the Kelby Harbour Trust in Springfield, Ohio, and Dunmore University in Leeds".
const APPOSITION_REACH = 30;
// Words that open a clause or stand for someone else: past them the commas are not the apposition's.
const APPOSITION_STOP = /^(?:who|whom|whose|which|that|where|when|while|because|but|he|she|they|it|we|i|you)$/;

const placeAt = (ctx: QuoteContext, k: number): NamedAt | undefined => ctx.named.find((n) => n.from === k && n.entity.type === 'place');

// How many tokens an aside between a name and its verb may hold.
const ASIDE_REACH = 20;

// A party and state after a lawmaker's name: "R-Texas", "D-Calif.", "I-Vt.".
const PARTY_STATE = /^[RDI]-\p{Lu}/u;

/**
 * The token after a short aside that follows a name and comes before the verb: a bracket ("Anna
 * Cole (D-Calif.) said", "Cole (pictured) said") or a party and state (", R-Texas, said").
 *
 * @example
 * // 'Anna Cole (D-Calif.) said' from the bracket → the index of 'said'
 */
export function afterAside(ctx: QuoteContext, k: number): number {
  // "Anna Cole — who runs the trust — said", "Anna Cole, who founded it in 1990, told …": an
  // aside set off by dashes, or a relative clause between commas.
  const mark = ctx.tokens[k]?.text ?? '';
  if ((/^[—–]$/.test(mark) || (mark === ',' && /^(?:who|whose)$/.test(lower(ctx.tokens[k + 1])))) && k + 1 < ctx.sentence[1]) {
    const close = mark === ',' ? ',' : mark;
    for (let j = k + 2; j < Math.min(k + ASIDE_REACH, ctx.sentence[1]); j++) {
      const t = ctx.tokens[j]!.text;
      if (/[“”"]/.test(t)) break;
      if (t === close) return j + 1;
    }
  }
  if (ctx.tokens[k]?.text === '(') {
    for (let j = k + 1; j < Math.min(k + 6, ctx.sentence[1]); j++) if (ctx.tokens[j]!.text === ')') return j + 1;
    return k;
  }
  if (ctx.tokens[k]?.text === ',' && PARTY_STATE.test(ctx.tokens[k + 1]?.text ?? '')) {
    let j = k + 2;
    if (ctx.tokens[j]?.text === '.') j++;
    return ctx.tokens[j]?.text === ',' ? j + 1 : k;
  }
  return k;
}

/**
 * Whether "and her team said", "and colleagues wrote" runs from token k.
 *
 * @example
 * // 'Anna Cole and her team wrote' from 'and' → true
 */
export function withTeam(ctx: QuoteContext, k: number): boolean {
  if (lower(ctx.tokens[k]) !== 'and') return false;
  let j = k + 1;
  if (/^(?:his|her|their)$/.test(lower(ctx.tokens[j]))) j++;
  if (!/^(?:team|colleagues|co-authors|coauthors|collaborators)$/.test(lower(ctx.tokens[j]))) return false;
  if (AUXILIARIES.test(ctx.tokens[j + 1]?.text ?? '')) j++;
  return isSayVerb(ctx.tokens[j + 1]?.text ?? '');
}

/**
 * Whether "a statement from …" opens at token k.
 *
 * @example
 * // '“…,” read a statement from Acme Corp' from 'a' → true
 */
export function fromDocument(ctx: QuoteContext, k: number): boolean {
  return /^(?:a|the)$/.test(lower(ctx.tokens[k])) && WRITINGS.has(lower(ctx.tokens[k + 1])) && lower(ctx.tokens[k + 2]) === 'from';
}

/**
 * Whether `first` and another name joined by "and" are the subject of a verb of saying.
 *
 * @example
 * // 'Anna Cole and Tom Reed said' with Anna Cole → true
 */
export function jointly(ctx: QuoteContext, first: NamedAt): boolean {
  if (lower(ctx.tokens[first.to]) !== 'and') return false;
  const second = ctx.named.find((n) => n.from === first.to + 1 && n.entity.type === first.entity.type);
  if (!second) return false;
  let v = second.to;
  if (AUXILIARIES.test(ctx.tokens[v]?.text ?? '')) v++;
  return isSayVerb(ctx.tokens[v]?.text ?? '');
}

/**
 * Whether "of the Kelby Harbour Trust said" runs from token k: a preposition, a body's name, a verb of saying.
 *
 * @example
 * // 'Anna Cole of the Kelby Harbour Trust said' from 'of' → true
 */
export function saysAfterBody(ctx: QuoteContext, k: number): boolean {
  if (!/^(?:of|at|from|with)$/.test(lower(ctx.tokens[k]))) return false;
  let j = k + 1;
  if (lower(ctx.tokens[j]) === 'the') j++;
  const body = ctx.named.find((n) => n.from === j && n.entity.type !== 'person');
  if (!body) return false;
  let v = body.to;
  // "Anna Cole from the Kelby Harbour Trust, told": a comma may close the body.
  if (ctx.tokens[v]?.text === ',') v++;
  if (AUXILIARIES.test(ctx.tokens[v]?.text ?? '')) v++;
  return isSayVerb(ctx.tokens[v]?.text ?? '');
}
/**
 * "Reed quoted Anna Cole as saying “…”": the name between "quoted" and "as saying" at token `verb`.
 *
 * @example
 * // 'Reed quoted Anna Cole as saying “…”' at 'saying' → Anna Cole
 */
export function quotedAsSaying(ctx: QuoteContext, verb: number): NamedAt | undefined {
  if (lower(ctx.tokens[verb]) !== 'saying' || lower(ctx.tokens[verb - 1]) !== 'as') return undefined;
  const hit = ctx.named.find((n) => n.to === verb - 1 && n.entity.type !== 'place');
  return hit && lower(ctx.tokens[hit.from - 1]) === 'quoted' ? hit : undefined;
}

// How many words may stand between the article and the head of an unnamed source ("a senior BBC spokesman").
const SOURCE_REACH = 4;

/**
 * The speaker when a source the text does not name opens at token k ("a spokesperson for the Kelby
 * Harbour Trust", "an aide to Anna Cole"): no one, since the body or person after "for" or "to" is
 * whom the source speaks for, not who spoke; or the person named in apposition ("a spokesman for
 * the trust, Anna Cole, said"). Undefined when no such source opens there.
 *
 * @example
 * // '“…,” a spokesperson for the Kelby Harbour Trust said' from 'a' → NONE
 */
export function unnamedSource(ctx: QuoteContext, k: number): Attribution | undefined {
  if (!/^(?:a|an|another|the|one)$/.test(lower(ctx.tokens[k]))) return undefined;
  for (let j = k + 1; j < Math.min(k + SOURCE_REACH, ctx.sentence[1]); j++) {
    const t = ctx.tokens[j]!;
    if (!t.word) return undefined;
    if (!UNNAMED.has(lower(t))) continue;
    const apposed = ctx.named.find(
      (n) => n.from > j && n.from < ctx.sentence[1] && n.entity.type === 'person' && ctx.tokens[n.from - 1]?.text === ',',
    );
    if (apposed) return named(apposed);
    // "the spokeswoman said" after "Anna Cole, a spokeswoman for the trust,": the one the text named so.
    const known = lower(ctx.tokens[k]) === 'the' && j === k + 1 ? ctx.personCalled(lower(t)) : null;
    return known ? { found: true, speaker: known, at: undefined } : NONE;
  }
  return undefined;
}

/**
 * "As Anna Cole put it, “…”", "In Anna Cole’s words, “…”", "in the words of Anna Cole": phrases
 * that hand the sentence's quotation to a speaker without a verb of saying. The named speaker, a
 * pronoun to resolve ("as she put it"), or undefined when the sentence before `open` has none.
 *
 * @example
 * // 'As Anna Cole put it, “…”' → { named: Anna Cole }; 'In his words, “…”' → { pronoun: 'he' }
 */
export function inWordsOf(ctx: QuoteContext, open: number): { named?: NamedAt; pronoun?: string } | undefined {
  // {} (neither named nor a pronoun): the words of someone the text does not name.
  for (let k = ctx.sentence[0]; k < open; k++) {
    const word = lower(ctx.tokens[k]);
    if (word !== 'as' && word !== 'in') continue;
    // "In Dr. Cole's words": a title before the name.
    const at = ctx.tokens[k + 2]?.text === '.' && ctx.tokens[k + 1]?.cap ? k + 3 : k + 1;
    if (word === 'as') {
      const n = ctx.named.find((m) => m.from === at && m.entity.type !== 'place');
      const end = n ? n.to : k + 2;
      const said = /^(?:put|puts)$/.test(lower(ctx.tokens[end])) && lower(ctx.tokens[end + 1]) === 'it';
      // "as Cole explained, “…”": a verb of saying closing the phrase, after a name.
      if (n && isSayVerb(ctx.tokens[end]?.text ?? '') && ctx.tokens[end + 1]?.text === ',') return { named: n };
      if (said && n) return { named: n };
      if (said && /^(?:he|she)$/.test(lower(ctx.tokens[k + 1]))) return { pronoun: lower(ctx.tokens[k + 1]) };
    }
    if (word !== 'in') continue;
    if (lower(ctx.tokens[k + 1]) === 'the' && lower(ctx.tokens[k + 2]) === 'words' && lower(ctx.tokens[k + 3]) === 'of') {
      const n = ctx.named.find((m) => m.from === k + 4 && m.entity.type !== 'place');
      if (n) return { named: n };
      // "in the words of the patient": someone the text does not name.
      if (/^(?:the|a|an|one)$/.test(lower(ctx.tokens[k + 4]))) return {};
    }
    const owner = ctx.named.find((m) => m.from === at && m.entity.type !== 'place' && ctx.tokens[m.to - 1]!.possessive);
    if (owner && lower(ctx.tokens[owner.to]) === 'words') return { named: owner };
    const his = lower(ctx.tokens[k + 1]);
    if ((his === 'his' || his === 'her') && lower(ctx.tokens[k + 2]) === 'words') return { pronoun: his === 'his' ? 'he' : 'she' };
  }
  return undefined;
}
