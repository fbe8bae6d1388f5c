/**
 * @module
 * `extractEntities`: the people, places and organisations an article names, each with how often
 * and where it is first named, merged by name variant within the article.
 */
import type { Block } from '../block.ts';
import { blockText } from '../block-text.ts';
import { slugify } from '../slugify.ts';
import { lowerCaseHead } from './body-cues.ts';
import { signsQuotation } from './body-context.ts';
import { classify } from './classify.ts';
import { datelinePlaces, townsWithStates } from './dateline.ts';
import type { EntityType, Mention } from './entity.ts';
import { guessType } from './guess.ts';
import { creditedOutlet } from './source-cues.ts';
import { isDictionaryWord, isFirstName, knownName, nameKey, weakName } from './names.ts';
import { type Occurrence, type ResolvedEntity, resolve } from './resolve.ts';
import { settle } from './settle.ts';
import { fillLists } from './list-members.ts';
import { initialled, modelNumber, personByContext } from './name-cues.ts';
import { isTeamSheet, playerAt } from './team-sheets.ts';
import { listedBodies } from './listed-bodies.ts';
import { partyTagStates } from './party-tags.ts';
import { townsBeforeStateNames } from './town-state-names.ts';
import { findCandidates } from './spans.ts';
import { koreanName, type Token, tokenize } from './tokenize.ts';
import { townsAsTeams } from './team-towns.ts';
import { townsOfNicknames } from './town-sides.ts';
import { isShortHouse, keepShortHouse, shortHouse } from './us-house.ts';

/** The parts of an article the extractors read. */
export interface EntitySource {
  readonly headline: string;
  readonly body: readonly Block[];
}

/** A block's plain text with its tokens, computed once and shared by both extractors. */
export interface TextUnit {
  readonly block: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** A headline or heading: capitals there mark style, not names. */
  readonly titleCase: boolean;
  /** A block quotation, set apart from the text, and who the page says it is by, if anyone. */
  readonly setApart?: { readonly attribution: string | undefined };
  /** A picture's caption: set beside the text, not part of its flow. */
  readonly figure?: boolean;
}

/**
 * A heading written as a sentence ("Her mother issued a plea for calm."), as pages mark up
 * paragraphs in bold: six words or more, most after the first in lower case. Its capitals mark names.
 */
function sentenceCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word).slice(1);
  return words.length >= 5 && words.filter((t) => !t.cap).length >= words.length * 0.6;
}

/** The text units of an article: the headline as block -1, then the body blocks. */
export function textUnits(article: EntitySource): TextUnit[] {
  const units: TextUnit[] = [{ block: -1, text: article.headline, tokens: tokenize(article.headline), titleCase: true }];
  article.body.forEach((block, index) => {
    const text = blockText(block);
    if (text === '') return;
    const tokens = tokenize(text);
    const unit = { block: index, text, tokens, titleCase: block.type === 'heading' && !sentenceCase(tokens) };
    units.push(
      block.type === 'quote'
        ? { ...unit, setApart: { attribution: block.attribution } }
        : block.type === 'image'
          ? { ...unit, figure: true }
          : unit,
    );
  });
  return units;
}

/** "Michigan" in "Eastern Michigan", "Bilbao" in "Athletic Bilbao": a word known as a place. */
const namesPlace = (word: string): boolean => (knownName(word) ?? weakName(word))?.type === 'place';

function occurrencesIn(unit: TextUnit, works: Set<string>, things: Set<string>): Occurrence[] {
  const out: Occurrence[] = [];
  const openers = new Set<Occurrence>();
  // Where titles of works were written, which a list of works holds beside its undecided names.
  const titles: Array<[number, number]> = [];
  const push = (
    start: number,
    end: number,
    name: string,
    words: readonly string[],
    type: EntityType | undefined,
    role?: string,
    hint?: EntityType,
    titled = false,
    opener = true,
  ): void => {
    out.push({
      block: unit.block,
      start,
      end,
      name,
      words,
      type,
      role,
      matchOnly: unit.titleCase,
      hint,
      titled,
      opener: opener || unit.titleCase,
    });
  };
  // "ST. JOSEPH, Mich. (AP) —": the dateline's places, which its capitals or abbreviations hide.
  const opening = unit.block >= 0 && !unit.titleCase ? datelinePlaces(unit.text) : [];
  const after = opening.at(-1)?.end ?? 0;
  const dateline = unit.titleCase
    ? opening
    : [
        ...opening,
        ...townsWithStates(unit.text).filter((p) => p.start >= after),
        ...partyTagStates(unit.text),
        ...townsBeforeStateNames(unit.text),
      ];
  for (const d of dateline) push(d.start, d.end, d.name, d.name.split(' '), 'place', undefined, undefined, false, false);
  // "Department for Media, Culture and Sport": one body, though commas cut its run of capitals.
  const listed = unit.titleCase ? [] : listedBodies(unit.text);
  for (const b of listed) push(b.start, b.end, b.name, b.name.split(' '), 'organization', undefined, undefined, false, false);
  const taken = [...dateline, ...listed];
  const inTaken = (c: { start: number; end: number }): boolean => taken.some((d) => c.start < d.end && c.end > d.start);
  const sheet = !unit.titleCase && isTeamSheet(unit.text);
  for (const c of findCandidates(unit.tokens, unit.text)) {
    if (inTaken(c)) continue;
    // "C Doyle (capt)" in a line-up: a player, whom no other cue names.
    const player = sheet ? playerAt(c, unit.tokens, unit.text) : undefined;
    if (player) {
      const { start, name, words } = player;
      out.push({
        block: unit.block,
        start,
        end: c.end,
        name,
        words,
        type: 'person',
        role: undefined,
        matchOnly: false,
        hint: undefined,
        titled: false,
        opener: false,
        lineUp: true,
      });
      continue;
    }
    // In title case every word is capitalised: try the words one by one against known names.
    if (unit.titleCase && !knownName(c.name)) {
      for (let k = c.first; k < c.next; k++) {
        const t = unit.tokens[k]!;
        if (t.word && t.cap) push(t.start, t.end, t.text, [t.text], knownName(t.text)?.type);
      }
      continue;
    }
    // "China-Russia": a compound of known places names each of them.
    const parts = c.words.length === 1 ? c.name.split('-') : [];
    if (parts.length > 1 && parts.every((p) => knownName(p))) {
      let at = c.start;
      for (const p of parts) {
        push(at, at + p.length, p, [p], knownName(p)!.type);
        at += p.length + 1;
      }
      continue;
    }
    // "(AP Photo/…)": an outlet's credit names the outlet.
    if (creditedOutlet(c.words)) {
      const outlet = c.words[0]!;
      push(c.start, c.start + outlet.length, outlet, [outlet], 'organization', undefined, undefined, false, c.opener);
      continue;
    }
    // "West Mercia police": the force, not the county.
    const head = lowerCaseHead(c, unit.tokens);
    if (head) {
      const name = `${c.name} ${head}`;
      push(c.start, unit.tokens[c.next]!.end, name, [...c.words, head], 'organization', undefined, undefined, false, c.opener);
      continue;
    }
    // "Raspberry Pi 3 is", "Galaxy Note 7 phones": a name of two words or more with a model number
    // and then lower-case words is a product's, and so is the name without the number.
    if (modelNumber(c, unit.tokens)) {
      works.add(nameKey(c.words.slice(0, -1).join(' ')));
      continue;
    }
    if (isShortHouse(c, unit.tokens)) {
      out.push(
        shortHouse({
          block: unit.block,
          start: c.start,
          end: c.end,
          words: c.words,
          role: undefined,
          matchOnly: false,
          hint: undefined,
          titled: false,
          opener: false,
        }),
      );
      continue;
    }
    const v = classify(c, unit.tokens, unit.text);
    if (v.work) works.add(nameKey(c.name));
    if (v.work && v.none) titles.push([c.start, c.end]);
    // "SUVs" makes "SUV" a thing's initials too.
    if (v.thing) things.add(nameKey(c.name.replace(/(?<=\p{Lu})s$/u, '')));
    if (v.none) continue;
    // "the High Commissioner for Human Rights said": a phrase of common words only, with no title
    // before it, names no person, whatever verb follows it.
    // "Athletic Bilbao keeper …": a name that ends in a place and opens with no given name is a
    // club's, a college's or a region's, not a person's.
    const plain =
      !c.titled &&
      c.words.length > 1 &&
      (c.words.every(isDictionaryWord) || (namesPlace(c.words.at(-1)!) && !isFirstName(c.words[0]!) && !knownName(c.name)));
    const type =
      plain && v.type === 'person'
        ? undefined
        : (v.type ?? (initialled(c.words) || koreanName(c.words) || personByContext(c, unit.tokens) ? 'person' : undefined));
    const hint = plain && v.hint === 'person' ? undefined : v.hint;
    // "[Wired]" signing a quotation: the bracket, not a sentence, puts the capital there.
    const opener = c.opener && !signsQuotation(c, unit.tokens);
    push(c.start, c.end, c.name, c.words, type, c.role, hint, c.titled, opener);
    if (opener && c.words.length === 1) openers.add(out.at(-1)!);
  }
  // The places before a state ("Toronto, ON") were taken first: lists are read in the text's order.
  if (!unit.titleCase) fillLists(dateline.length > 0 ? out.sort((a, b) => a.start - b.start) : out, openers, unit.text, titles);
  return out;
}

/** Entities with every occurrence, for the quote extractor and `enrich`. */
export function resolveEntities(units: readonly TextUnit[]): ResolvedEntity[] {
  const works = new Set<string>();
  const things = new Set<string>();
  const occurrences = townsOfNicknames(townsAsTeams(keepShortHouse(units.flatMap((unit) => occurrencesIn(unit, works, things)))));
  // A name the story writes once as a title is a title wherever it is written; initials written
  // once as a thing's ("the CLPS programme") are a thing's wherever no context makes them a body.
  if (things.size > 0) {
    for (const o of occurrences) if (o.type !== undefined) things.delete(nameKey(o.name));
    for (const w of things) works.add(w);
  }
  const named = works.size === 0 ? occurrences : occurrences.filter((o) => !works.has(nameKey(o.name)));
  return settle(resolve(named, guessType));
}

/** Mentions from resolved entities: most named first, then in reading order. */
export function toMentions(entities: readonly ResolvedEntity[]): Mention[] {
  const mentions = entities.map((e): Mention => {
    const first = e.occurrences[0]!;
    return {
      entity: { type: e.type, name: e.name, slug: slugify(e.name) },
      count: e.occurrences.length,
      firstPosition: { block: first.block, offset: first.start },
    };
  });
  return mentions.sort(
    (a, b) => b.count - a.count || a.firstPosition.block - b.firstPosition.block || a.firstPosition.offset - b.firstPosition.offset,
  );
}

/**
 * The people, places and organisations named in an article. Variants of a name are merged ("Xi"
 * is Xi Jinping, "Mr Blair" is Tony Blair), possessives are dropped, and the slug comes from
 * `slugify`, so mentions of the same entity join across articles.
 *
 * @example
 * extractEntities({
 *   headline: 'Talks in Moscow',
 *   body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Russian President Vladimir Putin met CNN. Putin said little.' }] }],
 * });
 * // [{ entity: { type: 'person', name: 'Vladimir Putin', slug: 'vladimir-putin' }, count: 2, … }, Moscow, CNN]
 */
export function extractEntities(article: EntitySource): Mention[] {
  return toMentions(resolveEntities(textUnits(article)));
}
